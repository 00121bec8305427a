package io.kube4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * The server side of one WebSocket served by MockWebServer, standing in for the kubelet: runs a script when
 * the socket opens, records every binary frame the client sends, and answers the client's close.
 */
final class ScriptedPeer extends WebSocketListener {
    final BlockingQueue<ByteString> frames = new LinkedBlockingQueue<>();
    final CompletableFuture<WebSocket> opened = new CompletableFuture<>();
    final CompletableFuture<Integer> clientClosed = new CompletableFuture<>();
    final CompletableFuture<Throwable> failed = new CompletableFuture<>();
    private final Consumer<WebSocket> onOpen;
    private final BiConsumer<WebSocket, ByteString> onFrame;

    ScriptedPeer(Consumer<WebSocket> onOpen) {
        this(onOpen, (ws, frame) -> { });
    }

    ScriptedPeer(Consumer<WebSocket> onOpen, BiConsumer<WebSocket, ByteString> onFrame) {
        this.onOpen = onOpen;
        this.onFrame = onFrame;
    }

    /** A 101 answer choosing {@code protocol} (null: none) and handing the socket to {@code peer}. */
    static MockResponse upgrade(String protocol, WebSocketListener peer) {
        MockResponse.Builder b = new MockResponse.Builder();
        if (protocol != null) {
            b.setHeader("Sec-WebSocket-Protocol", protocol);
        }
        return b.webSocketUpgrade(peer).build();
    }

    static ByteString frame(int channel, String text) {
        return frame(channel, text.getBytes(StandardCharsets.UTF_8));
    }

    static ByteString frame(int channel, byte... payload) {
        byte[] f = new byte[payload.length + 1];
        f[0] = (byte) channel;
        System.arraycopy(payload, 0, f, 1, payload.length);
        return ByteString.of(f);
    }

    /** The next frame from the client, waiting up to 10 s. */
    ByteString next() throws InterruptedException {
        ByteString f = frames.poll(10, TimeUnit.SECONDS);
        assertThat(f).as("a frame from the client").isNotNull();
        return f;
    }

    WebSocket socket() throws Exception {
        return opened.get(10, TimeUnit.SECONDS);
    }

    @Override
    public void onOpen(WebSocket ws, Response response) {
        opened.complete(ws);
        onOpen.accept(ws);
    }

    @Override
    public void onMessage(WebSocket ws, ByteString bytes) {
        frames.add(bytes);
        onFrame.accept(ws, bytes);
    }

    @Override
    public void onClosing(WebSocket ws, int code, String reason) {
        clientClosed.complete(code);
        ws.close(1000, null);
    }

    @Override
    public void onFailure(WebSocket ws, Throwable t, Response response) {
        failed.complete(t);
    }
}
