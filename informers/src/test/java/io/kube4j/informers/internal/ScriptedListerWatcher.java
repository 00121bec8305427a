package io.kube4j.informers.internal;

import io.kube4j.api.KubernetesList;
import io.kube4j.client.ListOptions;
import io.kube4j.client.Watch;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ListerWatcher} answering from scripts: each list call takes the next scripted page or
 * exception, each watch call the next scripted watch or exception, waiting up to {@code wait} for the test
 * to script one. Records the options of every call.
 */
public final class ScriptedListerWatcher<T> implements ListerWatcher<T> {
    private final BlockingQueue<Object> lists = new LinkedBlockingQueue<>();
    private final BlockingQueue<Object> watches = new LinkedBlockingQueue<>();
    public final List<ListOptions> listCalls = new CopyOnWriteArrayList<>();
    public final List<ListOptions> watchCalls = new CopyOnWriteArrayList<>();
    private final Duration wait;

    public ScriptedListerWatcher(Duration wait) {
        this.wait = wait;
    }

    public ScriptedListerWatcher<T> list(KubernetesList<T> page) {
        lists.add(page);
        return this;
    }

    public ScriptedListerWatcher<T> listFails(RuntimeException e) {
        lists.add(e);
        return this;
    }

    public ScriptedListerWatcher<T> watch(Watch<T> watch) {
        watches.add(watch);
        return this;
    }

    public ScriptedListerWatcher<T> watchFails(RuntimeException e) {
        watches.add(e);
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public KubernetesList<T> list(ListOptions options) throws InterruptedException {
        listCalls.add(options);
        Object next = lists.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
            throw new AssertionError("unexpected list call #" + listCalls.size() + ": " + options);
        }
        if (next instanceof RuntimeException e) {
            throw e;
        }
        return (KubernetesList<T>) next;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Watch<T> watch(ListOptions options) {
        watchCalls.add(options);
        Object next;
        try {
            next = watches.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.kube4j.client.TransportException("interrupted", e, false);
        }
        if (next == null) {
            throw new AssertionError("unexpected watch call #" + watchCalls.size() + ": " + options);
        }
        if (next instanceof RuntimeException e) {
            throw e;
        }
        return (Watch<T>) next;
    }

    @Override
    public String describe() {
        return "configmaps in namespace ns (scripted)";
    }
}
