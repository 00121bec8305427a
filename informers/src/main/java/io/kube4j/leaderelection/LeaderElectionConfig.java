package io.kube4j.leaderelection;

import io.kube4j.workqueue.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Settings of a {@link LeaderElector}, as client-go's {@code LeaderElectionConfig}: the Lease that serves as
 * the lock, this candidate's identity, the three durations and the callbacks. Immutable; build with
 * {@link #builder()}.
 *
 * <ul>
 *   <li>{@code leaseDuration} (default 15 s, whole seconds): how long a follower waits, on its own clock, after
 *       it last saw the lease change before it may take it over.</li>
 *   <li>{@code renewDeadline} (default 10 s): how long the leader keeps retrying after its last successful
 *       renewal before it gives up leadership. Must be shorter than {@code leaseDuration}, so that the leader
 *       always stops before anyone else may acquire.</li>
 *   <li>{@code retryPeriod} (default 2 s): the wait between attempts; {@code renewDeadline} must exceed
 *       {@code retryPeriod × 1.2} (client-go's jitter factor).</li>
 * </ul>
 */
public final class LeaderElectionConfig {
    /** client-go's {@code JitterFactor}: candidates wait {@code retryPeriod × (1 + random × 1.2)}. */
    public static final double JITTER_FACTOR = 1.2;
    public static final Duration DEFAULT_LEASE_DURATION = Duration.ofSeconds(15);
    public static final Duration DEFAULT_RENEW_DEADLINE = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RETRY_PERIOD = Duration.ofSeconds(2);

    private final String leaseNamespace;
    private final String leaseName;
    private final String identity;
    private final Duration leaseDuration;
    private final Duration renewDeadline;
    private final Duration retryPeriod;
    private final boolean releaseOnCancel;
    private final Consumer<Leadership> onStartedLeading;
    private final Runnable onStoppedLeading;
    private final Consumer<String> onNewLeader;
    private final Clock clock;

    private LeaderElectionConfig(Builder b) {
        this.leaseNamespace = b.leaseNamespace;
        this.leaseName = b.leaseName;
        this.identity = b.identity;
        this.leaseDuration = b.leaseDuration;
        this.renewDeadline = b.renewDeadline;
        this.retryPeriod = b.retryPeriod;
        this.releaseOnCancel = b.releaseOnCancel;
        this.onStartedLeading = b.onStartedLeading;
        this.onStoppedLeading = b.onStoppedLeading;
        this.onNewLeader = b.onNewLeader;
        this.clock = b.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The namespace of the Lease. */
    public String leaseNamespace() {
        return leaseNamespace;
    }

    /** The name of the Lease. */
    public String leaseName() {
        return leaseName;
    }

    /** This candidate's identity, written to {@code spec.holderIdentity} while it leads. */
    public String identity() {
        return identity;
    }

    public Duration leaseDuration() {
        return leaseDuration;
    }

    public Duration renewDeadline() {
        return renewDeadline;
    }

    public Duration retryPeriod() {
        return retryPeriod;
    }

    /** Whether closing the elector while it leads gives the lease up at once (default true). */
    public boolean releaseOnCancel() {
        return releaseOnCancel;
    }

    public Consumer<Leadership> onStartedLeading() {
        return onStartedLeading;
    }

    public Runnable onStoppedLeading() {
        return onStoppedLeading;
    }

    /** Called with the identity of each new leader this candidate observes (itself included); may be a no-op. */
    public Consumer<String> onNewLeader() {
        return onNewLeader;
    }

    /** The clock that times attempts and lease expiry ({@link Clock#system()} unless set for tests). */
    public Clock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "LeaderElectionConfig{lease=" + leaseNamespace + "/" + leaseName + ", identity=" + identity
                + ", leaseDuration=" + leaseDuration + ", renewDeadline=" + renewDeadline
                + ", retryPeriod=" + retryPeriod + ", releaseOnCancel=" + releaseOnCancel + "}";
    }

    /** Builds a {@link LeaderElectionConfig}; {@link #build()} checks every rule. */
    public static final class Builder {
        private String leaseNamespace;
        private String leaseName;
        private String identity;
        private Duration leaseDuration = DEFAULT_LEASE_DURATION;
        private Duration renewDeadline = DEFAULT_RENEW_DEADLINE;
        private Duration retryPeriod = DEFAULT_RETRY_PERIOD;
        private boolean releaseOnCancel = true;
        private Consumer<Leadership> onStartedLeading;
        private Runnable onStoppedLeading;
        private Consumer<String> onNewLeader = id -> { };
        private Clock clock = Clock.system();

        private Builder() {
        }

        /** The coordination.k8s.io/v1 Lease used as the lock; it is created when missing. */
        public Builder lease(String namespace, String name) {
            this.leaseNamespace = namespace;
            this.leaseName = name;
            return this;
        }

        /** A name unique among the candidates, e.g. the pod name or {@code host_uuid}. */
        public Builder identity(String identity) {
            this.identity = identity;
            return this;
        }

        public Builder leaseDuration(Duration leaseDuration) {
            this.leaseDuration = leaseDuration;
            return this;
        }

        public Builder renewDeadline(Duration renewDeadline) {
            this.renewDeadline = renewDeadline;
            return this;
        }

        public Builder retryPeriod(Duration retryPeriod) {
            this.retryPeriod = retryPeriod;
            return this;
        }

        /**
         * Whether {@link LeaderElector#close()} releases the lease when this candidate leads (holder cleared,
         * duration 1 s), so another can take over at once. The release happens only after
         * {@code onStoppedLeading} has returned and the leading thread has ended, so two leaders never overlap.
         */
        public Builder releaseOnCancel(boolean releaseOnCancel) {
            this.releaseOnCancel = releaseOnCancel;
            return this;
        }

        /**
         * Required. Runs on a thread of its own when this candidate becomes leader; it may block for the whole
         * term or return at once (having started work elsewhere). The {@link Leadership} tells when the term
         * ends, and the thread is interrupted then. If it throws during the term, the candidate gives up
         * leadership (and, with {@code releaseOnCancel}, the lease) rather than lead without doing the work.
         */
        public Builder onStartedLeading(Consumer<Leadership> onStartedLeading) {
            this.onStartedLeading = onStartedLeading;
            return this;
        }

        /**
         * Required. Runs on the elector's thread when a run ends: leadership lost, given up or closed, and also
         * when the elector is closed before it ever led (as in client-go). Stop all leader work here.
         */
        public Builder onStoppedLeading(Runnable onStoppedLeading) {
            this.onStoppedLeading = onStoppedLeading;
            return this;
        }

        /** Optional. Called, in order and on a notifier thread, with each newly observed leader's identity. */
        public Builder onNewLeader(Consumer<String> onNewLeader) {
            this.onNewLeader = onNewLeader;
            return this;
        }

        /** The time source; for tests with a {@link io.kube4j.workqueue.FakeClock}. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** @throws IllegalArgumentException naming the first rule broken */
        public LeaderElectionConfig build() {
            requireText(leaseNamespace, "lease namespace");
            requireText(leaseName, "lease name");
            requireText(identity, "identity");
            requirePositive(leaseDuration, "leaseDuration");
            requirePositive(renewDeadline, "renewDeadline");
            requirePositive(retryPeriod, "retryPeriod");
            if (leaseDuration.getNano() != 0 || leaseDuration.getSeconds() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("leaseDuration must be a whole number of seconds (the Lease "
                        + "stores leaseDurationSeconds), got " + leaseDuration);
            }
            if (leaseDuration.compareTo(renewDeadline) <= 0) {
                throw new IllegalArgumentException("leaseDuration (" + leaseDuration
                        + ") must be greater than renewDeadline (" + renewDeadline + ")");
            }
            if (renewDeadline.toNanos() <= JITTER_FACTOR * retryPeriod.toNanos()) {
                throw new IllegalArgumentException("renewDeadline (" + renewDeadline
                        + ") must be greater than retryPeriod × " + JITTER_FACTOR + " (" + retryPeriod + ")");
            }
            requireSet(onStartedLeading, "onStartedLeading callback");
            requireSet(onStoppedLeading, "onStoppedLeading callback");
            requireSet(onNewLeader, "onNewLeader callback");
            requireSet(clock, "clock");
            return new LeaderElectionConfig(this);
        }

        private static void requireText(String value, String what) {
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(what + " is required");
            }
        }

        private static void requireSet(Object value, String what) {
            if (value == null) {
                throw new IllegalArgumentException(what + " is required");
            }
        }

        private static void requirePositive(Duration d, String what) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " must be positive, got " + d);
            }
        }
    }
}
