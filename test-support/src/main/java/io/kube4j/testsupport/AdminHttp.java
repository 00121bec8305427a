package io.kube4j.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A raw HTTP client for the local test server, authenticated as cluster-admin (or with another token),
 * built on the JDK's {@link HttpClient} only. Tests use it to set up and check state independently of
 * kube4j itself.
 */
public final class AdminHttp {
    private final LocalApiServer server;
    private final String token;
    private final HttpClient http;

    public AdminHttp(LocalApiServer server) {
        this(server, server.adminToken());
    }

    /** A client that authenticates with {@code token} instead of the admin's. */
    public AdminHttp(LocalApiServer server, String token) {
        this.server = server;
        this.token = token;
        this.http = HttpClient.newBuilder()
                .sslContext(trusting(server))
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** An HTTP answer: status code and body text. */
    public record Answer(int code, String body) {
        public boolean ok() {
            return code / 100 == 2;
        }
    }

    public Answer get(String path) {
        return send("GET", path, null, null);
    }

    public Answer post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public Answer delete(String path, String json) {
        return send("DELETE", path, json, "application/json");
    }

    public Answer send(String method, String path, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.server() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + path, e);
        }
    }

    private static SSLContext trusting(LocalApiServer server) {
        try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(server.pki("ca.crt")))) {
            Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            ks.setCertificateEntry("kube4j-test-ca", ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the test CA", e);
        }
    }
}
