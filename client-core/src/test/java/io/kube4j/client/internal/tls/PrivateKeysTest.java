package io.kube4j.client.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PrivateKeysTest {
    static final String P256 = "1.2.840.10045.3.1.7";
    static final String P384 = "1.3.132.0.34";
    static final String P521 = "1.3.132.0.35";

    static Stream<Arguments> generatedKeys() {
        KeyPair rsa = TestPki.rsa();
        KeyPair p256 = TestPki.ec("secp256r1");
        KeyPair p384 = TestPki.ec("secp384r1");
        KeyPair p521 = TestPki.ec("secp521r1");
        return Stream.of(
                Arguments.of("RSA PKCS#8", rsa, TestPki.pkcs8Pem(rsa.getPrivate())),
                Arguments.of("RSA PKCS#1", rsa, TestPki.pkcs1Pem(rsa.getPrivate())),
                Arguments.of("EC P-256 PKCS#8", p256, TestPki.pkcs8Pem(p256.getPrivate())),
                Arguments.of("EC P-256 SEC1", p256, TestPki.sec1Pem(p256, P256, true)),
                Arguments.of("EC P-256 SEC1, curve in EC PARAMETERS", p256,
                        TestPki.ecParametersPem(P256) + TestPki.sec1Pem(p256, P256, false)),
                Arguments.of("EC P-384 SEC1", p384, TestPki.sec1Pem(p384, P384, true)),
                Arguments.of("EC P-384 PKCS#8", p384, TestPki.pkcs8Pem(p384.getPrivate())),
                Arguments.of("EC P-521 SEC1", p521, TestPki.sec1Pem(p521, P521, true)),
                Arguments.of("EC P-521 PKCS#8", p521, TestPki.pkcs8Pem(p521.getPrivate())),
                Arguments.of("PKCS#8 under an RSA PRIVATE KEY label", rsa,
                        TestPki.pkcs8Pem(rsa.getPrivate()).replace("PRIVATE KEY", "RSA PRIVATE KEY")),
                Arguments.of("text around the block", rsa, "subject=CN=x\n" + TestPki.pkcs8Pem(rsa.getPrivate()) + "trailer\n"),
                Arguments.of("CRLF line ends", p256, TestPki.sec1Pem(p256, P256, true).replace("\n", "\r\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generatedKeys")
    void parsesKeysThatSignForTheirPublicKey(String name, KeyPair pair, String pem) throws Exception {
        PrivateKey key = PrivateKeys.parse(pem.getBytes(StandardCharsets.US_ASCII));

        assertThat(key.getAlgorithm()).isEqualTo(pair.getPrivate().getAlgorithm());
        assertSignsFor(key, pair);
        if (key instanceof ECPrivateKey) {
            assertThat(((ECPrivateKey) key).getS()).isEqualTo(((ECPrivateKey) pair.getPrivate()).getS());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "rsa-pkcs1.key, RSA",
        "rsa-pkcs8.key, RSA",
        "ec-p256-sec1-with-params-block.key, EC",
        "ec-p256-sec1.key, EC",
        "ec-p384-sec1.key, EC",
        "ec-p384-pkcs8.key, EC",
        "ec-p521-sec1.key, EC",
        "ed25519-pkcs8.key, EdDSA",
    })
    void parsesKeysWrittenByOpenssl(String file, String algorithm) throws Exception {
        assertThat(PrivateKeys.parse(fixture(file)).getAlgorithm()).isEqualTo(algorithm);
    }

    @Test
    void opensslKeysMatchTheirCertificates() throws Exception {
        Certificates.checkKeyMatches(PrivateKeys.parse(fixture("rsa-pkcs1.key")), Certificates.parse(fixture("rsa.crt")).get(0));
        Certificates.checkKeyMatches(PrivateKeys.parse(fixture("rsa-pkcs8.key")), Certificates.parse(fixture("rsa.crt")).get(0));
        Certificates.checkKeyMatches(PrivateKeys.parse(fixture("ec-p256-sec1.key")), Certificates.parse(fixture("ec-p256.crt")).get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rsa-pkcs1-encrypted.key | encrypted",
        "rsa-pkcs8-encrypted.key | encrypted",
        "ec-p256-explicit-params.key | explicit EC curve parameters are not supported",
        "ec-secp256k1-sec1.key | unsupported EC curve 1.3.132.0.10",
        "rsa.crt | not a PEM private key (expected PKCS#1, PKCS#8 or SEC1)",
    })
    void rejectsUnusableOpensslFiles(String file, String message) throws IOException {
        assertThatThrownBy(() -> PrivateKeys.parse(fixture(file)))
                .isInstanceOf(PemException.class).hasMessageContaining(message);
    }

    static Stream<Arguments> malformed() {
        KeyPair p256 = TestPki.ec("secp256r1");
        return Stream.of(
                Arguments.of("empty", "", "not a PEM private key"),
                Arguments.of("plain text", "this is not a key", "not a PEM private key"),
                Arguments.of("no END line", "-----BEGIN PRIVATE KEY-----\nAAAA\n", "has no END line"),
                Arguments.of("bad base64", "-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----\n", "not valid base64"),
                Arguments.of("garbage DER", TestPki.pem("PRIVATE KEY", new byte[] {0x30, 0x05, 0x02, 0x01}), "malformed DER"),
                Arguments.of("not a SEQUENCE", TestPki.pem("PRIVATE KEY", new byte[] {0x02, 0x01, 0x00}), "malformed DER"),
                Arguments.of("SEC1 without any curve", TestPki.sec1Pem(p256, P256, false), "names no curve"),
                Arguments.of("OpenSSH key", TestPki.pem("OPENSSH PRIVATE KEY", new byte[] {1, 2, 3}), "unsupported key type OPENSSH"),
                Arguments.of("unknown PKCS#8 algorithm", TestPki.pem("PRIVATE KEY", DerWriter.seq(DerWriter.integer(0),
                        DerWriter.seq(DerWriter.oid("1.2.840.10040.4.1")), DerWriter.octets(new byte[4]))),
                        "unsupported private key algorithm 1.2.840.10040.4.1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejectsMalformedInputWithASpecificMessage(String name, String pem, String message) {
        assertThatThrownBy(() -> PrivateKeys.parse(pem.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(PemException.class).hasMessageContaining(message);
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = PrivateKeysTest.class.getResourceAsStream("/config/pem/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    private static void assertSignsFor(PrivateKey key, KeyPair pair) throws Exception {
        String alg = key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        Signature s = Signature.getInstance(alg);
        s.initSign(key);
        s.update(new byte[] {1, 2, 3});
        byte[] sig = s.sign();
        Signature v = Signature.getInstance(alg);
        v.initVerify(pair.getPublic());
        v.update(new byte[] {1, 2, 3});
        assertThat(v.verify(sig)).isTrue();
    }
}
