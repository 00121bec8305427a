package io.kube4j.leaderelection.internal;

import io.kube4j.leaderelection.LeaderElectionConfig;
import io.kube4j.workqueue.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of an elector, as client-go's {@code Run}: campaign until the lease is acquired, lead while it can be
 * renewed, then stop. The leader gives up when {@code renewDeadline} has passed since the start of its last
 * successful renewal, or at once when it sees another holder. Because a follower waits {@code leaseDuration}
 * (longer) after it observed that renewal, the leader has always stopped before anyone else may acquire.
 */
public final class ElectionLoop {
    private static final Logger LOG = LoggerFactory.getLogger(ElectionLoop.class);
    /** Bound on the wait for the leading thread, and on the release call, when a run ends. */
    static final Duration END_WAIT = Duration.ofSeconds(5);

    private final LeaderElectionConfig config;
    private final Election election;
    private final Clock clock;
    private final Consumer<String> leaderNotifier;
    private final String leadingThreadName;
    private volatile Term term;
    private String reported = "";

    /**
     * @param leaderNotifier receives each newly observed leader (it must not block: it hands off to a thread)
     */
    public ElectionLoop(LeaderElectionConfig config, Election election, Consumer<String> leaderNotifier,
            String leadingThreadName) {
        this.config = config;
        this.election = election;
        this.clock = config.clock();
        this.leaderNotifier = leaderNotifier;
        this.leadingThreadName = leadingThreadName;
    }

    /** The current term, or null when not leading. */
    public Term term() {
        return term;
    }

    /** Runs until leadership is lost or the awaiter is stopped; onStoppedLeading runs at the end. */
    public void run(Awaiter awaiter) {
        Term current = null;
        try {
            long lastRenew = acquire(awaiter);
            LOG.info("lease {}/{}: acquired by {}", config.leaseNamespace(), config.leaseName(), config.identity());
            current = new Term(config.identity());
            term = current;
            current.begin(leadingThreadName, config.onStartedLeading(), awaiter::stop);
            renewUntilLost(awaiter, lastRenew);
        } catch (Awaiter.StoppedException e) {
            LOG.debug("lease {}/{}: election of {} stopped", config.leaseNamespace(), config.leaseName(),
                    config.identity());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finish(awaiter, current);
        }
    }

    /** Tries every retryPeriod (jittered) until this candidate leads; returns the start time of that attempt. */
    private long acquire(Awaiter awaiter) throws InterruptedException {
        while (true) {
            long start = clock.nanoTime();
            Election.Outcome outcome = election.tryAcquireOrRenew(awaiter, start + config.renewDeadline().toNanos());
            report();
            if (outcome == Election.Outcome.LEADING) {
                return start;
            }
            long jitter = (long) (config.retryPeriod().toNanos() * LeaderElectionConfig.JITTER_FACTOR
                    * ThreadLocalRandom.current().nextDouble());
            awaiter.sleepUntil(clock.nanoTime() + config.retryPeriod().toNanos() + jitter);
        }
    }

    /** Renews every retryPeriod; returns when the renew deadline passed or another candidate holds the lease. */
    private void renewUntilLost(Awaiter awaiter, long lastRenew) throws InterruptedException {
        while (true) {
            long deadline = lastRenew + config.renewDeadline().toNanos();
            awaiter.sleepUntil(Math.min(clock.nanoTime() + config.retryPeriod().toNanos(), deadline));
            long start = clock.nanoTime();
            if (start - deadline >= 0) {
                LOG.warn("lease {}/{}: {} could not renew within {}; leadership lost", config.leaseNamespace(),
                        config.leaseName(), config.identity(), config.renewDeadline());
                return;
            }
            Election.Outcome outcome = election.tryAcquireOrRenew(awaiter, deadline);
            report();
            if (outcome == Election.Outcome.LEADING) {
                lastRenew = start;
            } else if (outcome == Election.Outcome.HELD_BY_OTHER) {
                LOG.warn("lease {}/{}: now held by {}; {} lost leadership", config.leaseNamespace(),
                        config.leaseName(), election.observedHolder(), config.identity());
                return;
            }
        }
    }

    /**
     * Ends the term (waiters released, leading thread interrupted), runs onStoppedLeading, waits a bounded time
     * for the leading thread, and only then releases the lease, so the next leader never overlaps this one.
     */
    private void finish(Awaiter awaiter, Term current) {
        boolean interrupted = Thread.interrupted();
        boolean workEnded = true;
        if (current != null) {
            term = null;
            current.end();
        }
        try {
            config.onStoppedLeading().run();
        } catch (RuntimeException | Error e) {
            LOG.error("onStoppedLeading of {} failed", config.identity(), e);
        }
        try {
            if (current != null) {
                workEnded = current.join(END_WAIT);
                if (!workEnded) {
                    LOG.warn("lease {}/{}: onStartedLeading of {} ignored the end of its term; not releasing",
                            config.leaseNamespace(), config.leaseName(), config.identity());
                }
            }
            // Cancelled (closed, interrupted, or the leader's work failed) rather than lost: give the lease up.
            if (config.releaseOnCancel() && (awaiter.isStopped() || interrupted) && workEnded) {
                long bound = Math.min(config.renewDeadline().toNanos(), END_WAIT.toNanos());
                election.release(awaiter, clock.nanoTime() + bound);
            }
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void report() {
        String holder = election.observedHolder();
        if (!holder.isEmpty() && !holder.equals(reported)) {
            reported = holder;
            leaderNotifier.accept(holder);
        }
    }
}
