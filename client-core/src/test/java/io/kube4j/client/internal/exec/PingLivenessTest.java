package io.kube4j.client.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.client.ClientInternals;
import io.kube4j.client.Config;
import io.kube4j.client.ExecOptions;
import io.kube4j.client.Request;
import io.kube4j.client.RestClient;
import io.kube4j.client.TransportException;
import io.kube4j.client.internal.http.ExecutorSettings;
import io.kube4j.client.internal.ws.WebSocketConnector;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A peer that completes the upgrade and then goes silent (a half-open connection, a frozen node) is noticed by
 * the pings: the session ends with a TransportException instead of hanging.
 */
class PingLivenessTest {

    @Test
    void aSilentPeerFailsTheSessionAfterAMissedPong() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                RestClient client = RestClient.create(Config.builder()
                        .server("http://127.0.0.1:" + listener.getLocalPort()).build())) {
            Thread peer = new Thread(() -> acceptAndGoSilent(listener, release), "silent-peer");
            peer.setDaemon(true);
            peer.start();
            ExecutorSettings settings = ClientInternals.settings(client);
            WebSocketConnector connector = new WebSocketConnector(settings, Duration.ofMillis(200));
            Request request = client.get().namespace("ns").resource("pods").name("web").subresource("exec")
                    .param("command", "sleep").build();
            try (WebSocketExecSession s = WebSocketExecSession.open(connector, request,
                    ExecOptions.command("sleep"), false)) {
                assertThatThrownBy(() -> s.stdout().read()).isInstanceOf(TransportException.class)
                        .hasMessageContaining("connection lost").hasMessageContaining("pong");
                assertThatThrownBy(() -> s.exitCode().get(10, TimeUnit.SECONDS)).cause()
                        .isInstanceOf(TransportException.class);
            } finally {
                release.countDown();
            }
        }
    }

    private static void acceptAndGoSilent(ServerSocket listener, CountDownLatch release) {
        try (Socket s = listener.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            String key = null;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.regionMatches(true, 0, "Sec-WebSocket-Key:", 0, 18)) {
                    key = line.substring(18).trim();
                }
            }
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(
                    (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.ISO_8859_1));
            OutputStream out = s.getOutputStream();
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + Base64.getEncoder().encodeToString(sha1) + "\r\n"
                    + "Sec-WebSocket-Protocol: v5.channel.k8s.io\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            release.await(30, TimeUnit.SECONDS); // never read, never answer a ping
        } catch (Exception e) {
            // the test fails on its own assertions
        }
    }
}
