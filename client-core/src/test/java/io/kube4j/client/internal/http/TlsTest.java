package io.kube4j.client.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.client.Config;
import io.kube4j.client.internal.Threads;
import io.kube4j.client.internal.tls.TestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS against WireMock over HTTPS; the server certificate names localhost and kubernetes.default.svc, not 127.0.0.1. */
class TlsTest {
    @TempDir
    static Path dir;
    static HttpsServer server;
    static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(Threads.factory("test-http"));

    @BeforeAll
    static void start() {
        server = HttpsServer.start(dir, false, null);
        server.wireMock.stubFor(get(urlEqualTo("/version")).willReturn(aResponse().withStatus(200).withBody("{\"major\":\"1\"}")));
    }

    @AfterAll
    static void stop() {
        server.close();
        EXECUTOR.shutdownNow();
    }

    static String call(Config config) throws IOException {
        return HttpsServer.getVersion(config, EXECUTOR);
    }

    @Test
    void trustsTheConfiguredCa() throws IOException {
        Config c = Config.builder().server(server.url("localhost")).caCertData(server.caPem()).build();
        assertThat(call(c)).isEqualTo("200 {\"major\":\"1\"}");
    }

    @Test
    void rejectsAServerSignedByAnotherCa() {
        byte[] otherCa = TestPki.ca("other").certPem().getBytes(StandardCharsets.US_ASCII);
        Config c = Config.builder().server(server.url("localhost")).caCertData(otherCa).build();
        assertThatThrownBy(() -> call(c)).isInstanceOf(SSLException.class);
    }

    @Test
    void withoutCaDataTheJdkTrustStoreIsUsed() {
        Config c = Config.builder().server(server.url("localhost")).build();
        assertThatThrownBy(() -> call(c)).isInstanceOf(SSLException.class);
    }

    @Test
    void insecureSkipTlsVerifyAcceptsAnyCertificateAndName() throws IOException {
        Config c = Config.builder().server(server.url("127.0.0.1")).insecureSkipTlsVerify(true).build();
        assertThat(call(c)).startsWith("200");
    }

    @Test
    void theUrlHostMustMatchTheCertificate() {
        Config c = Config.builder().server(server.url("127.0.0.1")).caCertData(server.caPem()).build();
        assertThatThrownBy(() -> call(c)).isInstanceOf(SSLPeerUnverifiedException.class);
    }

    @Test
    void tlsServerNameIsVerifiedInsteadOfTheUrlHost() throws IOException {
        Config c = Config.builder().server(server.url("127.0.0.1")).caCertData(server.caPem())
                .tlsServerName("kubernetes.default.svc").build();
        assertThat(call(c)).startsWith("200");
    }

    @Test
    void aMismatchedTlsServerNameFailsEvenWhenTheUrlHostWouldMatch() {
        Config c = Config.builder().server(server.url("localhost")).caCertData(server.caPem())
                .tlsServerName("other.example").build();
        assertThatThrownBy(() -> call(c)).isInstanceOf(SSLPeerUnverifiedException.class);
    }

    @Test
    void mutualTlsWithRsaAndEcKeysInEveryPemFormat() throws IOException {
        TestPki.Issued clientCa = TestPki.ca("client-ca");
        KeyPair rsa = TestPki.rsa();
        KeyPair ec = TestPki.ec("secp256r1");
        KeyPair ec384 = TestPki.ec("secp384r1");
        TestPki.Issued rsaCert = TestPki.issue(clientCa, "rsa-user", rsa, List.of(), List.of());
        TestPki.Issued ecCert = TestPki.issue(clientCa, "ec-user", ec, List.of(), List.of());
        TestPki.Issued ec384Cert = TestPki.issue(clientCa, "ec384-user", ec384, List.of(), List.of());
        try (HttpsServer mtls = HttpsServer.start(dir, false, clientCa.cert())) {
            mtls.wireMock.stubFor(get(urlEqualTo("/version")).willReturn(aResponse().withStatus(200).withBody("ok")));
            Config.Builder base = Config.builder().server(mtls.url("localhost")).caCertData(mtls.caPem());
            String[][] pairs = {
                {rsaCert.certPem(), TestPki.pkcs1Pem(rsa.getPrivate())},
                {rsaCert.certPem(), TestPki.pkcs8Pem(rsa.getPrivate())},
                {ecCert.certPem(), TestPki.sec1Pem(ec, "1.2.840.10045.3.1.7", true)},
                {ecCert.certPem(), TestPki.pkcs8Pem(ec.getPrivate())},
                {ec384Cert.certPem(), TestPki.sec1Pem(ec384, "1.3.132.0.34", true)},
            };
            for (String[] pair : pairs) {
                Config c = base.clientCertData(bytes(pair[0])).clientKeyData(bytes(pair[1])).build();
                assertThat(call(c)).isEqualTo("200 ok");
            }
            Config anonymous = Config.builder().server(mtls.url("localhost")).caCertData(mtls.caPem()).build();
            assertThatThrownBy(() -> call(anonymous)).isInstanceOf(IOException.class);
            TestPki.Issued stranger = TestPki.issue(TestPki.ca("stranger-ca"), "x", ec, List.of(), List.of());
            Config untrusted = base.clientCertData(bytes(stranger.certPem())).clientKeyData(bytes(ecCert.keyPem())).build();
            assertThatThrownBy(() -> call(untrusted)).isInstanceOf(IOException.class);
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
