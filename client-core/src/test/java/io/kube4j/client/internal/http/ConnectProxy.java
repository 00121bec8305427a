package io.kube4j.client.internal.http;

import io.kube4j.client.internal.tls.TestPki;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A tiny HTTP CONNECT proxy for tests, plain or over TLS. It records each CONNECT line and its
 * Proxy-Authorization header, then tunnels to 127.0.0.1 on the requested port, whatever the host name.
 */
final class ConnectProxy implements AutoCloseable {
    final List<String> connects = new CopyOnWriteArrayList<>();
    final Map<String, String> authorizations = new ConcurrentHashMap<>();
    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private ConnectProxy(ServerSocket server) {
        this.server = server;
        Thread t = new Thread(this::acceptLoop, "test-proxy-accept");
        t.setDaemon(true);
        t.start();
    }

    static ConnectProxy plain() throws IOException {
        return new ConnectProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    }

    /** Serves TLS with a certificate for localhost/127.0.0.1 issued by {@code ca}. */
    static ConnectProxy tls(TestPki.Issued ca) throws Exception {
        TestPki.Issued cert = TestPki.issue(ca, "proxy", TestPki.ec("secp256r1"), List.of("localhost"), List.of("127.0.0.1"));
        KeyStore ks = TestPki.keyStore(cert, ca);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "password".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return new ConnectProxy(ctx.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                Thread t = new Thread(() -> handle(client), "test-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket client) {
        try {
            InputStream in = client.getInputStream();
            String requestLine = readLine(in);
            String line;
            while (!(line = readLine(in)).isEmpty()) {
                if (line.toLowerCase().startsWith("proxy-authorization:")) {
                    authorizations.put(requestLine, line.substring(line.indexOf(':') + 1).strip());
                }
            }
            connects.add(requestLine);
            String[] parts = requestLine.split(" ");
            if (!parts[0].equals("CONNECT")) {
                client.getOutputStream().write("HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                client.close();
                return;
            }
            int port = Integer.parseInt(parts[1].substring(parts[1].lastIndexOf(':') + 1));
            Socket upstream = new Socket(InetAddress.getLoopbackAddress(), port);
            sockets.add(upstream);
            client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
            Thread back = new Thread(() -> pump(upstream, client), "test-proxy-pump");
            back.setDaemon(true);
            back.start();
            pump(client, upstream);
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private static void pump(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException ignored) {
            // one side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b < 0 && line.size() == 0) {
            throw new IOException("eof");
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        sockets.forEach(ConnectProxy::closeQuietly);
    }
}
