package io.kube4j.leaderelection;

import io.kube4j.client.RestClient;
import io.kube4j.client.internal.Threads;
import io.kube4j.leaderelection.internal.Awaiter;
import io.kube4j.leaderelection.internal.Election;
import io.kube4j.leaderelection.internal.ElectionLoop;
import io.kube4j.leaderelection.internal.LeaseStore;
import io.kube4j.leaderelection.internal.RestLeaseStore;
import io.kube4j.leaderelection.internal.Term;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lease-based leader election with client-go's semantics ({@code tools/leaderelection}), on a
 * coordination.k8s.io/v1 Lease.
 *
 * <pre>{@code
 * LeaderElectionConfig config = LeaderElectionConfig.builder()
 *     .lease("kube-system", "my-controller").identity(podName)
 *     .onStartedLeading(leadership -> controller.start())
 *     .onStoppedLeading(controller::stop)
 *     .build();
 * try (LeaderElector elector = LeaderElector.create(restClient, config)) {
 *     elector.run();              // or start() to campaign in the background
 * }
 * }</pre>
 *
 * <p>A run campaigns until it acquires the lease, leads while it renews it, and ends when leadership is lost
 * (renew deadline passed, or another holder seen) or the elector is closed; like client-go it does not campaign
 * again by itself: call {@link #run()} or {@link #start()} again for a new run. A leader that cannot renew
 * stops (onStoppedLeading) before its lease can expire for anyone else.
 *
 * <p>Threads: the election runs on the caller of {@link #run()}, or on {@code kube4j-leader-election-<lease>}
 * after {@link #start()}; onStartedLeading runs on {@code kube4j-leader-election-<lease>-leading} (interrupted
 * when the term ends); onStoppedLeading on the election thread; onNewLeader, in order, on
 * {@code kube4j-leader-election-<lease>-notify-<n>}. {@link #close()} stops all of them. Renewals share the
 * RestClient's rate limiter: give the elector a client of its own if other work can saturate it.
 */
public final class LeaderElector implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LeaderElector.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(15);

    private final LeaderElectionConfig config;
    private final Election election;
    private final ElectionLoop loop;
    private final ThreadPoolExecutor notifier;
    private final String threadName;
    private final Object lock = new Object();
    private Awaiter running;
    private CountDownLatch runDone;
    private Thread runThread;
    private boolean closed;

    private LeaderElector(LeaseStore store, LeaderElectionConfig config) {
        this.config = config;
        this.threadName = Threads.PREFIX + "leader-election-" + config.leaseName();
        long seconds = config.leaseDuration().getSeconds();
        this.election = new Election(store, config.clock(), config.leaseNamespace(), config.leaseName(),
                config.identity(), (int) seconds);
        this.notifier = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                Threads.factory(threadName + "-notify"));
        notifier.allowCoreThreadTimeOut(true);
        this.loop = new ElectionLoop(config, election, this::notifyNewLeader, threadName + "-leading");
    }

    /** An elector on the Lease named in {@code config}, reached through {@code client}. */
    public static LeaderElector create(RestClient client, LeaderElectionConfig config) {
        Objects.requireNonNull(config, "config");
        return new LeaderElector(new RestLeaseStore(client, config.leaseNamespace(), config.leaseName()), config);
    }

    /** An elector over any lease store (tests). */
    static LeaderElector create(LeaseStore store, LeaderElectionConfig config) {
        return new LeaderElector(Objects.requireNonNull(store, "store"), Objects.requireNonNull(config, "config"));
    }

    /**
     * Runs one election on the calling thread and returns when it ends: leadership lost, or {@link #close()}
     * called (from another thread or a callback). onStoppedLeading has run by then. If the calling thread is
     * interrupted the run ends too, with the interrupt flag kept.
     *
     * @throws IllegalStateException if a run is active or the elector is closed
     */
    public void run() {
        Awaiter awaiter = begin(Thread.currentThread());
        try {
            loop.run(awaiter);
        } finally {
            end();
        }
    }

    /**
     * Starts one election on the thread {@code kube4j-leader-election-<lease>} and returns at once.
     *
     * @throws IllegalStateException if a run is active or the elector is closed
     */
    public void start() {
        synchronized (lock) {
            Awaiter awaiter = begin(null);
            runThread = Threads.start(threadName, () -> {
                try {
                    loop.run(awaiter);
                } finally {
                    end();
                }
            });
        }
    }

    /** Whether this candidate is in a term of leadership now. */
    public boolean isLeader() {
        Term t = loop.term();
        return t != null && t.isActive();
    }

    /** The holder of the lease as last observed; empty when none was seen or the lease is free. */
    public Optional<String> leader() {
        String holder = election.observedHolder();
        return holder.isEmpty() ? Optional.empty() : Optional.of(holder);
    }

    /** Whether a run is in progress. */
    public boolean isRunning() {
        synchronized (lock) {
            return running != null;
        }
    }

    public LeaderElectionConfig config() {
        return config;
    }

    /**
     * Stops the election. A leader ends its term (onStoppedLeading runs, the leading thread is interrupted and
     * given up to 5 s to finish) and then, with {@code releaseOnCancel}, releases the lease. Waits (bounded) for
     * the run to end unless called from the election's own threads. Idempotent.
     */
    @Override
    public void close() {
        Awaiter awaiter;
        CountDownLatch done;
        Thread thread;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            awaiter = running;
            done = runDone;
            thread = runThread;
        }
        if (awaiter != null) {
            awaiter.stop();
        }
        Term term = loop.term();
        boolean fromInside = thread == Thread.currentThread() || (term != null && term.isLeadingThread())
                || Thread.currentThread().getName().startsWith(threadName + "-notify");
        boolean interrupted = false;
        try {
            if (done != null && !fromInside) {
                if (!done.await(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("lease {}/{}: election of {} did not end within {}", config.leaseNamespace(),
                            config.leaseName(), config.identity(), CLOSE_WAIT);
                }
                if (thread != null && thread != Thread.currentThread()) {
                    thread.join(1000);
                }
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            notifier.shutdown();
        }
        if (!fromInside && !interrupted) {
            try {
                notifier.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "LeaderElector{lease=" + config.leaseNamespace() + "/" + config.leaseName() + ", identity="
                + config.identity() + ", leader=" + isLeader() + "}";
    }

    private Awaiter begin(Thread caller) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the leader elector is closed");
            }
            if (running != null) {
                throw new IllegalStateException("the leader elector is already running");
            }
            running = new Awaiter(config.clock());
            runDone = new CountDownLatch(1);
            runThread = caller;
            return running;
        }
    }

    private void end() {
        synchronized (lock) {
            running = null;
            runDone.countDown();
        }
    }

    private void notifyNewLeader(String identity) {
        try {
            notifier.execute(() -> {
                try {
                    config.onNewLeader().accept(identity);
                } catch (RuntimeException | Error e) {
                    LOG.error("onNewLeader({}) failed", identity, e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("elector closed; not reporting new leader {}", identity);
        }
    }
}
