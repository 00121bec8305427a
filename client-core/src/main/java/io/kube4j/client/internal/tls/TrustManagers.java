package io.kube4j.client.internal.tls;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/** The three trust policies a kubeconfig can ask for. */
public final class TrustManagers {
    private TrustManagers() {
    }

    /** Trusts exactly the given CA certificates (not the JDK's defaults), as client-go does with a CA. */
    public static X509TrustManager forCertificates(List<X509Certificate> cas) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < cas.size(); i++) {
                store.setCertificateEntry("ca-" + i, cas.get(i));
            }
            return fromFactory(store);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a trust store from CA certificates", e);
        }
    }

    /** The JDK's default trust store. */
    public static X509TrustManager system() {
        try {
            return fromFactory(null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the JDK default trust store", e);
        }
    }

    /** Accepts any server certificate: {@code insecure-skip-tls-verify: true}. */
    public static X509TrustManager trustAll() {
        return new TrustAll();
    }

    private static X509TrustManager fromFactory(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509TrustManager) {
                return (X509TrustManager) tm;
            }
        }
        throw new IllegalStateException("the JDK trust manager factory returned no X509TrustManager");
    }

    /** Extended so that the JDK does not wrap it with its own endpoint checks. */
    private static final class TrustAll extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
