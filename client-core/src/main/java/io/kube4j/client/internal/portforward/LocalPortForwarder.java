package io.kube4j.client.internal.portforward;

import io.kube4j.client.KubeException;
import io.kube4j.client.PortForward;
import io.kube4j.client.PortForwardOptions;
import io.kube4j.client.Request;
import io.kube4j.client.TransportException;
import io.kube4j.client.internal.Threads;
import io.kube4j.client.internal.http.OpenStreams;
import io.kube4j.client.internal.ws.WebSocketConnector;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local side of a port-forward: accepts connections on one thread and gives each a
 * {@link ForwardedConnection} (its own WebSocket and copying thread). Registered with the client, so the
 * client's close ends it.
 */
public final class LocalPortForwarder implements PortForward {
    private static final Logger LOG = LoggerFactory.getLogger(LocalPortForwarder.class);
    private static final ThreadFactory THREADS = Threads.factory("portforward");
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    private static final int BACKLOG = 50;

    private final WebSocketConnector connector;
    private final Request request;
    private final PortForwardOptions options;
    private final ServerSocket server;
    private final OpenStreams registry;
    private final Set<ForwardedConnection> connections = ConcurrentHashMap.newKeySet();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private LocalPortForwarder(WebSocketConnector connector, Request request, PortForwardOptions options,
            ServerSocket server) {
        this.connector = connector;
        this.request = request;
        this.options = options;
        this.server = server;
        this.registry = connector.settings().openStreams();
    }

    /** Binds the local address and starts accepting. */
    public static LocalPortForwarder open(WebSocketConnector connector, Request request, PortForwardOptions options) {
        if (connector.settings().closed().getAsBoolean()) {
            throw new IllegalStateException("RestClient is closed");
        }
        ServerSocket server;
        try {
            server = new ServerSocket(options.localPort(), BACKLOG, options.localAddress());
        } catch (IOException e) {
            throw new TransportException("port-forward: cannot listen on " + options.localAddress().getHostAddress()
                    + ":" + options.localPort() + ": " + e.getMessage(), e, false);
        }
        LocalPortForwarder forwarder = new LocalPortForwarder(connector, request, options, server);
        forwarder.start(forwarder::acceptLoop);
        forwarder.registry.add(forwarder);
        LOG.debug("forwarding {} to port {} of {}", forwarder.where(), options.remotePort(), request.describe());
        return forwarder;
    }

    @Override
    public int localPort() {
        return server.getLocalPort();
    }

    @Override
    public InetSocketAddress localAddress() {
        return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
    }

    @Override
    public int remotePort() {
        return options.remotePort();
    }

    @Override
    public int activeConnections() {
        return connections.size();
    }

    /** {@code 127.0.0.1:<port>}, for messages. */
    private String where() {
        return server.getInetAddress().getHostAddress() + ":" + server.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (closed || server.isClosed()) {
                    return;
                }
                LOG.warn("port-forward {}: accepting a local connection failed: {}", where(), e.toString());
                pause();
                continue;
            }
            ForwardedConnection c = new ForwardedConnection(connector, request, options.remotePort(), socket,
                    this::report, connections::remove);
            connections.add(c);
            if (closed) {
                c.close(); // close() may have missed it
                return;
            }
            start(c::run);
        }
    }

    private void start(Runnable body) {
        Thread t = THREADS.newThread(body);
        threads.removeIf(old -> !old.isAlive());
        threads.add(t);
        t.start();
    }

    private void report(KubeException e) {
        LOG.warn("port-forward {} -> {}: {}", where(), options.remotePort(), e.getMessage());
        if (options.errorListener() != null) {
            try {
                options.errorListener().accept(e);
            } catch (RuntimeException listenerFailure) {
                LOG.warn("port-forward error listener failed", listenerFailure);
            }
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        registry.remove(this);
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("closing the port-forward listener failed", e);
        }
        for (ForwardedConnection c : new ArrayList<>(connections)) {
            c.close();
        }
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        List<Thread> snapshot = new ArrayList<>(threads);
        for (Thread t : snapshot) {
            if (t != Thread.currentThread()) {
                t.interrupt(); // ends handshake waits and send-window pauses; socket reads end with the sockets
            }
        }
        for (Thread t : snapshot) {
            Threads.joinUntil(t, deadline); // once interrupted, the other joins end at once
        }
    }

    @Override
    public String toString() {
        return "port-forward " + where() + " -> " + request.describe() + ":" + options.remotePort();
    }
}
