package io.kube4j.leaderelection.internal;

import io.kube4j.api.coordination.v1.Lease;
import io.kube4j.api.coordination.v1.LeaseSpec;
import java.time.Instant;

/**
 * The leader-election fields of a Lease's spec (client-go's {@code LeaderElectionRecord}). Two records are
 * equal when the lease has not changed for election purposes: followers time expiry from the last change.
 *
 * @param holderIdentity empty when nobody holds the lease
 * @param leaseDurationSeconds 0 when absent, which makes the lease expire as soon as it is observed
 */
public record ElectionRecord(String holderIdentity, int leaseDurationSeconds, Instant acquireTime,
        Instant renewTime, int leaderTransitions) {

    public ElectionRecord {
        holderIdentity = holderIdentity == null ? "" : holderIdentity;
    }

    /** The record in {@code lease}'s spec; an empty one when the spec is absent. */
    public static ElectionRecord of(Lease lease) {
        LeaseSpec s = lease.spec();
        if (s == null) {
            return new ElectionRecord("", 0, null, null, 0);
        }
        return new ElectionRecord(s.holderIdentity(), orZero(s.leaseDurationSeconds()), s.acquireTime(),
                s.renewTime(), orZero(s.leaseTransitions()));
    }

    /** {@code lease} with this record in its spec; other spec fields and unknown fields are kept. */
    public Lease applyTo(Lease lease) {
        return lease.toBuilder().spec(s -> s.holderIdentity(holderIdentity)
                .leaseDurationSeconds(leaseDurationSeconds)
                .acquireTime(acquireTime)
                .renewTime(renewTime)
                .leaseTransitions(leaderTransitions)).build();
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }
}
