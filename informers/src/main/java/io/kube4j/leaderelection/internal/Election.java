package io.kube4j.leaderelection.internal;

import io.kube4j.api.coordination.v1.Lease;
import io.kube4j.client.NotFoundException;
import io.kube4j.workqueue.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The election rules of client-go's {@code tryAcquireOrRenew} and {@code release} over a {@link LeaseStore}.
 *
 * <p>Expiry is judged only on this candidate's own clock: a lease held by someone else counts as expired once
 * this candidate has seen the same record, unchanged, for the record's {@code leaseDurationSeconds}. The
 * holder's {@code renewTime} is never compared with the local clock, so clock skew between machines cannot
 * hand out the lease early. Writes are guarded by the resourceVersion last read, so of two candidates racing
 * for an expired lease only one wins. Not thread-safe for attempts (one elector thread); the observed state
 * may be read from any thread.
 */
public final class Election {
    private static final Logger LOG = LoggerFactory.getLogger(Election.class);
    private static final long MIN_CALL_NANOS = Duration.ofMillis(1).toNanos();

    /** What one attempt found. */
    public enum Outcome {
        /** This candidate holds the lease (acquired or renewed). */
        LEADING,
        /** Another candidate holds a lease that has not expired yet. */
        HELD_BY_OTHER,
        /** The attempt failed (error, conflict, deadline); try again later. */
        FAILED
    }

    private final LeaseStore store;
    private final Clock clock;
    private final String namespace;
    private final String name;
    private final String identity;
    private final int leaseDurationSeconds;

    // Guarded by this.
    private Lease observedLease;
    private ElectionRecord observedRecord;
    private long observedNanos;

    public Election(LeaseStore store, Clock clock, String namespace, String name, String identity,
            int leaseDurationSeconds) {
        this.store = store;
        this.clock = clock;
        this.namespace = namespace;
        this.name = name;
        this.identity = identity;
        this.leaseDurationSeconds = leaseDurationSeconds;
    }

    /** One attempt to acquire or renew the lease; every call gives up at {@code deadlineNanos}. */
    public Outcome tryAcquireOrRenew(Awaiter awaiter, long deadlineNanos) throws InterruptedException {
        Instant now = clock.now();
        // Fast path for the leader: write straight over the lease it last wrote.
        Lease mine;
        ElectionRecord seen;
        synchronized (this) {
            mine = observedLease;
            seen = observedRecord;
        }
        if (mine != null && isLeader() && isLeaseValid(clock.nanoTime())) {
            ElectionRecord renewed = new ElectionRecord(identity, leaseDurationSeconds, seen.acquireTime(), now,
                    seen.leaderTransitions());
            try {
                observe(awaiter.await(store.update(renewed.applyTo(mine), callTimeout(deadlineNanos)),
                        deadlineNanos, true));
                return Outcome.LEADING;
            } catch (TimeoutException e) {
                LOG.debug("lease {}: renewal got no answer in time", store.describe());
                return Outcome.FAILED;
            } catch (RuntimeException e) {
                if (e instanceof Awaiter.StoppedException) {
                    throw e;
                }
                LOG.debug("lease {}: fast renewal failed ({}); reading the lease", store.describe(), e.toString());
            }
        }
        try {
            return acquireOrRenewSlow(awaiter, deadlineNanos, now);
        } catch (TimeoutException e) {
            LOG.debug("lease {}: no answer before the deadline", store.describe());
            return Outcome.FAILED;
        }
    }

    private Outcome acquireOrRenewSlow(Awaiter awaiter, long deadlineNanos, Instant now)
            throws InterruptedException, TimeoutException {
        Lease current;
        try {
            current = awaiter.await(store.get(callTimeout(deadlineNanos)), deadlineNanos, true);
        } catch (NotFoundException e) {
            ElectionRecord first = new ElectionRecord(identity, leaseDurationSeconds, now, now, 0);
            Lease fresh = first.applyTo(Lease.builder().metadata(m -> m.namespace(namespace).name(name)).build());
            return write(awaiter, () -> store.create(fresh, callTimeout(deadlineNanos)), deadlineNanos, "create");
        } catch (Awaiter.StoppedException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.debug("lease {}: cannot read it: {}", store.describe(), e.toString());
            return Outcome.FAILED;
        }
        ElectionRecord old = ElectionRecord.of(current);
        boolean leader;
        synchronized (this) {
            observedLease = current;
            if (!old.equals(observedRecord)) {
                observedRecord = old;
                observedNanos = clock.nanoTime();
            }
            leader = identity.equals(old.holderIdentity());
        }
        if (!old.holderIdentity().isEmpty() && !leader && isLeaseValid(clock.nanoTime())) {
            return Outcome.HELD_BY_OTHER;
        }
        ElectionRecord next = leader
                ? new ElectionRecord(identity, leaseDurationSeconds, old.acquireTime(), now, old.leaderTransitions())
                : new ElectionRecord(identity, leaseDurationSeconds, now, now, old.leaderTransitions() + 1);
        Lease desired = next.applyTo(current);
        return write(awaiter, () -> store.update(desired, callTimeout(deadlineNanos)), deadlineNanos, "update");
    }

    /**
     * Gives the lease up if this candidate holds it (client-go's release): holder cleared, duration 1 s,
     * transitions kept, so the next candidate can acquire at once. Not cut short by a stop.
     *
     * @return whether the lease is no longer held by this candidate
     */
    public boolean release(Awaiter awaiter, long deadlineNanos) throws InterruptedException {
        Lease mine;
        ElectionRecord seen;
        synchronized (this) {
            mine = observedLease;
            seen = observedRecord;
        }
        if (mine == null || !isLeader()) {
            return true;
        }
        Instant now = clock.now();
        ElectionRecord released = new ElectionRecord("", 1, now, now, seen.leaderTransitions());
        try {
            observe(awaiter.await(store.update(released.applyTo(mine), callTimeout(deadlineNanos)),
                    deadlineNanos, false));
            LOG.info("lease {}: released by {}", store.describe(), identity);
            return true;
        } catch (TimeoutException | RuntimeException e) {
            LOG.warn("lease {}: could not release it: {}", store.describe(), e.toString());
            return false;
        }
    }

    /** Whether the last observed record names this candidate as holder. */
    public synchronized boolean isLeader() {
        return observedRecord != null && identity.equals(observedRecord.holderIdentity());
    }

    /** The holder of the last observed record; empty when none was seen or the lease is free. */
    public synchronized String observedHolder() {
        return observedRecord == null ? "" : observedRecord.holderIdentity();
    }

    /** The last observed record, or null. */
    public synchronized ElectionRecord observedRecord() {
        return observedRecord;
    }

    /** Whether the observed record's lease is still running on this candidate's clock at {@code nowNanos}. */
    public synchronized boolean isLeaseValid(long nowNanos) {
        if (observedRecord == null) {
            return false;
        }
        long duration = Duration.ofSeconds(observedRecord.leaseDurationSeconds()).toNanos();
        return nowNanos - observedNanos < duration;
    }

    private interface Call {
        CompletableFuture<Lease> start();
    }

    private Outcome write(Awaiter awaiter, Call call, long deadlineNanos, String what)
            throws InterruptedException, TimeoutException {
        try {
            observe(awaiter.await(call.start(), deadlineNanos, true));
            return Outcome.LEADING;
        } catch (Awaiter.StoppedException e) {
            throw e;
        } catch (RuntimeException e) {
            // A conflict or an existing lease means another candidate wrote first: the next attempt reads it.
            LOG.debug("lease {}: {} failed: {}", store.describe(), what, e.toString());
            return Outcome.FAILED;
        }
    }

    private synchronized void observe(Lease written) {
        observedLease = written;
        observedRecord = ElectionRecord.of(written);
        observedNanos = clock.nanoTime();
    }

    private Duration callTimeout(long deadlineNanos) {
        return Duration.ofNanos(Math.max(MIN_CALL_NANOS, deadlineNanos - clock.nanoTime()));
    }
}
