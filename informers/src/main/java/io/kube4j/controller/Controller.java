package io.kube4j.controller;

import io.kube4j.api.KubernetesObject;
import io.kube4j.client.internal.Threads;
import io.kube4j.controller.internal.OwnerKeys;
import io.kube4j.informers.HandlerRegistration;
import io.kube4j.informers.ObjectKey;
import io.kube4j.informers.ResourceEventHandler;
import io.kube4j.informers.SharedIndexInformer;
import io.kube4j.workqueue.Clock;
import io.kube4j.workqueue.RateLimiter;
import io.kube4j.workqueue.RateLimitingQueue;
import io.kube4j.workqueue.WorkQueueOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link Reconciler} for the keys of a primary resource. Events of the primary informer enqueue the
 * object's key; events of informers added with {@link Builder#owns} enqueue the key of the controlling
 * owner; those added with {@link Builder#watches} enqueue what their mapper returns. N workers
 * ({@code kube4j-controller-<name>-<n>}) wait until every informer has delivered its initial content, then
 * take keys from a rate-limited work queue: a key is never reconciled by two workers at once, and a key
 * queued many times while waiting is reconciled once. The runner calls done, forget and the rate-limited
 * requeue itself.
 *
 * <p>{@link #close()} removes the handlers, shuts the queue down and waits (bounded) for the reconciles in
 * progress. Close it before the informer factory, and that before the client.
 */
public final class Controller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Controller.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final String name;
    private final Reconciler reconciler;
    private final int workers;
    private final List<Source<?>> sources;
    private final RateLimitingQueue<ObjectKey> queue;
    private final AtomicLong reconciles = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    private final Object lifecycle = new Object();
    private final List<HandlerRegistration> registrations = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private boolean started;
    private volatile boolean closed;

    private Controller(Builder<?> b) {
        this.name = b.name;
        this.reconciler = b.reconciler;
        this.workers = b.workers;
        this.sources = List.copyOf(b.sources);
        WorkQueueOptions qo = WorkQueueOptions.builder().name("controller-" + name).clock(b.clock).build();
        RateLimiter<ObjectKey> limiter = b.rateLimiter != null ? b.rateLimiter
                : RateLimiter.defaultControllerRateLimiter(b.clock);
        this.queue = RateLimitingQueue.create(qo, limiter);
    }

    /**
     * A controller named {@code name} (used in thread and queue names) reconciling the objects of
     * {@code primary}.
     */
    public static <P extends KubernetesObject> Builder<P> builder(String name, SharedIndexInformer<P> primary,
            Reconciler reconciler) {
        return new Builder<>(name, primary, reconciler);
    }

    public String name() {
        return name;
    }

    /**
     * Adds the event handlers and starts the workers; they reconcile once every informer has delivered its
     * initial content (the informers themselves are started by their factory). Idempotent.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public void start() {
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("controller " + name + " is closed");
            }
            if (started) {
                return;
            }
            started = true;
            for (Source<?> s : sources) {
                registrations.add(s.register(queue));
            }
            for (int i = 1; i <= workers; i++) {
                threads.add(Threads.start(Threads.PREFIX + "controller-" + name + "-" + i, this::work));
            }
        }
    }

    /** Keys waiting in the queue (not counting those waiting for a delay). */
    public int queueLength() {
        return queue.len();
    }

    /** Reconciles run so far (successful or not). */
    public long reconciles() {
        return reconciles.get();
    }

    /** Reconciles that threw so far. */
    public long failures() {
        return failures.get();
    }

    /** Started, not closed, and every informer has delivered its initial content to the controller. */
    public boolean hasSynced() {
        synchronized (lifecycle) {
            return started && !closed && registrations.stream().allMatch(HandlerRegistration::hasSynced);
        }
    }

    /** Stops the controller; waits up to 30 s for reconciles in progress, then interrupts them. Idempotent. */
    @Override
    public void close() {
        List<Thread> running;
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            registrations.forEach(HandlerRegistration::close);
            running = List.copyOf(threads);
        }
        queue.shutDown();
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        for (Thread t : running) {
            Threads.joinUntil(t, deadline);
        }
        for (Thread t : running) {
            if (t != Thread.currentThread() && t.isAlive()) { // a reconcile may close its own controller
                LOG.warn("controller {}: {} still reconciling after {}; interrupting it", name, t.getName(), STOP_WAIT);
                t.interrupt();
                Threads.joinUntil(t, System.nanoTime() + TimeUnit.SECONDS.toNanos(5));
            }
        }
    }

    @Override
    public String toString() {
        return "Controller{" + name + ", workers=" + workers + ", queued=" + queue.len() + ", reconciles="
                + reconciles + ", failures=" + failures + "}";
    }

    private void work() {
        if (!awaitSynced()) {
            return;
        }
        for (Optional<ObjectKey> next; (next = queue.get()).isPresent(); ) {
            ObjectKey key = next.get();
            try {
                process(key);
            } finally {
                queue.done(key);
            }
        }
    }

    private boolean awaitSynced() {
        while (!closed) {
            if (hasSynced()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return false;
            }
        }
        return false;
    }

    private void process(ObjectKey key) {
        reconciles.incrementAndGet();
        Result result;
        try {
            result = Objects.requireNonNull(reconciler.reconcile(key), "the reconciler returned null");
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            failures.incrementAndGet();
            int n = queue.numRequeues(key);
            LOG.error("controller {}: reconciling {} failed (retry {}, with backoff)", name, key, n + 1, e);
            queue.addRateLimited(key);
            return;
        }
        switch (result.kind()) {
            case DONE -> queue.forget(key);
            case REQUEUE -> queue.addRateLimited(key);
            case REQUEUE_AFTER -> {
                queue.forget(key);
                queue.addAfter(key, result.delay());
            }
        }
    }

    /** An informer and how its objects map to keys. */
    private record Source<S extends KubernetesObject>(SharedIndexInformer<S> informer,
            Function<? super S, ? extends Collection<ObjectKey>> keys) {
        HandlerRegistration register(RateLimitingQueue<ObjectKey> queue) {
            return informer.addEventHandler(new ResourceEventHandler<S>() {
                @Override
                public void onAdd(S object, boolean inInitialList) {
                    enqueue(object);
                }

                @Override
                public void onUpdate(S oldObject, S newObject) {
                    enqueue(oldObject);
                    if (newObject != oldObject) {
                        enqueue(newObject);
                    }
                }

                @Override
                public void onDelete(S object, boolean finalStateUnknown) {
                    enqueue(object);
                }

                private void enqueue(S object) {
                    Collection<ObjectKey> ks;
                    try {
                        ks = keys.apply(object);
                    } catch (RuntimeException e) {
                        LOG.error("mapping {} to keys failed", ObjectKey.keyOf(object), e);
                        return;
                    }
                    if (ks != null) {
                        ks.forEach(queue::add);
                    }
                }
            });
        }
    }

    /** Builds a {@link Controller}. */
    public static final class Builder<P extends KubernetesObject> {
        private final String name;
        private final SharedIndexInformer<P> primary;
        private final Reconciler reconciler;
        private final List<Source<?>> sources = new ArrayList<>();
        private int workers = 1;
        private RateLimiter<ObjectKey> rateLimiter;
        private Clock clock = Clock.system();

        private Builder(String name, SharedIndexInformer<P> primary, Reconciler reconciler) {
            Objects.requireNonNull(name, "name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a controller needs a name");
            }
            this.name = name;
            this.primary = Objects.requireNonNull(primary, "primary");
            this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
            sources.add(new Source<>(primary, o -> List.of(ObjectKey.of(o))));
        }

        /**
         * Also reconciles the controlling owner (of the primary's kind) of each object of {@code owned}, via
         * its {@code ownerReferences} entry with {@code controller: true}.
         */
        public <S extends KubernetesObject> Builder<P> owns(SharedIndexInformer<S> owned) {
            OwnerKeys mapper = new OwnerKeys(primary.resourceType().gvk(), primary.resourceType().namespaced());
            sources.add(new Source<>(Objects.requireNonNull(owned, "owned"), mapper::apply));
            return this;
        }

        /** Also reconciles the keys {@code mapper} returns for each object of {@code secondary} (old and new state). */
        public <S extends KubernetesObject> Builder<P> watches(SharedIndexInformer<S> secondary,
                Function<? super S, ? extends Collection<ObjectKey>> mapper) {
            sources.add(new Source<>(Objects.requireNonNull(secondary, "secondary"), Objects.requireNonNull(mapper, "mapper")));
            return this;
        }

        /** Parallel reconciles (different keys); default 1. */
        public Builder<P> workers(int workers) {
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be at least 1, got " + workers);
            }
            this.workers = workers;
            return this;
        }

        /** The backoff of failed and requeued keys; default {@link RateLimiter#defaultControllerRateLimiter()}. */
        public Builder<P> rateLimiter(RateLimiter<ObjectKey> rateLimiter) {
            this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
            return this;
        }

        /** The clock of the queue's delays and the default rate limiter (tests pass a {@code FakeClock}). */
        public Builder<P> clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Controller build() {
            return new Controller(this);
        }
    }
}
