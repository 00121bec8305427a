package io.kube4j.client.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificatesTest {
    @Test
    void parsesAChainInOrderAndSkipsOtherBlocks() throws Exception {
        TestPki.Issued ca = TestPki.ca("test-ca");
        TestPki.Issued leaf = TestPki.issue(ca, "leaf", TestPki.ec("secp256r1"), List.of("localhost"), List.of());
        String pem = leaf.certPem() + leaf.keyPem() + ca.certPem();

        List<X509Certificate> certs = Certificates.parse(pem.getBytes(StandardCharsets.US_ASCII));

        assertThat(certs).containsExactly(leaf.cert(), ca.cert());
    }

    @Test
    void rejectsInputWithoutCertificates() {
        assertThatThrownBy(() -> Certificates.parse("hello".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(PemException.class).hasMessageContaining("no PEM data found");
        String keyOnly = TestPki.pkcs8Pem(TestPki.ec("secp256r1").getPrivate());
        assertThatThrownBy(() -> Certificates.parse(keyOnly.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(PemException.class).hasMessageContaining("no CERTIFICATE block");
        String junk = TestPki.pem("CERTIFICATE", new byte[] {0x30, 0x03, 0x02, 0x01, 0x01});
        assertThatThrownBy(() -> Certificates.parse(junk.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(PemException.class).hasMessageContaining("certificate #1 is not a valid X.509 certificate");
    }

    @Test
    void checksThatAKeyBelongsToItsCertificate() {
        TestPki.Issued ca = TestPki.ca("test-ca");
        KeyPair rsa = TestPki.rsa();
        KeyPair ec = TestPki.ec("secp256r1");
        TestPki.Issued rsaLeaf = TestPki.issue(ca, "rsa", rsa, List.of(), List.of());
        TestPki.Issued ecLeaf = TestPki.issue(ca, "ec", ec, List.of(), List.of());

        assertThatCode(() -> Certificates.checkKeyMatches(rsa.getPrivate(), rsaLeaf.cert())).doesNotThrowAnyException();
        assertThatCode(() -> Certificates.checkKeyMatches(ec.getPrivate(), ecLeaf.cert())).doesNotThrowAnyException();
        assertThatThrownBy(() -> Certificates.checkKeyMatches(TestPki.rsa().getPrivate(), rsaLeaf.cert()))
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> Certificates.checkKeyMatches(TestPki.ec("secp256r1").getPrivate(), ecLeaf.cert()))
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> Certificates.checkKeyMatches(ec.getPrivate(), rsaLeaf.cert()))
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> Certificates.checkKeyMatches(TestPki.ec("secp384r1").getPrivate(), ecLeaf.cert()))
                .hasMessageContaining("does not match");
    }
}
