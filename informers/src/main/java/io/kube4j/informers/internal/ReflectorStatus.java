package io.kube4j.informers.internal;

import io.kube4j.client.KubeException;
import io.kube4j.informers.InformerHealth;
import java.time.Instant;

/** A reflector's state, counters and last error: written by the reflector thread, read by any. */
final class ReflectorStatus {
    private InformerHealth.State state = InformerHealth.State.NEW;
    private boolean synced;
    private int failures;
    private KubeException lastError;
    private Instant lastErrorTime;
    private String resourceVersion = "";
    private long lists;
    private long watches;
    private long gones;
    private boolean watchList;

    ReflectorStatus(boolean watchList) {
        this.watchList = watchList;
    }

    synchronized void state(InformerHealth.State s) {
        if (state != InformerHealth.State.STOPPED) {
            state = s;
        }
    }

    /** A complete list (or WatchList initial state) at {@code rv} is in the cache. */
    synchronized void listed(String rv) {
        synced = true;
        failures = 0;
        resourceVersion = rv;
    }

    synchronized void resourceVersion(String rv) {
        resourceVersion = rv;
    }

    synchronized void succeeded() {
        failures = 0;
    }

    /** Records a failure; returns the failures in a row. */
    synchronized int failed(KubeException e) {
        lastError = e;
        lastErrorTime = Instant.now();
        return ++failures;
    }

    synchronized void countList() {
        lists++;
    }

    synchronized void countWatch() {
        watches++;
    }

    synchronized void countGone() {
        gones++;
    }

    synchronized void watchListUnsupported() {
        watchList = false;
    }

    synchronized InformerHealth snapshot() {
        return new InformerHealth(state, synced, failures, lastError, lastErrorTime, resourceVersion, lists, watches,
                gones, watchList);
    }
}
