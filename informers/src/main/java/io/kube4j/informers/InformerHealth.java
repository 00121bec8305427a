package io.kube4j.informers;

import io.kube4j.client.KubeException;
import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of an informer's list/watch loop: what it is doing, whether its cache has synced, the last
 * error and how many times in a row the loop failed, and counters for monitoring. Immutable.
 */
public final class InformerHealth {
    /** What the informer's reflector is doing. */
    public enum State {
        /** Not started. */
        NEW,
        /** Listing (the initial list, or a relist after 410 Gone). */
        LISTING,
        /** A watch is open (or being opened). */
        WATCHING,
        /** Waiting before a retry after a failure. */
        BACKING_OFF,
        /** Closed. */
        STOPPED
    }

    private final State state;
    private final boolean synced;
    private final int consecutiveFailures;
    private final KubeException lastError;
    private final Instant lastErrorTime;
    private final String resourceVersion;
    private final long lists;
    private final long watches;
    private final long gones;
    private final boolean watchList;

    /** For the informer implementation. */
    public InformerHealth(State state, boolean synced, int consecutiveFailures, KubeException lastError,
            Instant lastErrorTime, String resourceVersion, long lists, long watches, long gones, boolean watchList) {
        this.state = state;
        this.synced = synced;
        this.consecutiveFailures = consecutiveFailures;
        this.lastError = lastError;
        this.lastErrorTime = lastErrorTime;
        this.resourceVersion = resourceVersion == null ? "" : resourceVersion;
        this.lists = lists;
        this.watches = watches;
        this.gones = gones;
        this.watchList = watchList;
    }

    public State state() {
        return state;
    }

    /** Whether the cache holds a complete list (it stays true through later failures). */
    public boolean synced() {
        return synced;
    }

    /** Synced, running, and the last list or watch attempt did not fail. */
    public boolean healthy() {
        return synced && consecutiveFailures == 0 && state != State.STOPPED && state != State.NEW;
    }

    /** Failed list/watch attempts since the last success (0 when the last attempt worked). */
    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** The most recent failure, even if the loop has recovered since. */
    public Optional<KubeException> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** When {@link #lastError()} happened. */
    public Optional<Instant> lastErrorTime() {
        return Optional.ofNullable(lastErrorTime);
    }

    /** The last resourceVersion seen (from a list, an event or a bookmark); empty before the first list. */
    public String resourceVersion() {
        return resourceVersion;
    }

    /** Full lists started: the initial one plus one per relist (a WatchList initial stream counts as one). */
    public long lists() {
        return lists;
    }

    /** Watch requests sent. */
    public long watches() {
        return watches;
    }

    /** 410 Gone answers received (each one makes the informer relist). */
    public long gones() {
        return gones;
    }

    /** Whether the informer lists through WatchList streams (false once it fell back to paged lists). */
    public boolean usesWatchList() {
        return watchList;
    }

    @Override
    public String toString() {
        return "InformerHealth{" + state + (synced ? ", synced" : ", not synced")
                + ", failures=" + consecutiveFailures
                + (lastError == null ? "" : ", lastError=" + lastError.getMessage())
                + ", rv=" + resourceVersion + ", lists=" + lists + ", watches=" + watches + ", gones=" + gones
                + (watchList ? ", watchList" : "") + "}";
    }
}
