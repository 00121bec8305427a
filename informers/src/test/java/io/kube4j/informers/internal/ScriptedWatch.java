package io.kube4j.informers.internal;

import io.kube4j.client.Watch;
import io.kube4j.client.WatchEvent;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * A {@link Watch} whose events a test scripts: {@link #emit}, then {@link #end()} (a normal end) or
 * {@link #fail} (the iteration throws). Iteration blocks until the next item; {@link #close()} ends it.
 */
public final class ScriptedWatch<T> implements Watch<T> {
    private static final Object END = new Object();

    private final BlockingQueue<Object> items = new LinkedBlockingQueue<>();
    private volatile boolean open = true;

    /** A watch that yields {@code events} then ends normally. */
    @SafeVarargs
    public static <T> ScriptedWatch<T> of(WatchEvent<T>... events) {
        ScriptedWatch<T> w = new ScriptedWatch<>();
        for (WatchEvent<T> e : events) {
            w.emit(e);
        }
        return w.end();
    }

    /** A watch that yields {@code events} then fails with {@code error}. */
    public static <T> ScriptedWatch<T> failing(RuntimeException error, List<WatchEvent<T>> events) {
        ScriptedWatch<T> w = new ScriptedWatch<>();
        events.forEach(w::emit);
        return w.fail(error);
    }

    public ScriptedWatch<T> emit(WatchEvent<T> event) {
        items.add(event);
        return this;
    }

    public ScriptedWatch<T> end() {
        items.add(END);
        return this;
    }

    public ScriptedWatch<T> fail(RuntimeException error) {
        items.add(error);
        return this;
    }

    @Override
    public Iterator<WatchEvent<T>> iterator() {
        return new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = open ? items.take() : END;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        next = END;
                    }
                }
                if (next instanceof RuntimeException r) {
                    next = END;
                    open = false;
                    throw r;
                }
                if (next == END) {
                    open = false;
                    return false;
                }
                return true;
            }

            @Override
            @SuppressWarnings("unchecked")
            public WatchEvent<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                WatchEvent<T> e = (WatchEvent<T>) next;
                next = null;
                return e;
            }
        };
    }

    @Override
    public CompletableFuture<Void> start(Consumer<? super WatchEvent<T>> handler) {
        throw new UnsupportedOperationException("not used by the reflector");
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
        items.add(END);
    }
}
