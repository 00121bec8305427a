package io.kube4j.leaderelection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** What the candidates' callbacks reported, in order: (time, identity, started/stopped). */
final class Timeline {
    enum Kind { STARTED, STOPPED }

    record Entry(long millis, String identity, Kind kind) {
    }

    private final LongSupplier millis;
    private final List<Entry> entries = new ArrayList<>();

    Timeline(LongSupplier millis) {
        this.millis = millis;
    }

    synchronized void record(String identity, Kind kind) {
        entries.add(new Entry(millis.getAsLong(), identity, kind));
    }

    synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    synchronized long count(String identity, Kind kind) {
        return entries.stream().filter(e -> e.identity().equals(identity) && e.kind() == kind).count();
    }

    synchronized Entry first(String identity, Kind kind) {
        return entries.stream().filter(e -> e.identity().equals(identity) && e.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(identity + " never " + kind + ": " + entries));
    }

    /**
     * Fails if two candidates lead at once: every STARTED must come when nobody else is between a STARTED and
     * its STOPPED. A STOPPED without a STARTED (closed before leading) is allowed, as in client-go.
     */
    synchronized void assertNeverTwoLeaders() {
        String leader = null;
        for (Entry e : entries) {
            if (e.kind() == Kind.STARTED) {
                if (leader != null) {
                    throw new AssertionError(e.identity() + " started leading while " + leader + " led: " + entries);
                }
                leader = e.identity();
            } else if (e.identity().equals(leader)) {
                leader = null;
            }
        }
    }

    @Override
    public synchronized String toString() {
        return entries.toString();
    }
}
