package io.kube4j.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fault proxy in front of a local echo server. */
class FaultProxyTest {
    private ServerSocket echo;
    private Thread echoThread;
    private final List<Socket> clients = new ArrayList<>();
    private FaultProxy proxy;

    @BeforeEach
    void startEcho() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        echoThread = new Thread(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket s = echo.accept();
                    Thread t = new Thread(() -> {
                        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException e) {
                            // client went away
                        }
                    }, "echo-conn");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "echo-accept");
        echoThread.setDaemon(true);
        echoThread.start();
        proxy = FaultProxy.start("127.0.0.1", echo.getLocalPort());
    }

    @AfterEach
    void stop() throws Exception {
        for (Socket s : clients) {
            s.close();
        }
        proxy.close();
        echo.close();
        echoThread.join(5000);
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        s.setSoTimeout(10_000);
        clients.add(s);
        return s;
    }

    private static String roundTrip(Socket s, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        s.getOutputStream().write(bytes);
        s.getOutputStream().flush();
        return new String(s.getInputStream().readNBytes(bytes.length), StandardCharsets.UTF_8);
    }

    @Test
    void forwardsBothWays() throws IOException {
        Socket s = connect();
        assertThat(roundTrip(s, "hello")).isEqualTo("hello");
        assertThat(roundTrip(s, "x".repeat(100_000))).hasSize(100_000);
        assertThat(proxy.acceptedConnections()).isEqualTo(1);
        assertThat(proxy.openConnections()).isEqualTo(1);
        assertThat(proxy.url("https")).isEqualTo("https://127.0.0.1:" + proxy.port());
    }

    @Test
    void cutEndsOpenConnectionsAndNewOnesStillWork() throws IOException {
        Socket s = connect();
        assertThat(roundTrip(s, "a")).isEqualTo("a");
        assertThat(proxy.cutAll()).isEqualTo(1);
        int read;
        try {
            read = s.getInputStream().read();
        } catch (SocketException e) {
            read = -1; // a reset is also an end
        }
        assertThat(read).isEqualTo(-1);
        assertThat(roundTrip(connect(), "b")).isEqualTo("b");
        assertThat(proxy.cutConnections()).isEqualTo(1);
    }

    @Test
    void resetAbortsWithAnRst() throws IOException {
        Socket s = connect();
        assertThat(roundTrip(s, "a")).isEqualTo("a");
        proxy.resetAll();
        assertThatThrownBy(() -> {
            s.getOutputStream().write(new byte[1]);
            s.getInputStream().read();
            s.getOutputStream().write(new byte[1]);
            s.getInputStream().read();
        }).isInstanceOf(SocketException.class);
    }

    @Test
    void stallHoldsBytesBackUntilResume() throws IOException {
        Socket s = connect();
        assertThat(roundTrip(s, "a")).isEqualTo("a");
        proxy.stall();
        assertThat(proxy.isStalled()).isTrue();
        s.getOutputStream().write("held".getBytes(StandardCharsets.UTF_8));
        s.setSoTimeout((int) Duration.ofMillis(300).toMillis());
        assertThatThrownBy(() -> s.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
        proxy.resume();
        s.setSoTimeout(10_000);
        assertThat(new String(s.getInputStream().readNBytes(4), StandardCharsets.UTF_8)).isEqualTo("held");
    }

    @Test
    void closeEndsEveryThread() throws Exception {
        assertThat(roundTrip(connect(), "a")).isEqualTo("a");
        proxy.stall();
        connect();
        proxy.close();
        proxy.close();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.isAlive() && t.getName().startsWith("faultproxy-"));
    }
}
