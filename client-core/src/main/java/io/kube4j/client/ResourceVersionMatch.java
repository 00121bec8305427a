package io.kube4j.client;

/** How a list interprets its {@code resourceVersion} ({@code resourceVersionMatch}). */
public enum ResourceVersionMatch {
    /** Exactly the given resource version (410 Gone if it was compacted). */
    EXACT("Exact"),
    /** Any resource version at least as new as the given one. */
    NOT_OLDER_THAN("NotOlderThan");

    private final String wireValue;

    ResourceVersionMatch(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The query value, e.g. {@code "NotOlderThan"}. */
    public String wireValue() {
        return wireValue;
    }
}
