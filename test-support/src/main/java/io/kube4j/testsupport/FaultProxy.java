package io.kube4j.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy between a client and a server that a test controls, to inject network faults. It listens
 * on {@code 127.0.0.1} (a free port) and forwards bytes both ways unchanged, so TLS runs end to end
 * through it: point a client at {@code https://127.0.0.1:<port()>} and the server's certificate still
 * matches (IP SAN 127.0.0.1).
 *
 * <ul>
 *   <li>{@link #cutAll()} closes every open connection (the client sees the stream end or fail);</li>
 *   <li>{@link #resetAll()} aborts every open connection with a TCP RST;</li>
 *   <li>{@link #stall()} stops forwarding (bytes wait in the proxy and in TCP buffers, new connections are
 *   accepted but nothing flows) until {@link #resume()}, which delivers everything held back.</li>
 * </ul>
 *
 * Its threads are named {@code faultproxy-…} (not {@code kube4j-…}): they belong to the test.
 * {@link #close()} stops listening, cuts every connection and waits for its threads.
 */
public final class FaultProxy implements AutoCloseable {
    private static final AtomicInteger IDS = new AtomicInteger();

    private final InetSocketAddress target;
    private final ServerSocket server;
    private final Thread acceptor;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final List<Thread> pumps = new ArrayList<>();
    private final Object gate = new Object();
    private boolean stalled;
    private volatile boolean closed;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong cuts = new AtomicLong();

    private FaultProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "faultproxy-accept-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy forwarding to {@code host:port}. */
    public static FaultProxy start(String host, int port) {
        try {
            return new FaultProxy(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fault proxy", e);
        }
    }

    /** A proxy forwarding to the host and port of {@code server}, e.g. {@code https://127.0.0.1:6443}. */
    public static FaultProxy start(URI server) {
        int port = server.getPort() > 0 ? server.getPort() : "https".equals(server.getScheme()) ? 443 : 80;
        return start(server.getHost(), port);
    }

    /** The port the proxy listens on. */
    public int port() {
        return server.getLocalPort();
    }

    /** {@code <scheme>://127.0.0.1:<port>}, the address clients should use. */
    public String url(String scheme) {
        return scheme + "://127.0.0.1:" + port();
    }

    /** Connections accepted since the start. */
    public long acceptedConnections() {
        return accepted.get();
    }

    /** Connections currently open. */
    public int openConnections() {
        return links.size();
    }

    /** Connections ended by {@link #cutAll()} or {@link #resetAll()} so far. */
    public long cutConnections() {
        return cuts.get();
    }

    /** Closes every open connection (both sides); returns how many there were. New connections still work. */
    public int cutAll() {
        return endAll(false);
    }

    /** Aborts every open connection with a TCP reset; returns how many there were. */
    public int resetAll() {
        return endAll(true);
    }

    /** Stops forwarding in both directions on every connection, current and new, until {@link #resume()}. */
    public void stall() {
        synchronized (gate) {
            stalled = true;
        }
    }

    /** Forwards again, starting with what was held back. */
    public void resume() {
        synchronized (gate) {
            stalled = false;
            gate.notifyAll();
        }
    }

    public boolean isStalled() {
        synchronized (gate) {
            return stalled;
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        resume();
        endAll(false);
        join(acceptor);
        List<Thread> all;
        synchronized (pumps) {
            all = new ArrayList<>(pumps);
        }
        all.forEach(FaultProxy::join);
    }

    @Override
    public String toString() {
        return "FaultProxy{127.0.0.1:" + port() + " -> " + target + ", open=" + links.size() + ", stalled="
                + isStalled() + "}";
    }

    private int endAll(boolean reset) {
        int n = 0;
        for (Link link : links) {
            link.end(reset);
            n++;
        }
        cuts.addAndGet(n);
        return n;
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            accepted.incrementAndGet();
            Socket upstream = new Socket();
            try {
                upstream.connect(target, 10_000);
            } catch (IOException e) {
                closeQuietly(client); // the server is down: the client sees its connection refused-ish
                closeQuietly(upstream);
                continue;
            }
            Link link = new Link(client, upstream);
            links.add(link);
            if (closed) { // close() ran meanwhile and may not have seen this link
                link.end(false);
                return;
            }
            link.start("faultproxy-" + IDS.incrementAndGet());
        }
    }

    /** Blocks while stalled; false when the proxy closed meanwhile. */
    private boolean awaitFlowing() {
        synchronized (gate) {
            while (stalled && !closed) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return !closed;
        }
    }

    private static void join(Thread t) {
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    /** One proxied connection: two sockets and a pump thread per direction. */
    private final class Link {
        private final Socket client;
        private final Socket upstream;
        private final AtomicInteger alive = new AtomicInteger(2);

        Link(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        void start(String name) {
            Thread up = new Thread(() -> pump(client, upstream), name + "-up");
            Thread down = new Thread(() -> pump(upstream, client), name + "-down");
            for (Thread t : List.of(up, down)) {
                t.setDaemon(true);
                synchronized (pumps) {
                    pumps.removeIf(p -> !p.isAlive());
                    pumps.add(t);
                }
                t.start();
            }
        }

        private void pump(Socket from, Socket to) {
            byte[] buf = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                for (int n; (n = in.read(buf)) >= 0; ) {
                    if (!awaitFlowing()) {
                        break;
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
                // A clean end on one side: pass the half-close on, like a real path would.
                to.shutdownOutput();
            } catch (IOException e) {
                end(false);
            } finally {
                if (alive.decrementAndGet() == 0) {
                    end(false);
                }
            }
        }

        void end(boolean reset) {
            if (reset) {
                for (Socket s : List.of(client, upstream)) {
                    try {
                        s.setSoLinger(true, 0); // close() then sends RST instead of FIN
                    } catch (SocketException e) {
                        // already closed
                    }
                }
            }
            closeQuietly(client);
            closeQuietly(upstream);
            links.remove(this);
        }
    }
}
