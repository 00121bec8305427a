package io.kube4j.client.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.client.Config;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

class TlsMaterialTest {
    @Test
    void tlsServerNameIsSentAsSni() throws IOException {
        TlsMaterial tls = TlsMaterial.from(Config.builder().server("https://10.0.0.1").insecureSkipTlsVerify(true)
                .tlsServerName("kubernetes.default.svc").build());
        try (SSLSocket s = (SSLSocket) tls.socketFactory().createSocket()) {
            assertThat(s.getSSLParameters().getServerNames()).containsExactly(new SNIHostName("kubernetes.default.svc"));
        }
        TlsMaterial ipName = TlsMaterial.from(Config.builder().server("https://kube.example").insecureSkipTlsVerify(true)
                .tlsServerName("10.0.0.1").build());
        try (SSLSocket s = (SSLSocket) ipName.socketFactory().createSocket()) {
            assertThat(s.getSSLParameters().getServerNames()).as("IP literals are not sent as SNI").isEmpty();
        }
    }

    @Test
    void verifierChoiceFollowsTheConfig() {
        byte[] ca = TestPki.ca("ca").certPem().getBytes(StandardCharsets.US_ASCII);
        assertThat(TlsMaterial.from(Config.builder().server("https://k").caCertData(ca).build()).hostnameVerifier())
                .as("HTTP client default").isNull();
        assertThat(TlsMaterial.from(Config.builder().server("https://k").tlsServerName("n").build()).hostnameVerifier())
                .isInstanceOf(ServerNameVerifier.class);
        assertThat(TlsMaterial.from(Config.builder().server("https://k").insecureSkipTlsVerify(true).build())
                .hostnameVerifier().verify("anything", null)).isTrue();
        assertThat(TlsMaterial.from(Config.builder().server("https://k").build()).trustManager().getAcceptedIssuers())
                .as("JDK trust store").isNotEmpty();
    }

    @Test
    void keyManagerPresentsTheConfiguredCertificateAndCanBeSwapped() {
        TestPki.Issued ca = TestPki.ca("ca");
        KeyPair rsa = TestPki.rsa();
        TestPki.Issued rsaCert = TestPki.issue(ca, "rsa", rsa, List.of(), List.of());
        TlsMaterial tls = TlsMaterial.from(Config.builder().server("https://k")
                .clientCertData(rsaCert.certPem().getBytes(StandardCharsets.US_ASCII))
                .clientKeyData(TestPki.pkcs1Pem(rsa.getPrivate()).getBytes(StandardCharsets.US_ASCII)).build());
        ReloadableKeyManager km = tls.keyManager();

        String alias = km.chooseClientAlias(new String[] {"EC", "RSA"}, null, null);
        assertThat(km.getCertificateChain(alias)).containsExactly(rsaCert.cert());
        assertThat(km.getPrivateKey(alias).getAlgorithm()).isEqualTo("RSA");

        KeyPair ec = TestPki.ec("secp256r1");
        TestPki.Issued ecCert = TestPki.issue(ca, "ec", ec, List.of(), List.of());
        km.update(ec.getPrivate(), List.of(ecCert.cert()));
        assertThat(km.chooseClientAlias(new String[] {"RSA"}, null, null)).isNull();
        String next = km.chooseEngineClientAlias(new String[] {"EC"}, null, null);
        assertThat(km.getCertificateChain(next)).containsExactly(ecCert.cert());
        assertThat(km.getCertificateChain(alias)).as("a handshake in flight keeps its material")
                .containsExactly(rsaCert.cert());
        assertThat(km.getServerAliases("EC", null)).isNull();
    }
}
