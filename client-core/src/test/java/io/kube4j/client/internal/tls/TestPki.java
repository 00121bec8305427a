package io.kube4j.client.internal.tls;

import static io.kube4j.client.internal.tls.DerWriter.*;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Test-only PKI: key pairs from the JDK, X.509 certificates encoded by {@link DerWriter} and signed with JDK
 * signatures, PEM output in PKCS#8, PKCS#1 and SEC1, and PKCS#12 key stores for WireMock. Nothing here is a
 * real credential.
 */
public final class TestPki {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A certificate with its key pair. */
    public record Issued(X509Certificate cert, KeyPair keys) {
        public String certPem() {
            try {
                return pem("CERTIFICATE", cert.getEncoded());
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }

        public String keyPem() {
            return pkcs8Pem(keys.getPrivate());
        }
    }

    private TestPki() {
    }

    public static KeyPair rsa() {
        return rsa(2048);
    }

    public static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code secp256r1}, {@code secp384r1} or {@code secp521r1}. */
    public static KeyPair ec(String curve) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec(curve));
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Issued ca(String cn) {
        return ca(cn, rsa());
    }

    public static Issued ca(String cn, KeyPair keys) {
        byte[] name = name(cn);
        byte[] ext = seq(
                extension("2.5.29.19", true, seq(bool(true))),
                extension("2.5.29.15", true, keyUsage(0x86))); // digitalSignature, keyCertSign, cRLSign
        return sign(name, name, keys.getPublic().getEncoded(), ext, keys.getPrivate(), keys);
    }

    /** A leaf for TLS servers and clients, with DNS and IP subject alternative names. */
    public static Issued issue(Issued issuer, String cn, KeyPair keys, List<String> dnsNames, List<String> ips) {
        List<byte[]> sans = new ArrayList<>();
        for (String d : dnsNames) {
            sans.add(tlv(0x82, d.getBytes(StandardCharsets.US_ASCII)));
        }
        for (String ip : ips) {
            try {
                sans.add(tlv(0x87, InetAddress.getByName(ip).getAddress()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        List<byte[]> exts = new ArrayList<>();
        exts.add(extension("2.5.29.19", true, seq()));
        exts.add(extension("2.5.29.15", true, keyUsage(0xA0))); // digitalSignature, keyEncipherment
        exts.add(extension("2.5.29.37", false, seq(oid("1.3.6.1.5.5.7.3.1"), oid("1.3.6.1.5.5.7.3.2"))));
        if (!sans.isEmpty()) {
            exts.add(extension("2.5.29.17", false, seq(sans.toArray(new byte[0][]))));
        }
        return sign(name(cn), issuer.cert().getSubjectX500Principal().getEncoded(),
                keys.getPublic().getEncoded(), seq(exts.toArray(new byte[0][])), issuer.keys().getPrivate(), keys);
    }

    /** PKCS#12 store holding {@code leaf}'s key with its chain (leaf first), password {@code password}. */
    public static KeyStore keyStore(Issued leaf, Issued issuer) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("server", leaf.keys().getPrivate(), "password".toCharArray(),
                    new java.security.cert.Certificate[] {leaf.cert(), issuer.cert()});
            return ks;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** PKCS#12 store with {@code cas} as trusted certificates. */
    public static KeyStore trustStore(X509Certificate... cas) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            for (int i = 0; i < cas.length; i++) {
                ks.setCertificateEntry("ca" + i, cas[i]);
            }
            return ks;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    public static String pkcs8Pem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    /** {@code RSA PRIVATE KEY} (PKCS#1), encoded here rather than by the JDK, which cannot write it. */
    public static String pkcs1Pem(PrivateKey key) {
        RSAPrivateCrtKey k = (RSAPrivateCrtKey) key;
        return pem("RSA PRIVATE KEY", seq(integer(0), integer(k.getModulus()), integer(k.getPublicExponent()),
                integer(k.getPrivateExponent()), integer(k.getPrimeP()), integer(k.getPrimeQ()),
                integer(k.getPrimeExponentP()), integer(k.getPrimeExponentQ()), integer(k.getCrtCoefficient())));
    }

    /** {@code EC PRIVATE KEY} (SEC1); {@code withCurve=false} leaves the curve out of the key. */
    public static String sec1Pem(KeyPair pair, String curveOid, boolean withCurve) {
        ECPrivateKey k = (ECPrivateKey) pair.getPrivate();
        ECPublicKey pub = (ECPublicKey) pair.getPublic();
        int size = (k.getParams().getCurve().getField().getFieldSize() + 7) / 8;
        byte[] point = concat(new byte[] {4}, fixed(pub.getW().getAffineX(), size), fixed(pub.getW().getAffineY(), size));
        byte[] body = withCurve
                ? seq(integer(1), octets(fixed(k.getS(), size)), explicit(0, oid(curveOid)), explicit(1, bits(point)))
                : seq(integer(1), octets(fixed(k.getS(), size)), explicit(1, bits(point)));
        return pem("EC PRIVATE KEY", body);
    }

    /** {@code EC PARAMETERS} block naming a curve. */
    public static String ecParametersPem(String curveOid) {
        return pem("EC PARAMETERS", oid(curveOid));
    }

    private static byte[] fixed(BigInteger v, int size) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[size];
        int copy = Math.min(raw.length, size);
        System.arraycopy(raw, raw.length - copy, out, size - copy, copy);
        return out;
    }

    private static byte[] name(String cn) {
        return seq(set(seq(oid("2.5.4.3"), utf8(cn))));
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical ? seq(oid(oid), bool(true), octets(value)) : seq(oid(oid), octets(value));
    }

    private static byte[] keyUsage(int firstByte) {
        int unused = Integer.numberOfTrailingZeros(firstByte);
        return tlv(0x03, new byte[] {(byte) unused, (byte) firstByte});
    }

    private static Issued sign(byte[] subject, byte[] issuer, byte[] spki, byte[] extensions, PrivateKey signer, KeyPair keys) {
        boolean rsa = signer.getAlgorithm().equals("RSA");
        byte[] sigAlg = rsa ? seq(oid("1.2.840.113549.1.1.11"), nul()) : seq(oid("1.2.840.10045.4.3.2"));
        Instant now = Instant.now();
        byte[] tbs = seq(explicit(0, integer(2)), integer(new BigInteger(63, RANDOM)), sigAlg, issuer,
                seq(time(now.minus(Duration.ofHours(1))), time(now.plus(Duration.ofDays(2)))), subject, spki,
                explicit(3, extensions));
        try {
            Signature s = Signature.getInstance(rsa ? "SHA256withRSA" : "SHA256withECDSA");
            s.initSign(signer);
            s.update(tbs);
            byte[] der = seq(tbs, sigAlg, bits(s.sign()));
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            return new Issued(cert, keys);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
