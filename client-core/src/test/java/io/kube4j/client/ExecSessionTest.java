package io.kube4j.client;

import static io.kube4j.client.ScriptedPeer.frame;
import static io.kube4j.client.ScriptedPeer.upgrade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exec channel protocol against a scripted WebSocket peer: streams, stdin, exit codes, TTY, endings. */
class ExecSessionTest extends WebSocketServerSupport {

    @Test
    void demultiplexesStdoutAndStderrAndSendsTheCommandAsQuery() throws Exception {
        server.enqueue(upgrade(V5, new ScriptedPeer(ws -> {
            ws.send(frame(1, "hello "));
            ws.send(frame(2, "oops"));
            ws.send(frame(1, "world"));
            ws.send(frame(3, SUCCESS));
            ws.close(1000, null);
        })));
        try (ExecSession s = PodExec.exec(client, "ns", "web", ExecOptions.command("sh", "-c", "echo hi"))) {
            assertThat(readAll(s.stdout())).isEqualTo("hello world");
            assertThat(readAll(s.stderr())).isEqualTo("oops");
            assertThat(s.exitCode().get(10, TimeUnit.SECONDS)).isZero();
            assertThat(s.protocol()).isEqualTo(V5);
        }
        RecordedRequest r = takeRequest();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/api/v1/namespaces/ns/pods/web/exec?command=sh&command=-c"
                + "&command=echo%20hi&stdin=false&stdout=true&stderr=true&tty=false");
        assertThat(r.getHeaders().get("Sec-WebSocket-Protocol")).isEqualTo("v5.channel.k8s.io, v4.channel.k8s.io");
        assertThat(r.getHeaders().get("Upgrade")).isEqualTo("websocket");
        assertThat(r.getHeaders().get("User-Agent")).startsWith("kube4j");
    }

    @ParameterizedTest(name = "exit code {0}")
    @CsvSource({"0", "3", "127"})
    void exitCodesComeFromTheErrorChannel(int code) throws Exception {
        String status = code == 0 ? SUCCESS : nonZero(code);
        server.enqueue(upgrade(V5, new ScriptedPeer(ws -> {
            ws.send(frame(3, status));
            ws.close(1000, null);
        })));
        try (ExecSession s = PodExec.exec(client, "ns", "web", ExecOptions.command("false"))) {
            assertThat(s.exitCode().get(10, TimeUnit.SECONDS)).isEqualTo(code);
            assertThat(readAll(s.stdout())).isEmpty();
        }
    }

    @Test
    void otherFailuresCompleteWithTheApiException() throws Exception {
        String status = "{\"metadata\":{},\"status\":\"Failure\",\"message\":\"container not found (\\\"nope\\\")\","
                + "\"reason\":\"InternalError\",\"code\":500}";
        server.enqueue(upgrade(V4, new ScriptedPeer(ws -> {
            ws.send(frame(3, status.substring(0, 20))); // a Status may span frames
            ws.send(frame(3, status.substring(20)));
            ws.close(1000, null);
        })));
        try (ExecSession s = PodExec.exec(client, "ns", "web", ExecOptions.command("ls"))) {
            assertThatThrownBy(() -> s.exitCode().get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ServerErrorException.class)
                    .hasMessageContaining("container not found (\"nope\")")
                    .hasMessageContaining("GET /api/v1/namespaces/ns/pods/web/exec");
        }
    }

    @Test
    void normalCloseWithoutStatusIsSuccessAbnormalCloseIsAFailure() throws Exception {
        server.enqueue(upgrade(V4, new ScriptedPeer(ws -> ws.close(1000, null))));
        try (ExecSession s = PodExec.exec(client, "ns", "web", ExecOptions.command("true"))) {
            assertThat(s.exitCode().get(10, TimeUnit.SECONDS)).isZero();
        }
        server.enqueue(upgrade(V4, new ScriptedPeer(ws -> {
            ws.send(frame(1, "some"));
            ws.close(1011, "kubelet went away");
        })));
        try (ExecSession s = PodExec.exec(client, "ns", "web", ExecOptions.command("true"))) {
            InputStream out = s.stdout();
            assertThat(new String(out.readNBytes(4), StandardCharsets.UTF_8)).isEqualTo("some");
            assertThatThrownBy(out::read).isInstanceOf(TransportException.class)
                    .hasMessageContaining("code 1011 (kubelet went away)");
            assertThatThrownBy(() -> s.exitCode().get(10, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(TransportException.class);
        }
    }

    @Test
    void stdinIsFramedOnChannelZeroAndV5ClosesIt() throws Exception {
        ScriptedPeer peer = new ScriptedPeer(ws -> { });
        server.enqueue(upgrade(V5, peer));
        ExecOptions options = ExecOptions.builder().command("cat").stdin(true).build();
        try (ExecSession s = PodExec.exec(client, "ns", "web", options)) {
            s.stdin().write("abc".getBytes(StandardCharsets.UTF_8));
            s.stdin().write('!');
            s.stdin().close();
            assertThat(peer.next()).isEqualTo(frame(0, "abc"));
            assertThat(peer.next()).isEqualTo(frame(0, "!"));
            assertThat(peer.next()).isEqualTo(ByteString.of((byte) 255, (byte) 0));
            assertThatThrownBy(() -> s.stdin().write(1)).isInstanceOf(IOException.class)
                    .hasMessage("stdin is closed");
        }
        assertThat(takeRequest().getTarget()).contains("stdin=true");
    }

    @Test
    void v4HasNoCloseSignalSoClosingStdinSendsNothing() throws Exception {
        ScriptedPeer peer = new ScriptedPeer(ws -> { });
        server.enqueue(upgrade(V4, peer));
        ExecOptions options = ExecOptions.builder().command("cat").stdin(true).tty(true).stderr(false).build();
        try (ExecSession s = PodExec.exec(client, "ns", "web", options)) {
            assertThat(s.protocol()).isEqualTo(V4);
            s.stdin().write('x');
            s.stdin().close();
            s.resize(80, 24); // the next frame after stdin must be this one, not a close signal
            assertThat(peer.next()).isEqualTo(frame(0, "x"));
            assertThat(peer.next()).isEqualTo(frame(4, "{\"Width\":80,\"Height\":24}"));
        }
        assertThat(peer.clientClosed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
        assertThat(peer.frames).isEmpty();
    }

    @Test
    void resizeNeedsATtyAndSaneDimensions() throws Exception {
        server.enqueue(upgrade(V5, new ScriptedPeer(ws -> { })));
        try (ExecSession s = PodExec.exec(client, "ns", "web", ExecOptions.command("sh"))) {
            assertThatThrownBy(() -> s.resize(80, 24)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("TTY");
        }
        server.enqueue(upgrade(V5, new ScriptedPeer(ws -> { })));
        ExecOptions tty = ExecOptions.builder().command("sh").tty(true).build();
        try (ExecSession s = PodExec.exec(client, "ns", "web", tty)) {
            assertThatThrownBy(() -> s.resize(70000, 24)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(s::stdin).isInstanceOf(IllegalStateException.class).hasMessageContaining("stdin");
        }
    }

    @Test
    void outputIsBoundedHoldsBackTheSessionAndLosesNothing() throws Exception {
        byte[] expected = new byte[64 * 1000];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (byte) (i % 251);
        }
        server.enqueue(upgrade(V5, new ScriptedPeer(ws -> {
            for (int i = 0; i < 64; i++) {
                ws.send(frame(1, java.util.Arrays.copyOfRange(expected, i * 1000, (i + 1) * 1000)));
            }
            ws.send(frame(3, SUCCESS));
            ws.close(1000, null);
        })));
        ExecOptions options = ExecOptions.builder().command("cat", "big").bufferSize(1024).build();
        try (ExecSession s = PodExec.exec(client, "ns", "web", options)) {
            InputStream out = s.stdout();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (out.available() < 1024 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(out.available()).isEqualTo(1024);
            Thread.sleep(200); // give a buffer that ignored its bound the chance to overfill
            assertThat(out.available()).isEqualTo(1024);
            assertThat(s.exitCode()).as("the status waits behind the unread output").isNotDone();
            assertThat(out.readAllBytes()).isEqualTo(expected);
            assertThat(s.exitCode().get(10, TimeUnit.SECONDS)).isZero();
        }
    }

    @Test
    void closeFromAnotherThreadEndsBlockedReadersQuietly() throws Exception {
        ScriptedPeer peer = new ScriptedPeer(ws -> { });
        server.enqueue(upgrade(V5, peer));
        ExecSession s = PodExec.exec(client, "ns", "web", ExecOptions.command("sleep", "1000"));
        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
            try {
                return s.stdout().read();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        peer.socket();
        Thread.sleep(100); // let the reader block
        assertThat(read).isNotDone();
        s.close();
        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(-1);
        assertThatThrownBy(() -> s.exitCode().get(10, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(peer.clientClosed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
        s.close(); // idempotent
    }

    @Test
    void aConnectionCutMidStreamEndsTheStreamsWithTransportException() throws Exception {
        server.enqueue(upgrade(V5, new ScriptedPeer(ws -> ws.send(frame(1, "partial")))));
        ExecOptions options = ExecOptions.builder().command("cat").stdin(true).build();
        try (ExecSession s = PodExec.exec(client, "ns", "web", options)) {
            InputStream out = s.stdout();
            assertThat(new String(out.readNBytes(7), StandardCharsets.UTF_8)).isEqualTo("partial");
            server.close(); // cuts every connection without a close frame
            assertThatThrownBy(out::read).isInstanceOf(TransportException.class)
                    .hasMessageContaining("GET /api/v1/namespaces/ns/pods/web/exec: connection lost");
            assertThatThrownBy(() -> s.stderr().read()).isInstanceOf(TransportException.class);
            assertThatThrownBy(() -> s.exitCode().get(10, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(TransportException.class);
            assertThatThrownBy(() -> s.stdin().write('y')).isInstanceOf(TransportException.class);
        }
    }

    @Test
    void closingTheClientEndsOpenSessionsAndLeavesNoThreads() throws Exception {
        server.enqueue(upgrade(V5, new ScriptedPeer(ws -> ws.send(frame(1, "x")))));
        ExecSession s = PodExec.exec(client, "ns", "web", ExecOptions.command("sleep", "1000"));
        assertThat(s.stdout().read()).isEqualTo('x');
        closeClientAndAssertNoThreads();
        assertThat(s.stdout().read()).isEqualTo(-1);
        assertThatThrownBy(() -> s.exitCode().get(10, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> PodExec.exec(client, "ns", "web", ExecOptions.command("ls")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void closingTheOutputStreamDropsFurtherOutputInsteadOfStalling() throws Exception {
        server.enqueue(upgrade(V5, new ScriptedPeer(ws -> {
            for (int i = 0; i < 10; i++) {
                ws.send(frame(1, new byte[1000]));
            }
            ws.send(frame(2, "done"));
            ws.send(frame(3, SUCCESS));
            ws.close(1000, null);
        })));
        ExecOptions options = ExecOptions.builder().command("noisy").bufferSize(1024).build();
        try (ExecSession s = PodExec.exec(client, "ns", "web", options)) {
            s.stdout().close();
            assertThat(readAll(s.stderr())).isEqualTo("done");
            assertThat(s.exitCode().get(10, TimeUnit.SECONDS)).isZero();
            assertThatThrownBy(() -> s.stdout().read()).isInstanceOf(IOException.class).hasMessage("stdout is closed");
        }
    }
}
