package io.kube4j.benchmarks.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A JDK {@link HttpServer} on 127.0.0.1 that answers {@code /api/v1/pods} from precomputed bytes, so
 * HTTP benchmarks measure the client, not the server:
 * <ul>
 *   <li>a list without {@code limit}: the whole list, with a Content-Length;
 *   <li>a list with {@code limit}: page {@code continue} of the precomputed pages (their size is fixed);
 *   <li>{@code watch=true} from resourceVersion {@link #STREAM_FROM}: the {@link WatchStream}'s events,
 *       chunked, then the end of the body; a watch from any other resourceVersion (an informer's re-watch
 *       once the stream has ended) is held open, silent, until {@link #releaseWatches()} or {@link #close()}.
 * </ul>
 */
public final class FixtureServer implements AutoCloseable {
    /** The list resourceVersion and the one the benchmark stream is served from. */
    public static final String STREAM_FROM = "1000000";

    private final HttpServer server;
    private final ExecutorService executor;
    private volatile byte[] fullList;
    private volatile List<byte[]> pages = List.of();
    private volatile WatchStream stream;
    private volatile int generation;
    private volatile boolean closed;

    public FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fixture-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/api/v1/pods", this::handle);
        server.start();
    }

    /** The base URI, e.g. {@code http://127.0.0.1:41234}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** What an unpaged list returns. */
    public FixtureServer fullList(byte[] body) {
        this.fullList = body;
        return this;
    }

    /** What paged lists return: page {@code k} for {@code continue=k} (page 0 without a token). */
    public FixtureServer pages(List<byte[]> pages) {
        this.pages = List.copyOf(pages);
        return this;
    }

    /** What a watch from {@link #STREAM_FROM} streams. */
    public FixtureServer watchStream(WatchStream stream) {
        this.stream = stream;
        return this;
    }

    /** Ends every held watch (each benchmark invocation starts from a clean state). */
    public void releaseWatches() {
        generation++;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> q = query(ex.getRequestURI());
            ex.getResponseHeaders().set("Content-Type", "application/json");
            if ("true".equals(q.get("watch")) || "1".equals(q.get("watch"))) {
                watch(ex, q);
            } else if (q.containsKey("limit")) {
                String token = q.get("continue");
                byte[] page = pages.get(token == null ? 0 : Integer.parseInt(token));
                send(ex, page);
            } else {
                send(ex, fullList);
            }
        } catch (IOException e) {
            // the client went away (a closed watch): nothing to report
        }
    }

    private static void send(HttpExchange ex, byte[] body) throws IOException {
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private void watch(HttpExchange ex, Map<String, String> q) throws IOException {
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        if (STREAM_FROM.equals(q.get("resourceVersion")) && stream != null) {
            stream.writeTo(out);
            out.close();
            return;
        }
        out.flush();
        int held = generation;
        while (!closed && generation == held) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        out.close();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return out;
        }
        for (String kv : raw.split("&")) {
            int eq = kv.indexOf('=');
            String k = eq < 0 ? kv : kv.substring(0, eq);
            String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
