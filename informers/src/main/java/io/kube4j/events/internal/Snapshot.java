package io.kube4j.events.internal;

import java.time.Instant;

/**
 * The state of one Event series to write: created (POST) when the server does not have it yet, otherwise
 * patched with the new count and last observation.
 *
 * @param count how many times the Event was recorded; a series when above 1
 * @param created whether the server already has this Event under {@code name}
 */
public record Snapshot(String name, String namespace, EventData data, Instant first, Instant last, int count,
        boolean created) {
}
