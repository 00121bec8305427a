package io.kube4j.client.internal.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * Presents one client certificate that can be swapped at run time (exec plugins hand out short-lived
 * certificates). New handshakes use the new material; the owner evicts pooled connections so that
 * the old certificate stops being used. The server's list of acceptable issuers is ignored, as Go does.
 */
public final class ReloadableKeyManager extends X509ExtendedKeyManager {
    private record Material(String alias, PrivateKey key, X509Certificate[] chain) {
    }

    private volatile Material current;
    private volatile Material previous;
    private long generation;

    /** A key manager with no certificate yet; handshakes send none until {@link #update} is called. */
    public ReloadableKeyManager() {
    }

    /** A key manager presenting {@code chain} with {@code key}. */
    public ReloadableKeyManager(PrivateKey key, List<X509Certificate> chain) {
        update(key, chain);
    }

    /** Replaces the presented certificate. */
    public synchronized void update(PrivateKey key, List<X509Certificate> chain) {
        generation++;
        previous = current;
        current = new Material("kube4j-client-" + generation, key, chain.toArray(new X509Certificate[0]));
    }

    /** True when a certificate is present. */
    public boolean hasCertificate() {
        return current != null;
    }

    private Material byAlias(String alias) {
        Material c = current;
        if (c != null && c.alias().equals(alias)) {
            return c;
        }
        Material p = previous;
        // A handshake may have chosen the alias just before a swap; let it finish with the old material.
        return p != null && p.alias().equals(alias) ? p : null;
    }

    private String aliasFor(String[] keyTypes) {
        Material c = current;
        if (c == null || keyTypes == null) {
            return null;
        }
        String algorithm = c.key().getAlgorithm();
        for (String keyType : keyTypes) {
            if (keyType != null && (keyType.equalsIgnoreCase(algorithm) || keyType.startsWith(algorithm + "_")
                    || (algorithm.startsWith("Ed") && keyType.equalsIgnoreCase("EdDSA")))) {
                return c.alias();
            }
        }
        return null;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        String alias = aliasFor(new String[] {keyType});
        return alias == null ? null : new String[] {alias};
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
        return aliasFor(keyTypes);
    }

    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
        return aliasFor(keyTypes);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        Material m = byAlias(alias);
        return m == null ? null : m.chain().clone();
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        Material m = byAlias(alias);
        return m == null ? null : m.key();
    }
}
