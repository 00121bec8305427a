package io.kube4j.client.internal.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.kube4j.client.Config;
import io.kube4j.client.internal.tls.TestPki;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * WireMock serving HTTPS with a certificate from a fresh test CA (names: {@code localhost},
 * {@code kubernetes.default.svc}, {@code kube.test} and optionally {@code 127.0.0.1}), optionally requiring
 * client certificates issued by {@code clientCa}.
 */
public final class HttpsServer implements AutoCloseable {
    public final TestPki.Issued ca;
    public final TestPki.Issued serverCert;
    public final WireMockServer wireMock;

    private HttpsServer(TestPki.Issued ca, TestPki.Issued serverCert, WireMockServer wireMock) {
        this.ca = ca;
        this.serverCert = serverCert;
        this.wireMock = wireMock;
    }

    public static HttpsServer start(Path dir, boolean ipSan, X509Certificate clientCa) {
        TestPki.Issued ca = TestPki.ca("server-ca");
        TestPki.Issued cert = TestPki.issue(ca, "apiserver", TestPki.ec("secp256r1"),
                List.of("localhost", "kubernetes.default.svc", "kube.test"), ipSan ? List.of("127.0.0.1") : List.of());
        Path keystore = write(dir.resolve("server-" + System.nanoTime() + ".p12"), TestPki.keyStore(cert, ca));
        WireMockConfiguration opts = options().dynamicPort().dynamicHttpsPort()
                .keystorePath(keystore.toString()).keystorePassword("password").keyManagerPassword("password")
                .keystoreType("PKCS12");
        if (clientCa != null) {
            Path truststore = write(dir.resolve("trust-" + System.nanoTime() + ".p12"), TestPki.trustStore(clientCa));
            opts.needClientAuth(true).trustStorePath(truststore.toString()).trustStorePassword("password")
                    .trustStoreType("PKCS12");
        }
        WireMockServer server = new WireMockServer(opts);
        server.start();
        return new HttpsServer(ca, cert, server);
    }

    private static Path write(Path path, KeyStore store) {
        try (OutputStream out = Files.newOutputStream(path)) {
            store.store(out, "password".toCharArray());
            return path;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String url(String host) {
        return "https://" + host + ":" + wireMock.httpsPort();
    }

    public String httpUrl() {
        return "http://localhost:" + wireMock.port();
    }

    public byte[] caPem() {
        return ca.certPem().getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code GET <server>/version} on a fresh client built from {@code config}: "code body". */
    static String getVersion(Config config, ExecutorService executor) throws IOException {
        OkHttpClient client = OkHttpClients.create(config, executor);
        try (Response r = client.newCall(new Request.Builder().url(config.server() + "/version").build()).execute()) {
            return r.code() + " " + r.body().string();
        } finally {
            client.connectionPool().evictAll();
        }
    }

    @Override
    public void close() {
        wireMock.stop();
    }

    static void writeString(Path p, String s) {
        try {
            Files.writeString(p, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
