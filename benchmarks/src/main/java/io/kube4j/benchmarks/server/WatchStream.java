package io.kube4j.benchmarks.server;

import io.kube4j.benchmarks.data.PodGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A watch body of {@code count} MODIFIED events cycling over {@code distinct} pods, each event with its
 * own, increasing resourceVersion, as a busy namespace produces. Events are rendered once; writing only
 * copies them and patches the resourceVersion digits in place, so the server costs little CPU.
 */
public final class WatchStream {
    private static final String PLACEHOLDER = "0000000000";
    private static final long FIRST_RV = 1_000_000_001L;

    private final byte[][] events;
    private final int[] rvOffsets;
    private final int count;
    private final long bytes;

    public WatchStream(PodGenerator generator, int distinct, int count) {
        this.events = new byte[distinct][];
        this.rvOffsets = new int[distinct];
        this.count = count;
        byte[] marker = ("\"resourceVersion\":\"" + PLACEHOLDER + "\"").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < distinct; i++) {
            events[i] = generator.event("MODIFIED", i, PLACEHOLDER);
            rvOffsets[i] = indexOf(events[i], marker) + marker.length - 1 - PLACEHOLDER.length();
        }
        long total = 0;
        for (int seq = 0; seq < count; seq++) {
            total += events[seq % distinct].length;
        }
        this.bytes = total;
    }

    /** Number of events in the body. */
    public int count() {
        return count;
    }

    /** Size of the body in bytes. */
    public long bytes() {
        return bytes;
    }

    /** The whole body in memory (for in-process decoding floors); only for small streams. */
    public byte[] toBytes() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.toIntExact(bytes));
            writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes every event. */
    public void writeTo(OutputStream out) throws IOException {
        byte[] buf = new byte[256 * 1024];
        int used = 0;
        for (int seq = 0; seq < count; seq++) {
            int k = seq % events.length;
            byte[] e = events[k];
            if (used + e.length > buf.length) {
                out.write(buf, 0, used);
                used = 0;
            }
            System.arraycopy(e, 0, buf, used, e.length);
            writeDigits(buf, used + rvOffsets[k], FIRST_RV + seq);
            used += e.length;
        }
        out.write(buf, 0, used);
        out.flush();
    }

    private static void writeDigits(byte[] buf, int at, long value) {
        for (int i = PLACEHOLDER.length() - 1; i >= 0; i--) {
            buf[at + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("an event without the resourceVersion placeholder");
    }
}
