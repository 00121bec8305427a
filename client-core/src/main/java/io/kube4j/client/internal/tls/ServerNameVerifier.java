package io.kube4j.client.internal.tls;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/** Verifies the server certificate against {@code tls-server-name} instead of the URL's host (client-go's rule). */
final class ServerNameVerifier implements HostnameVerifier {
    private final String serverName;

    ServerNameVerifier(String serverName) {
        this.serverName = serverName;
    }

    @Override
    public boolean verify(String urlHost, SSLSession session) {
        try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate
                    && HostnameMatcher.matches(serverName, (X509Certificate) chain[0]);
        } catch (SSLPeerUnverifiedException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "ServerNameVerifier{" + serverName + "}";
    }
}
