package io.kube4j.client.internal.tls;

import java.io.ByteArrayInputStream;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.util.ArrayList;
import java.util.List;

/** Reads PEM X.509 certificates and checks that a private key belongs to a certificate. */
public final class Certificates {
    private Certificates() {
    }

    /** Every {@code CERTIFICATE} block of {@code pem}, in order; other block types are skipped as Go does. */
    public static List<X509Certificate> parse(byte[] pem) throws PemException {
        List<Pem.Block> blocks = Pem.decode(pem);
        if (blocks.isEmpty()) {
            throw new PemException("no PEM data found (expected -----BEGIN CERTIFICATE-----)");
        }
        CertificateFactory factory;
        try {
            factory = CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("the JDK has no X.509 certificate factory", e);
        }
        List<X509Certificate> certs = new ArrayList<>();
        for (Pem.Block b : blocks) {
            if (!b.type().equals("CERTIFICATE")) {
                continue;
            }
            try {
                certs.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(b.der())));
            } catch (CertificateException | ClassCastException e) {
                throw new PemException("certificate #" + (certs.size() + 1) + " is not a valid X.509 certificate");
            }
        }
        if (certs.isEmpty()) {
            throw new PemException("no CERTIFICATE block found");
        }
        return certs;
    }

    /** Fails unless {@code key} is the private half of {@code cert}'s public key (Go checks this too). */
    public static void checkKeyMatches(PrivateKey key, X509Certificate cert) throws PemException {
        PublicKey pub = cert.getPublicKey();
        boolean matches;
        if (key instanceof RSAKey && pub instanceof RSAKey) {
            matches = ((RSAKey) key).getModulus().equals(((RSAKey) pub).getModulus());
        } else if (!family(key.getAlgorithm()).equals(family(pub.getAlgorithm()))) {
            matches = false;
        } else {
            matches = signsFor(key, pub);
        }
        if (!matches) {
            throw new PemException("the private key does not match the public key of the client certificate");
        }
    }

    private static String family(String algorithm) {
        return switch (algorithm) {
            case "Ed25519", "Ed448", "EdDSA" -> "EdDSA";
            case "RSASSA-PSS" -> "RSA";
            default -> algorithm;
        };
    }

    private static boolean signsFor(PrivateKey key, PublicKey pub) throws PemException {
        String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : key.getAlgorithm();
        byte[] probe = new byte[32];
        new SecureRandom().nextBytes(probe);
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(pub);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // A key of another curve or size cannot even be used with this public key.
            return false;
        }
    }
}
