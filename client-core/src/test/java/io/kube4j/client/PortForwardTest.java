package io.kube4j.client;

import static io.kube4j.client.ScriptedPeer.frame;
import static io.kube4j.client.ScriptedPeer.upgrade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.testsupport.Kube4jThreads;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.WebSocket;
import org.junit.jupiter.api.Test;

/** Port-forward against scripted WebSocket peers: framing, port prefixes, errors, concurrency, shutdown. */
class PortForwardTest extends WebSocketServerSupport {
    private static final int PORT = 8080; // little-endian 0x90 0x1f
    private static final byte LO = (byte) 0x90;
    private static final byte HI = (byte) 0x1f;

    private final List<ScriptedPeer> peers = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<KubeException> errors = new LinkedBlockingQueue<>();

    /** Every upgrade gets a fresh peer from {@code peer}. */
    private void serve(Supplier<ScriptedPeer> peer) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                ScriptedPeer p = peer.get();
                peers.add(p);
                return upgrade(V4, p);
            }
        });
    }

    /** A peer that sends the port prefixes, runs {@code then}, and upper-cases every data frame back. */
    private static ScriptedPeer upperCaser(Consumer<WebSocket> then) {
        return new ScriptedPeer(ws -> {
            ws.send(frame(0, LO, HI));
            ws.send(frame(1, LO, HI));
            then.accept(ws);
        }, (ws, f) -> {
            if (f.getByte(0) == 0) {
                ws.send(frame(0, f.substring(1).utf8().toUpperCase(Locale.ROOT)));
            }
        });
    }

    private PortForward open() {
        return PortForward.open(client, "ns", "web",
                PortForwardOptions.builder().remotePort(PORT).errorListener(errors::add).build());
    }

    private static String read(Socket s, int n) throws IOException {
        return new String(s.getInputStream().readNBytes(n), StandardCharsets.UTF_8);
    }

    @Test
    void bytesFlowBothWaysThroughTheChannelFraming() throws Exception {
        serve(() -> upperCaser(ws -> { }));
        try (PortForward pf = open(); Socket local = new Socket(pf.localAddress().getAddress(), pf.localPort())) {
            assertThat(pf.localAddress().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
            assertThat(pf.remotePort()).isEqualTo(PORT);
            local.getOutputStream().write("ping".getBytes(StandardCharsets.UTF_8));
            assertThat(read(local, 4)).isEqualTo("PING");
            ScriptedPeer peer = peers.get(0);
            assertThat(peer.next()).as("data to the pod has no port prefix").isEqualTo(frame(0, "ping"));
            assertThat(pf.activeConnections()).isEqualTo(1);
            local.close();
            assertThat(peer.clientClosed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
        }
        RecordedRequest r = takeRequest();
        assertThat(r.getTarget()).isEqualTo("/api/v1/namespaces/ns/pods/web/portforward?ports=8080");
        assertThat(r.getHeaders().get("Sec-WebSocket-Protocol")).isEqualTo("v4.channel.k8s.io");
        assertThat(errors).isEmpty();
    }

    @Test
    void largeBinaryTransfersArriveIntact() throws Exception {
        serve(() -> new ScriptedPeer(ws -> {
            ws.send(frame(0, LO, HI));
            ws.send(frame(1, LO, HI));
        }, (ws, f) -> ws.send(f))); // echo data frames as they are
        byte[] payload = new byte[600_000];
        new Random(3).nextBytes(payload);
        try (PortForward pf = open(); Socket local = new Socket(pf.localAddress().getAddress(), pf.localPort())) {
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    local.getOutputStream().write(payload);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(local.getInputStream().readNBytes(payload.length)).isEqualTo(payload);
            writer.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void portPrefixesMaySplitAcrossFramesOrShareOneWithData() throws Exception {
        serve(() -> new ScriptedPeer(ws -> {
            ws.send(frame(0, LO));
            ws.send(frame(0, HI, (byte) 'o', (byte) 'k'));
            ws.send(frame(1, LO, HI));
            ws.send(frame(0, "!"));
            ws.close(1000, null);
        }));
        try (PortForward pf = open(); Socket local = new Socket(pf.localAddress().getAddress(), pf.localPort())) {
            assertThat(local.getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("ok!");
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void errorChannelTextClosesTheConnectionAndReachesTheListener() throws Exception {
        String text = "error forwarding port 8080 to pod 1f2e, uid : exit status 1: socat: Connection refused";
        serve(() -> upperCaser(ws -> ws.send(frame(1, text))));
        try (PortForward pf = open(); Socket local = new Socket(pf.localAddress().getAddress(), pf.localPort())) {
            assertThat(endOfStream(local)).isTrue();
            KubeException e = errors.poll(10, TimeUnit.SECONDS);
            assertThat(e).isInstanceOf(PortForwardException.class).hasMessageContaining(text)
                    .hasMessageContaining("GET /api/v1/namespaces/ns/pods/web/portforward");
            assertThat(((PortForwardException) e).remotePort()).isEqualTo(PORT);
            awaitNoConnections(pf);
        }
    }

    @Test
    void aPrefixForAnotherPortIsAnError() throws Exception {
        serve(() -> new ScriptedPeer(ws -> ws.send(frame(0, (byte) 80, (byte) 0))));
        try (PortForward pf = open(); Socket local = new Socket(pf.localAddress().getAddress(), pf.localPort())) {
            assertThat(endOfStream(local)).isTrue();
            assertThat(errors.poll(10, TimeUnit.SECONDS)).isInstanceOf(TransportException.class)
                    .hasMessageContaining("answered for port 80 on channel 0, expected 8080");
        }
    }

    @Test
    void aRefusedUpgradeClosesThatConnectionAndReportsTheApiException() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
                        .body("{\"kind\":\"Status\",\"status\":\"Failure\",\"message\":\"pod web does not have a host "
                                + "assigned\",\"reason\":\"BadRequest\",\"code\":400}").build();
            }
        });
        try (PortForward pf = open(); Socket local = new Socket(pf.localAddress().getAddress(), pf.localPort())) {
            assertThat(endOfStream(local)).isTrue();
            assertThat(errors.poll(10, TimeUnit.SECONDS)).isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("pod web does not have a host assigned");
            // the listener keeps going: the next connection gets its own attempt
            try (Socket second = new Socket(pf.localAddress().getAddress(), pf.localPort())) {
                assertThat(endOfStream(second)).isTrue();
                assertThat(errors.poll(10, TimeUnit.SECONDS)).isInstanceOf(BadRequestException.class);
            }
        }
    }

    @Test
    void theServerEndingTheConnectionEndsTheLocalOneAfterItsData() throws Exception {
        serve(() -> upperCaser(ws -> {
            ws.send(frame(0, "bye"));
            ws.close(1000, null);
        }));
        try (PortForward pf = open(); Socket local = new Socket(pf.localAddress().getAddress(), pf.localPort())) {
            assertThat(local.getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("bye");
            awaitNoConnections(pf);
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void aLocalHalfCloseStillDeliversWhatThePodSentBeforeTheClose() throws Exception {
        serve(() -> upperCaser(ws -> { }));
        try (PortForward pf = open(); Socket local = new Socket(pf.localAddress().getAddress(), pf.localPort())) {
            local.getOutputStream().write("request".getBytes(StandardCharsets.UTF_8));
            local.shutdownOutput();
            local.setSoTimeout(10_000);
            assertThat(local.getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("REQUEST");
            assertThat(peers.get(0).clientClosed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
            awaitNoConnections(pf);
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void closeDuringAPendingUpgradeDoesNotWaitForIt() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().headersDelay(60, TimeUnit.SECONDS).build();
            }
        });
        PortForward pf = open();
        try (Socket local = new Socket(pf.localAddress().getAddress(), pf.localPort())) {
            takeRequest(); // the upgrade is pending
            pf.close();
            assertThat(Kube4jThreads.alive()).noneMatch(n -> n.startsWith("kube4j-portforward"));
            assertThat(endOfStream(local)).isTrue();
        }
        assertThat(errors).as("a close is not a failure").isEmpty();
    }

    @Test
    void concurrentLocalConnectionsEachGetTheirOwnWebSocket() throws Exception {
        serve(() -> upperCaser(ws -> { }));
        try (PortForward pf = open()) {
            List<Socket> sockets = new ArrayList<>();
            try {
                for (int i = 0; i < 5; i++) {
                    sockets.add(new Socket(pf.localAddress().getAddress(), pf.localPort()));
                }
                for (int i = 0; i < 5; i++) {
                    sockets.get(i).getOutputStream().write(("conn-" + i).getBytes(StandardCharsets.UTF_8));
                }
                for (int i = 0; i < 5; i++) {
                    assertThat(read(sockets.get(i), 6)).isEqualTo("CONN-" + i);
                }
                assertThat(server.getRequestCount()).isEqualTo(5);
                assertThat(pf.activeConnections()).isEqualTo(5);
            } finally {
                for (Socket s : sockets) {
                    s.close();
                }
            }
            awaitNoConnections(pf);
        }
    }

    @Test
    void closeStopsTheListenerEndsConnectionsAndItsThreads() throws Exception {
        serve(() -> upperCaser(ws -> { }));
        PortForward pf = open();
        Socket local = new Socket(pf.localAddress().getAddress(), pf.localPort());
        local.getOutputStream().write('a');
        assertThat(read(local, 1)).isEqualTo("A");
        pf.close();
        assertThat(endOfStream(local)).isTrue();
        assertThatThrownBy(() -> new Socket(pf.localAddress().getAddress(), pf.localPort()).close())
                .isInstanceOf(ConnectException.class);
        assertThat(Kube4jThreads.alive()).noneMatch(n -> n.startsWith("kube4j-portforward"));
        assertThat(peers.get(0).clientClosed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
        pf.close(); // idempotent
        local.close();
        closeClientAndAssertNoThreads();
    }

    @Test
    void closingTheClientStopsOpenForwards() throws Exception {
        serve(() -> upperCaser(ws -> { }));
        PortForward pf = open();
        Socket local = new Socket(pf.localAddress().getAddress(), pf.localPort());
        local.getOutputStream().write('b');
        assertThat(read(local, 1)).isEqualTo("B");
        closeClientAndAssertNoThreads();
        assertThat(endOfStream(local)).isTrue();
        assertThatThrownBy(() -> new Socket(pf.localAddress().getAddress(), pf.localPort()).close())
                .isInstanceOf(ConnectException.class);
        local.close();
        assertThatThrownBy(this::open).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBusyLocalPortAndBadOptionsAreClearErrors() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            PortForwardOptions options = PortForwardOptions.builder().remotePort(PORT).localPort(taken.getLocalPort())
                    .build();
            assertThatThrownBy(() -> PortForward.open(client, "ns", "web", options))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
        assertThatThrownBy(() -> PortForwardOptions.remotePort(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortForwardOptions.remotePort(65536)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortForwardOptions.builder().localPort(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortForward.open(client, "", "web", PortForwardOptions.remotePort(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("namespace");
        assertThat(server.getRequestCount()).isZero();
    }

    /** True when the socket's input ends (EOF or reset) within 10 s. */
    private static boolean endOfStream(Socket s) throws IOException {
        s.setSoTimeout(10_000);
        try {
            return s.getInputStream().read() == -1;
        } catch (SocketException reset) {
            return true;
        }
    }

    private static void awaitNoConnections(PortForward pf) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (pf.activeConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(pf.activeConnections()).isZero();
    }
}
