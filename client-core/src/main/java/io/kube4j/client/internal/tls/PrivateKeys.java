package io.kube4j.client.internal.tls;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.List;
import java.util.Map;

/**
 * Reads PEM private keys with the JDK alone: PKCS#8 ({@code PRIVATE KEY}: RSA, RSASSA-PSS, EC, Ed25519,
 * Ed448), PKCS#1 ({@code RSA PRIVATE KEY}) and SEC1 ({@code EC PRIVATE KEY}, curve taken from the key or
 * from an {@code EC PARAMETERS} block). Like Go's {@code tls.X509KeyPair}, the format is recognised from
 * the DER structure, not the block label, so mislabelled keys still load. Encrypted keys are rejected.
 */
public final class PrivateKeys {
    static final String NOT_A_KEY = "not a PEM private key (expected PKCS#1, PKCS#8 or SEC1)";

    private static final String OID_RSA = "1.2.840.113549.1.1.1";
    private static final String OID_RSA_PSS = "1.2.840.113549.1.1.10";
    private static final String OID_EC = "1.2.840.10045.2.1";
    private static final String OID_ED25519 = "1.3.101.112";
    private static final String OID_ED448 = "1.3.101.113";
    private static final Map<String, String> CURVES = Map.of(
            "1.2.840.10045.3.1.7", "secp256r1",
            "1.3.132.0.34", "secp384r1",
            "1.3.132.0.35", "secp521r1");

    private PrivateKeys() {
    }

    /** Parses the first private key in {@code pem}. */
    public static PrivateKey parse(byte[] pem) throws PemException {
        List<Pem.Block> blocks = Pem.decode(pem);
        String curveOid = null;
        Pem.Block key = null;
        for (Pem.Block b : blocks) {
            if (b.type().equals("EC PARAMETERS")) {
                curveOid = namedCurve(new DerReader(b.der()).read());
            } else if (b.type().equals("ENCRYPTED PRIVATE KEY") || (b.type().endsWith("PRIVATE KEY") && b.encrypted())) {
                throw new PemException("the private key is encrypted; decrypt it first (kubeconfig keys must not have a passphrase)");
            } else if (key == null && (b.type().equals("PRIVATE KEY") || b.type().endsWith(" PRIVATE KEY"))) {
                key = b;
            }
        }
        if (key == null) {
            throw new PemException(NOT_A_KEY);
        }
        if (key.type().equals("OPENSSH PRIVATE KEY") || key.type().equals("DSA PRIVATE KEY")) {
            throw new PemException("unsupported key type " + key.type() + " (expected PKCS#1, PKCS#8 or SEC1)");
        }
        return fromDer(key.der(), curveOid);
    }

    private static PrivateKey fromDer(byte[] der, String curveHint) throws PemException {
        DerReader top = new DerReader(der).sequence();
        BigInteger version = top.read().integer();
        switch (top.peekTag()) {
            case DerReader.SEQUENCE:
                return pkcs8(der, top);
            case DerReader.INTEGER:
                return pkcs1(version, top);
            case DerReader.OCTET_STRING:
                return sec1(version, top, curveHint);
            default:
                throw new PemException(NOT_A_KEY);
        }
    }

    private static PrivateKey pkcs8(byte[] der, DerReader top) throws PemException {
        DerReader algId = top.sequence();
        String oid = algId.read().oid();
        String algorithm;
        switch (oid) {
            case OID_RSA:
                algorithm = "RSA";
                break;
            case OID_RSA_PSS:
                algorithm = "RSASSA-PSS";
                break;
            case OID_EC:
                curveName(algId.hasMore() ? namedCurve(algId.read()) : null);
                algorithm = "EC";
                break;
            case OID_ED25519:
                algorithm = "Ed25519";
                break;
            case OID_ED448:
                algorithm = "Ed448";
                break;
            default:
                throw new PemException("unsupported private key algorithm " + oid + " (expected RSA, EC or Ed25519)");
        }
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new PemException("invalid PKCS#8 " + algorithm + " private key");
        }
    }

    private static PrivateKey pkcs1(BigInteger version, DerReader seq) throws PemException {
        if (version.signum() != 0) {
            throw new PemException("unsupported PKCS#1 RSA key version " + version + " (multi-prime keys are not supported)");
        }
        BigInteger n = seq.read().integer();
        BigInteger e = seq.read().integer();
        BigInteger d = seq.read().integer();
        BigInteger p = seq.read().integer();
        BigInteger q = seq.read().integer();
        BigInteger dp = seq.read().integer();
        BigInteger dq = seq.read().integer();
        BigInteger qinv = seq.read().integer();
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(n, e, d, p, q, dp, dq, qinv));
        } catch (GeneralSecurityException ex) {
            throw new PemException("invalid PKCS#1 RSA private key");
        }
    }

    private static PrivateKey sec1(BigInteger version, DerReader seq, String curveHint) throws PemException {
        if (!version.equals(BigInteger.ONE)) {
            throw new PemException("unsupported SEC1 EC key version " + version);
        }
        byte[] secret = seq.read().octets();
        String curveOid = curveHint;
        while (seq.hasMore()) {
            DerReader.Element e = seq.read();
            if (e.tag() == DerReader.CONTEXT_0) {
                curveOid = namedCurve(e.contents().read());
            }
        }
        if (curveOid == null) {
            throw new PemException("the EC private key names no curve and no EC PARAMETERS block is present");
        }
        String curve = curveName(curveOid);
        try {
            AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
            params.init(new ECGenParameterSpec(curve));
            ECParameterSpec spec = params.getParameterSpec(ECParameterSpec.class);
            return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(new BigInteger(1, secret), spec));
        } catch (GeneralSecurityException ex) {
            throw new PemException("invalid SEC1 EC private key");
        }
    }

    private static String namedCurve(DerReader.Element params) throws PemException {
        if (params.tag() != DerReader.OID) {
            throw new PemException("explicit EC curve parameters are not supported; use a named curve (P-256, P-384, P-521)");
        }
        return params.oid();
    }

    private static String curveName(String oid) throws PemException {
        String name = oid == null ? null : CURVES.get(oid);
        if (name == null) {
            throw new PemException("unsupported EC curve " + oid + " (supported: P-256, P-384, P-521)");
        }
        return name;
    }
}
