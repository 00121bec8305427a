package io.kube4j.client;

/** The type of a watch event, as the API server sends it. */
public enum EventType {
    ADDED, MODIFIED, DELETED,
    /** Carries only a newer {@code metadata.resourceVersion}; sent when bookmarks are allowed. */
    BOOKMARK,
    /** Carries a {@code Status} instead of an object; 410 means the resource version is too old. */
    ERROR
}
