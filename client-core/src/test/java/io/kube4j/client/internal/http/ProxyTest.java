package io.kube4j.client.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.client.Config;
import io.kube4j.client.internal.Threads;
import java.io.IOException;
import java.net.Proxy;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProxyTest {
    @TempDir
    static Path dir;
    static HttpsServer server;
    static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(Threads.factory("test-http"));

    @BeforeAll
    static void start() {
        server = HttpsServer.start(dir, true, null);
        server.wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    @AfterAll
    static void stop() {
        server.close();
        EXECUTOR.shutdownNow();
    }

    /** The API server as {@code https://kube.test:<port>}: only a proxy that maps the name can reach it. */
    static Config.Builder viaName() {
        return Config.builder().server("https://kube.test:" + server.wireMock.httpsPort()).caCertData(server.caPem())
                .token("t");
    }

    static String call(Config config) throws IOException {
        return HttpsServer.getVersion(config, EXECUTOR);
    }

    @Test
    void anHttpsProxyUrlIsReachedOverTlsWithBasicProxyCredentials() throws Exception {
        try (ConnectProxy proxy = ConnectProxy.tls(server.ca)) {
            Config c = viaName().proxyUrl("https://user:p%40ss@localhost:" + proxy.port()).build();

            assertThat(call(c)).isEqualTo("200 ok");
            String connect = "CONNECT kube.test:" + server.wireMock.httpsPort() + " HTTP/1.1";
            assertThat(proxy.connects).contains(connect);
            assertThat(proxy.authorizations.get(connect)).isEqualTo("Basic dXNlcjpwQHNz");
        }
    }

    @Test
    void anHttpsProxyWithAnUntrustedCertificateIsRefused() throws Exception {
        try (ConnectProxy proxy = ConnectProxy.tls(io.kube4j.client.internal.tls.TestPki.ca("rogue"))) {
            Config c = viaName().proxyUrl("https://localhost:" + proxy.port()).build();
            assertThatThrownBy(() -> call(c)).isInstanceOf(IOException.class);
            assertThat(proxy.connects).isEmpty();
        }
    }

    @Test
    void aPlainHttpProxyUrlTunnelsTls() throws Exception {
        try (ConnectProxy proxy = ConnectProxy.plain()) {
            assertThat(call(viaName().proxyUrl("http://localhost:" + proxy.port()).build())).isEqualTo("200 ok");
            assertThat(proxy.connects).containsExactly("CONNECT kube.test:" + server.wireMock.httpsPort() + " HTTP/1.1");
        }
    }

    @Test
    void environmentProxiesHonourNoProxy() throws Exception {
        try (ConnectProxy proxy = ConnectProxy.plain()) {
            String url = "http://localhost:" + proxy.port();
            assertThat(call(viaName().httpsProxy(url).noProxy("example.com").build())).isEqualTo("200 ok");
            assertThat(proxy.connects).hasSize(1);

            for (String noProxy : List.of(".test", "kube.test", "*")) {
                Config direct = viaName().httpsProxy(url).noProxy(noProxy).build();
                assertThatThrownBy(() -> call(direct)).as(noProxy).isInstanceOf(UnknownHostException.class);
            }
            Config httpOnly = viaName().httpProxy(url).build();
            assertThatThrownBy(() -> call(httpOnly)).as("HTTP_PROXY is not used for https").isInstanceOf(UnknownHostException.class);
            assertThat(proxy.connects).hasSize(1);
        }
    }

    @Test
    void plainHttpThroughAProxyAnswersAChallengeWithBasicCredentials() throws IOException {
        var wm = server.wireMock;
        wm.resetAll();
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"corp\"")));
        wm.stubFor(any(anyUrl()).withHeader("Proxy-Authorization", equalTo("Basic YWxpY2U6czNjcmV0"))
                .willReturn(aResponse().withStatus(200).withBody("proxied")));
        try {
            Config c = Config.builder().server("http://target.test:8080").token("never-sent")
                    .proxyUrl("http://alice:s3cret@localhost:" + wm.port()).build();
            assertThat(call(c)).isEqualTo("200 proxied");
            wm.verify(getRequestedFor(urlEqualTo("/version")).withHeader("Host", equalTo("target.test:8080"))
                    .withHeader("Authorization", absent()));
        } finally {
            wm.resetAll();
            wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("ok")));
        }
    }

    @Test
    void proxyKinds() {
        assertThat(OkHttpClients.create(Config.builder().server("https://k").build(), EXECUTOR).proxy())
                .as("no JVM-wide proxy selector").isEqualTo(Proxy.NO_PROXY);
        assertThat(OkHttpClients.create(Config.builder().server("https://k").proxyUrl("socks5://s:1080").build(), EXECUTOR)
                .proxy().type()).isEqualTo(Proxy.Type.SOCKS);
        assertThat(address(OkHttpClients.create(Config.builder().server("https://k").proxyUrl("http://p").build(), EXECUTOR)
                .proxy())).isEqualTo("p:80");
        assertThat(address(OkHttpClients.create(Config.builder().server("https://k").proxyUrl("https://p").build(), EXECUTOR)
                .proxy())).isEqualTo("p:443");
    }

    static String address(Proxy p) {
        java.net.InetSocketAddress a = (java.net.InetSocketAddress) p.address();
        return a.getHostString() + ":" + a.getPort();
    }

    @ParameterizedTest(name = "NO_PROXY={0}: {1}:{2} bypass={3}")
    @CsvSource({
        "'', localhost, 443, true",
        "'', 127.0.0.5, 443, true",
        "'', ::1, 443, true",
        "'', kube.example.com, 443, false",
        "*, kube.example.com, 443, true",
        "example.com, example.com, 443, true",
        "example.com, kube.example.com, 443, true",
        "example.com, notexample.com, 443, false",
        ".example.com, example.com, 443, false",
        ".example.com, kube.example.com, 443, true",
        "*.example.com, kube.example.com, 443, true",
        "*.example.com, example.com, 443, false",
        "'example.com:6443', kube.example.com, 6443, true",
        "'example.com:6443', kube.example.com, 443, false",
        "10.0.0.0/8, 10.1.2.3, 443, true",
        "10.0.0.0/8, 11.1.2.3, 443, false",
        "'fd00::/8', fd00::1, 443, true",
        "192.168.1.10, 192.168.1.10, 443, true",
        "192.168.1.10, 192.168.1.11, 443, false",
        "' a.com , B.COM ', b.com, 443, true",
        "'[fd00::1]:443', fd00::1, 443, true",
    })
    void noProxyFollowsGo(String noProxy, String host, int port, boolean bypass) {
        assertThat(NoProxy.parse(noProxy).bypass(host, port)).isEqualTo(bypass);
    }

    @Test
    void environmentSelectorPicksByScheme() {
        ProxyTarget http = ProxyTarget.parse("http://h:3128");
        ProxyTarget https = ProxyTarget.parse("http://s:3129");
        EnvProxySelector selector = new EnvProxySelector(http, https, NoProxy.parse("internal"));

        assertThat(address(selector.select(URI.create("https://k.example:6443/api")).get(0))).isEqualTo("s:3129");
        assertThat(address(selector.select(URI.create("http://k.example/api")).get(0))).isEqualTo("h:3128");
        assertThat(selector.select(URI.create("https://api.internal/x"))).containsExactly(Proxy.NO_PROXY);
        assertThat(new EnvProxySelector(null, https, NoProxy.parse(null)).select(URI.create("http://k/")))
                .containsExactly(Proxy.NO_PROXY);
    }
}
