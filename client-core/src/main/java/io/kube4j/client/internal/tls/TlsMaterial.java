package io.kube4j.client.internal.tls;

import io.kube4j.client.Config;
import io.kube4j.client.ConfigException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS pieces an HTTP client needs for one {@link Config}: trust (the CA data, the JDK defaults, or
 * nothing when {@code insecureSkipTlsVerify}), a client-certificate key manager that can be swapped later
 * (exec plugins), SNI and hostname verification against {@code tlsServerName} when set.
 *
 * @param socketFactory for connections to the API server
 * @param baseSocketFactory the same context without the SNI override, for TLS to an https proxy
 * @param hostnameVerifier null means "use the HTTP client's default (the URL host)"
 */
public record TlsMaterial(SSLSocketFactory socketFactory, SSLSocketFactory baseSocketFactory,
        X509TrustManager trustManager, HostnameVerifier hostnameVerifier, ReloadableKeyManager keyManager) {

    public static TlsMaterial from(Config config) {
        boolean insecure = config.insecureSkipTlsVerify();
        X509TrustManager trust;
        if (insecure) {
            trust = TrustManagers.trustAll();
        } else if (config.caCertData() != null) {
            trust = TrustManagers.forCertificates(parse("caCertData", () -> Certificates.parse(config.caCertData())));
        } else {
            trust = TrustManagers.system();
        }
        ReloadableKeyManager keys = new ReloadableKeyManager();
        if (config.clientCertData() != null && config.clientKeyData() != null) {
            List<X509Certificate> chain = parse("clientCertData", () -> Certificates.parse(config.clientCertData()));
            PrivateKey key = parse("clientKeyData", () -> PrivateKeys.parse(config.clientKeyData()));
            keys.update(key, chain);
        }
        SSLContext context;
        try {
            context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] {keys}, new TrustManager[] {trust}, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot create a TLS context", e);
        }
        SSLSocketFactory base = context.getSocketFactory();
        String serverName = config.tlsServerName();
        SSLSocketFactory factory = serverName == null ? base : new ServerNameSocketFactory(base, serverName);
        HostnameVerifier verifier;
        if (insecure) {
            verifier = (host, session) -> true;
        } else if (serverName != null) {
            verifier = new ServerNameVerifier(serverName);
        } else {
            verifier = null;
        }
        return new TlsMaterial(factory, base, trust, verifier, keys);
    }

    private interface PemParse<T> {
        T parse() throws PemException;
    }

    private static <T> T parse(String field, PemParse<T> p) {
        try {
            return p.parse();
        } catch (PemException e) {
            throw new ConfigException(field + ": " + e.getMessage());
        }
    }
}
