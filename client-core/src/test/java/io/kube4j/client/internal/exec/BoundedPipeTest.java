package io.kube4j.client.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.client.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bounded buffer between the socket reader and a caller's stream. */
class BoundedPipeTest {

    private static ByteBuffer bytes(int from, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (from + i);
        }
        return ByteBuffer.wrap(b);
    }

    @Test
    void wrapsAroundAndGrowsWithoutReordering() throws IOException {
        BoundedPipe pipe = new BoundedPipe("stdout", 20_000);
        InputStream in = pipe.input();
        pipe.write(bytes(0, 6000));
        assertThat(in.readNBytes(5000)).isEqualTo(bytes(0, 5000).array());
        pipe.write(bytes(6000 % 256, 7000)); // wraps around the initial 8 KiB ring
        pipe.write(bytes(13000 % 256, 6000)); // grows past it while wrapped
        assertThat(in.available()).isEqualTo(14000);
        byte[] rest = in.readNBytes(14000);
        for (int i = 0; i < rest.length; i++) {
            assertThat(rest[i]).isEqualTo((byte) (5000 + i));
        }
        pipe.finish();
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void aFullPipeBlocksTheWriterUntilTheReaderCatchesUp() throws Exception {
        BoundedPipe pipe = new BoundedPipe("stdout", 1024);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> pipe.write(bytes(0, 3000)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pipe.buffered() < 1024 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(pipe.buffered()).isEqualTo(1024);
        assertThat(writer).isNotDone();
        byte[] all = pipe.input().readNBytes(3000);
        writer.get(10, TimeUnit.SECONDS);
        assertThat(all).isEqualTo(bytes(0, 3000).array());
    }

    @Test
    void aFailureIsThrownAfterTheBufferedBytes() throws IOException {
        BoundedPipe pipe = new BoundedPipe("stderr", 1024);
        pipe.write(bytes(1, 3));
        TransportException cut = new TransportException("cut", null, true);
        pipe.fail(cut);
        pipe.finish(); // a later end does not hide the failure
        byte[] three = new byte[10];
        assertThat(pipe.input().read(three)).isEqualTo(3);
        assertThatThrownBy(() -> pipe.input().read()).isSameAs(cut);
    }

    @Test
    void discardDropsTheBufferAndUnblocksBothSides() throws Exception {
        BoundedPipe pipe = new BoundedPipe("stdout", 1024);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> pipe.write(bytes(0, 5000)));
        CompletableFuture<Integer> reader = new CompletableFuture<>();
        while (pipe.buffered() < 1024) {
            Thread.sleep(5);
        }
        pipe.discard();
        writer.get(10, TimeUnit.SECONDS);
        reader.complete(pipe.input().read());
        assertThat(reader.get()).isEqualTo(-1);
        assertThat(pipe.buffered()).isZero();
    }

    @Test
    void closingTheInputDropsLaterDataAndUnblocksTheWriter() throws Exception {
        BoundedPipe pipe = new BoundedPipe("stdout", 1024);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> pipe.write(bytes(0, 5000)));
        while (pipe.buffered() < 1024) {
            Thread.sleep(5);
        }
        pipe.input().close();
        writer.get(10, TimeUnit.SECONDS);
        pipe.write(bytes(0, 10));
        assertThat(pipe.buffered()).isZero();
        assertThatThrownBy(() -> pipe.input().read()).isInstanceOf(IOException.class).hasMessage("stdout is closed");
    }

    @Test
    void anInterruptedReaderKeepsItsFlag() throws Exception {
        BoundedPipe pipe = new BoundedPipe("stdout", 1024);
        CompletableFuture<Boolean> flag = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                pipe.input().read();
                flag.complete(false);
            } catch (InterruptedIOException e) {
                flag.complete(Thread.currentThread().isInterrupted());
            } catch (IOException e) {
                flag.completeExceptionally(e);
            }
        });
        t.start();
        Thread.sleep(50);
        t.interrupt();
        assertThat(flag.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pipe.input().read(new byte[0], 0, 0)).isZero();
    }
}
