package io.kube4j.leaderelection;

import io.kube4j.api.coordination.v1.Lease;
import io.kube4j.api.meta.v1.Status;
import io.kube4j.client.ApiException;
import io.kube4j.client.TransportException;
import io.kube4j.leaderelection.internal.LeaseStore;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * An in-memory Lease with resourceVersion checks like the API server's. Each candidate talks to it through its
 * own {@link View}, which can be cut (calls fail at once) or stalled (calls never answer until cancelled).
 */
final class FakeLeaseStore {
    enum Mode { OK, CUT, STALL }

    private Lease lease;
    private long version;

    synchronized Lease current() {
        return lease;
    }

    /** Replaces the stored lease as another writer would (a new resourceVersion). */
    synchronized Lease put(UnaryOperator<Lease> edit) {
        Lease base = lease != null ? lease
                : Lease.builder().metadata(m -> m.namespace("ns").name("lock")).build();
        lease = stamp(edit.apply(base));
        return lease;
    }

    View view(String name) {
        return new View(name);
    }

    private Lease stamp(Lease l) {
        version++;
        String rv = Long.toString(version);
        return l.toBuilder().metadata(m -> m.resourceVersion(rv)).build();
    }

    private synchronized Lease doGet() {
        if (lease == null) {
            throw error(404, "NotFound");
        }
        return lease;
    }

    private synchronized Lease doCreate(Lease l) {
        if (lease != null) {
            throw error(409, "AlreadyExists");
        }
        lease = stamp(l);
        return lease;
    }

    private synchronized Lease doUpdate(Lease l) {
        if (lease == null) {
            throw error(404, "NotFound");
        }
        if (!lease.metadata().resourceVersion().equals(l.metadata().resourceVersion())) {
            throw error(409, "Conflict");
        }
        lease = stamp(l);
        return lease;
    }

    private static ApiException error(int code, String reason) {
        return ApiException.from(Status.builder().code(code).reason(reason).message(reason).build(), "lease");
    }

    /** One candidate's connection to the store. */
    final class View implements LeaseStore {
        private final String name;
        private volatile Mode mode = Mode.OK;
        private final List<CompletableFuture<?>> stalled = new ArrayList<>();
        private int calls;
        private Runnable beforeNextWrite;

        private View(String name) {
            this.name = name;
        }

        void mode(Mode mode) {
            this.mode = mode;
        }

        /** Runs {@code action} (e.g. another writer's change) just before this view's next create or update. */
        synchronized void beforeNextWrite(Runnable action) {
            this.beforeNextWrite = action;
        }

        private synchronized void runBeforeWrite() {
            Runnable r = beforeNextWrite;
            beforeNextWrite = null;
            if (r != null) {
                r.run();
            }
        }

        synchronized int calls() {
            return calls;
        }

        /** Whether every stalled call was cancelled by its caller. */
        synchronized boolean stalledCallsCancelled() {
            return stalled.stream().allMatch(CompletableFuture::isCancelled);
        }

        synchronized int stalledCalls() {
            return stalled.size();
        }

        @Override
        public CompletableFuture<Lease> get(Duration timeout) {
            return call(FakeLeaseStore.this::doGet);
        }

        @Override
        public CompletableFuture<Lease> create(Lease l, Duration timeout) {
            return call(() -> {
                runBeforeWrite();
                return doCreate(l);
            });
        }

        @Override
        public CompletableFuture<Lease> update(Lease l, Duration timeout) {
            return call(() -> {
                runBeforeWrite();
                return doUpdate(l);
            });
        }

        @Override
        public String describe() {
            return "ns/lock via " + name;
        }

        private CompletableFuture<Lease> call(java.util.function.Supplier<Lease> op) {
            synchronized (this) {
                calls++;
            }
            CompletableFuture<Lease> f = new CompletableFuture<>();
            switch (mode) {
                case CUT -> f.completeExceptionally(
                        new TransportException("connection refused", new IOException("refused"), true));
                case STALL -> {
                    synchronized (this) {
                        stalled.add(f);
                    }
                }
                default -> {
                    try {
                        f.complete(op.get());
                    } catch (RuntimeException e) {
                        f.completeExceptionally(e);
                    }
                }
            }
            return f;
        }
    }
}
