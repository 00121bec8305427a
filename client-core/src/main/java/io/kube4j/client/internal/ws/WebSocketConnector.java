package io.kube4j.client.internal.ws;

import io.kube4j.client.KubeException;
import io.kube4j.client.Request;
import io.kube4j.client.TransportException;
import io.kube4j.client.internal.http.ExecutorSettings;
import io.kube4j.client.internal.http.OkRequests;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.OkHttpClient;
import okhttp3.WebSocket;

/**
 * Opens channel-protocol WebSockets for a client: the upgrade goes through the client's streaming OkHttp
 * client, so it carries the same credentials (OkHttp runs application interceptors on upgrades), TLS and
 * proxy, with no read timeout, plus pings for liveness. {@link #connect} blocks until the server answers.
 */
public final class WebSocketConnector {
    /** A ping every 30 s; a connection whose pong is missing by the next ping is failed. */
    public static final Duration PING_INTERVAL = Duration.ofSeconds(30);
    /** After our close frame, how long the server may take to answer before the socket is cut. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(30);

    private final ExecutorSettings settings;
    private final OkHttpClient client;
    private final Duration handshakeTimeout;

    public WebSocketConnector(ExecutorSettings settings) {
        this(settings, PING_INTERVAL);
    }

    /** A connector with another ping interval (tests). */
    public WebSocketConnector(ExecutorSettings settings, Duration pingInterval) {
        this.settings = settings;
        // Derived clients share the base's connection pool and dispatcher (whose threads read the sockets).
        this.client = settings.streamingClient().newBuilder()
                .pingInterval(pingInterval)
                .webSocketCloseTimeout(CLOSE_TIMEOUT)
                .build();
        Duration t = settings.requestTimeout();
        this.handshakeTimeout = t == null || t.isZero() || t.isNegative() ? DEFAULT_HANDSHAKE_TIMEOUT : t;
    }

    /** An open WebSocket and its subprotocol. */
    public record Connected(WebSocket ws, String protocol) {
    }

    /** The executor settings of the client this connector belongs to. */
    public ExecutorSettings settings() {
        return settings;
    }

    /**
     * Sends {@code request} (a GET) as a WebSocket upgrade offering {@code protocols} (in order of preference)
     * and waits for the answer. On success the listener has been told the chosen subprotocol and receives
     * frames from now on (some may already have arrived).
     *
     * @return the open WebSocket and the subprotocol the server chose
     * @throws io.kube4j.client.ApiException when the server refused the upgrade (its Status)
     * @throws TransportException when the connection failed, the handshake timed out or the server chose a
     *                            subprotocol that was not offered
     */
    public Connected connect(Request request, List<String> protocols, ChannelListener listener) {
        if (!request.method().equals("GET")) {
            throw new IllegalArgumentException("a WebSocket upgrade is a GET, not " + request.method());
        }
        if (settings.closed().getAsBoolean()) {
            throw new IllegalStateException("RestClient is closed");
        }
        listener.bind(request, protocols);
        okhttp3.Request upgrade = OkRequests.convert(settings.baseUrl(), request, null).newBuilder()
                .header("Sec-WebSocket-Protocol", String.join(", ", protocols))
                .build();
        WebSocket ws = client.newWebSocket(upgrade, listener);
        try {
            String protocol = listener.handshake().get(handshakeTimeout.toNanos(), TimeUnit.NANOSECONDS);
            return new Connected(ws, protocol);
        } catch (ExecutionException e) {
            ws.cancel();
            if (e.getCause() instanceof KubeException k) {
                throw k;
            }
            throw new TransportException(request.describe() + ": WebSocket handshake failed: " + e.getCause(),
                    e.getCause(), false);
        } catch (TimeoutException e) {
            ws.cancel();
            throw new TransportException(request.describe() + ": no answer to the WebSocket upgrade within "
                    + handshakeTimeout, e, false);
        } catch (InterruptedException e) {
            ws.cancel();
            Thread.currentThread().interrupt();
            throw new TransportException(request.describe() + ": interrupted during the WebSocket handshake", e,
                    false);
        }
    }
}
