package io.kube4j.client;

import static io.kube4j.client.ScriptedPeer.frame;
import static io.kube4j.client.ScriptedPeer.upgrade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Random;
import okio.ByteString;
import org.junit.jupiter.api.Test;

/** {@link PodExec#execAndWait}: collected and capped output, stdin fed to completion, exit codes, timeout. */
class ExecAndWaitTest extends WebSocketServerSupport {

    /** Echoes stdin to stdout and finishes with success when the client closes stdin (v5). */
    private static ScriptedPeer cat() {
        return new ScriptedPeer(ws -> { }, (ws, f) -> {
            if (f.equals(ByteString.of((byte) 255, (byte) 0))) {
                ws.send(frame(3, SUCCESS));
                ws.close(1000, null);
            } else if (f.getByte(0) == 0) {
                ws.send(frame(1, f.substring(1).toByteArray()));
            }
        });
    }

    @Test
    void feedsStdinInFramesAndCollectsTheEcho() {
        byte[] input = new byte[200_000];
        new Random(7).nextBytes(input);
        server.enqueue(upgrade(V5, cat()));
        ExecOptions options = ExecOptions.builder().command("cat").stdin(true).build();
        ExecResult r = PodExec.execAndWait(client, "ns", "web", options, new ByteArrayInputStream(input));
        assertThat(r.exitCode()).isZero();
        assertThat(r.isSuccess()).isTrue();
        assertThat(r.stdout()).isEqualTo(input);
        assertThat(r.stdoutTruncated()).isFalse();
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void withStdinButNoDataTheCommandGetsEndOfFileAtOnce() {
        server.enqueue(upgrade(V5, cat()));
        ExecResult r = PodExec.execAndWait(client, "ns", "web",
                ExecOptions.builder().command("cat").stdin(true).build());
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void outputBeyondTheCapIsDroppedAndFlagged() {
        server.enqueue(upgrade(V5, new ScriptedPeer(ws -> {
            ws.send(frame(1, "0123456789"));
            ws.send(frame(1, "abcdefghij"));
            ws.send(frame(2, "warn"));
            ws.send(frame(3, nonZero(2)));
            ws.close(1000, null);
        })));
        ExecOptions options = ExecOptions.builder().command("noisy").maxOutputBytes(15).build();
        ExecResult r = PodExec.execAndWait(client, "ns", "web", options);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.isSuccess()).isFalse();
        assertThat(r.stdoutText()).isEqualTo("0123456789abcde");
        assertThat(r.stdoutTruncated()).isTrue();
        assertThat(r.stderrText()).isEqualTo("warn");
        assertThat(r.stderrTruncated()).isFalse();
        assertThat(r).hasToString("ExecResult{exitCode=2, stdout=15 bytes (truncated), stderr=4 bytes}");
    }

    @Test
    void aFailureOtherThanAnExitCodeIsThrown() {
        server.enqueue(upgrade(V4, new ScriptedPeer(ws -> {
            ws.send(frame(3, "{\"metadata\":{},\"status\":\"Failure\",\"message\":\"container app is not valid for "
                    + "pod web\",\"reason\":\"BadRequest\",\"code\":400}"));
            ws.close(1000, null);
        })));
        assertThatThrownBy(() -> PodExec.execAndWait(client, "ns", "web", ExecOptions.command("ls")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("container app is not valid");
    }

    @Test
    void aCommandThatOutlivesTheTimeoutIsAbandoned() throws Exception {
        ScriptedPeer peer = new ScriptedPeer(ws -> ws.send(frame(1, "started")));
        server.enqueue(upgrade(V5, peer));
        ExecOptions options = ExecOptions.builder().command("sleep", "1000").timeout(Duration.ofMillis(300)).build();
        assertThatThrownBy(() -> PodExec.execAndWait(client, "ns", "web", options))
                .isInstanceOf(TransportException.class)
                .hasMessage("GET /api/v1/namespaces/ns/pods/web/exec: the command did not finish within PT0.3S");
        assertThat(peer.clientClosed.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1000);
    }

    @Test
    void aRefusedUpgradeIsThrownAsIs() {
        server.enqueue(new mockwebserver3.MockResponse.Builder().code(404).setHeader("Content-Type", "application/json")
                .body("{\"kind\":\"Status\",\"status\":\"Failure\",\"message\":\"pods \\\"web\\\" not found\","
                        + "\"reason\":\"NotFound\",\"code\":404}").build());
        assertThatThrownBy(() -> PodExec.execAndWait(client, "ns", "web", ExecOptions.command("ls")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("pods \"web\" not found");
    }
}
