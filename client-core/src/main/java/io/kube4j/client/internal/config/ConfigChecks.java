package io.kube4j.client.internal.config;

import io.kube4j.client.Config;
import io.kube4j.client.ConfigException;
import io.kube4j.client.internal.tls.Certificates;
import io.kube4j.client.internal.tls.PemException;
import io.kube4j.client.internal.tls.PrivateKeys;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Validation shared by {@code Config.Builder} and the kubeconfig loader. Each check takes the label to put
 * in front of its message (a builder property, or {@code kubeconfig <file>: users[x].client-key-data}).
 */
public final class ConfigChecks {
    private ConfigChecks() {
    }

    /** Adds a scheme when missing (https when TLS settings exist, as client-go does), drops trailing slashes. */
    public static String normalizeServer(String server, boolean tls) {
        return normalizeServer(server, tls, "server");
    }

    static String normalizeServer(String server, boolean tls, String label) {
        if (server == null || server.isBlank()) {
            throw new ConfigException(label + ": not set");
        }
        String s = server.strip();
        if (!s.contains("://")) {
            s = (tls ? "https://" : "http://") + s;
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new ConfigException(label + ": not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new ConfigException(label + ": unsupported scheme \"" + uri.getScheme() + "\" (expected https or http)");
        }
        if (uri.getRawUserInfo() != null) {
            throw new ConfigException(label + ": must not contain user info; set username/password instead");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new ConfigException(label + ": no host in " + redactUserInfo(s));
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new ConfigException(label + ": must not contain a query or fragment: " + redactUserInfo(s));
        }
        s = scheme + s.substring(s.indexOf("://"));
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** CA, insecure flag and client certificate/key consistency. */
    public static void checkTls(byte[] ca, boolean insecure, byte[] cert, byte[] key) {
        checkCa(ca, "caCertData");
        if (insecure && ca != null) {
            throw new ConfigException("insecureSkipTlsVerify: cannot be combined with caCertData "
                    + "(a CA is pointless when the server certificate is not verified)");
        }
        checkClientCert(cert, key, "", "clientCertData", "clientKeyData");
    }

    /** Parses {@code pem} as CA certificates; no-op for null. */
    public static List<X509Certificate> checkCa(byte[] pem, String label) {
        if (pem == null) {
            return List.of();
        }
        try {
            return Certificates.parse(pem);
        } catch (PemException e) {
            throw new ConfigException(label + ": " + e.getMessage());
        }
    }

    /**
     * Both or neither; the certificate parses, the key parses and belongs to the certificate. Messages read
     * {@code <prefix><field>: <problem>}.
     */
    public static void checkClientCert(byte[] cert, byte[] key, String prefix, String certField, String keyField) {
        if (cert == null && key == null) {
            return;
        }
        if (cert == null) {
            throw new ConfigException(prefix + certField + ": not set, but " + keyField + " is (both are needed)");
        }
        if (key == null) {
            throw new ConfigException(prefix + keyField + ": not set, but " + certField + " is (both are needed)");
        }
        List<X509Certificate> chain;
        try {
            chain = Certificates.parse(cert);
        } catch (PemException e) {
            throw new ConfigException(prefix + certField + ": " + e.getMessage());
        }
        PrivateKey privateKey;
        try {
            privateKey = PrivateKeys.parse(key);
            Certificates.checkKeyMatches(privateKey, chain.get(0));
        } catch (PemException e) {
            throw new ConfigException(prefix + keyField + ": " + e.getMessage());
        }
    }

    /** One of token or basic auth; impersonation extras need a user (client-go's rules). */
    public static void checkAuth(boolean hasToken, String username, String password, String impersonateUser,
            String impersonateUid, boolean impersonateGroupsOrExtra) {
        if (hasToken && (username != null || password != null)) {
            throw new ConfigException("token/tokenFile and username/password are both set; only one authentication method is allowed");
        }
        if ((impersonateUser == null || impersonateUser.isEmpty())
                && ((impersonateUid != null && !impersonateUid.isEmpty()) || impersonateGroupsOrExtra)) {
            throw new ConfigException("impersonateUid/impersonateGroups/impersonateExtra are set without impersonateUser");
        }
    }

    /** http, https or socks5 with a host; the message never repeats a password. */
    public static void checkProxyUrl(String proxyUrl, String label) {
        if (proxyUrl == null) {
            return;
        }
        URI uri;
        try {
            uri = new URI(proxyUrl.strip());
        } catch (URISyntaxException e) {
            throw new ConfigException(label + ": not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("socks5")) {
            throw new ConfigException(label + ": unsupported scheme \"" + uri.getScheme()
                    + "\" in " + redactUserInfo(proxyUrl) + " (expected http, https or socks5)");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new ConfigException(label + ": no host in " + redactUserInfo(proxyUrl));
        }
        if (scheme.equals("socks5") && uri.getRawUserInfo() != null) {
            throw new ConfigException(label + ": SOCKS5 proxy authentication is not supported");
        }
    }

    public static void checkLimits(Duration connectTimeout, Duration requestTimeout, float qps, int burst, int maxRetries) {
        if (connectTimeout == null || connectTimeout.isNegative()) {
            throw new ConfigException("connectTimeout: must be zero (none) or positive");
        }
        if (requestTimeout == null || requestTimeout.isNegative()) {
            throw new ConfigException("requestTimeout: must be zero (none) or positive");
        }
        if (Float.isNaN(qps) || Float.isInfinite(qps)) {
            throw new ConfigException("qps: must be a finite number (zero or less disables rate limiting)");
        }
        if (qps > 0 && burst < 1) {
            throw new ConfigException("burst: must be at least 1 when qps is positive");
        }
        if (maxRetries < 0) {
            throw new ConfigException("maxRetries: must not be negative");
        }
    }

    /** {@code http://user:pass@host} → {@code http://<redacted>@host}. */
    public static String redactUserInfo(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        int at = url.lastIndexOf('@');
        int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (at < 0 || (slash >= 0 && at > slash)) {
            return url;
        }
        return (scheme < 0 ? "" : url.substring(0, scheme + 3)) + "<redacted>" + url.substring(at);
    }

    /** {@code Config.toString()}: what is configured, with every credential reduced to its kind. */
    public static String describe(Config c) {
        StringBuilder sb = new StringBuilder("Config{server=").append(c.server());
        if (c.contextName() != null) {
            sb.append(", context=").append(c.contextName());
        }
        sb.append(", namespace=").append(c.namespace()).append(", auth=").append(authSummary(c));
        byte[] ca = c.caCertData();
        if (ca != null) {
            sb.append(", caCertData=<").append(ca.length).append(" bytes>");
        }
        if (c.insecureSkipTlsVerify()) {
            sb.append(", insecureSkipTlsVerify=true");
        }
        if (c.tlsServerName() != null) {
            sb.append(", tlsServerName=").append(c.tlsServerName());
        }
        if (c.proxyUrl() != null) {
            sb.append(", proxyUrl=").append(redactUserInfo(c.proxyUrl()));
        }
        if (c.httpsProxy() != null || c.httpProxy() != null) {
            sb.append(", httpsProxy=").append(redactUserInfo(c.httpsProxy()))
                    .append(", httpProxy=").append(redactUserInfo(c.httpProxy()))
                    .append(", noProxy=").append(c.noProxy());
        }
        if (c.impersonateUser() != null) {
            sb.append(", impersonateUser=").append(c.impersonateUser());
        }
        return sb.append(", connectTimeout=").append(c.connectTimeout()).append(", requestTimeout=").append(c.requestTimeout())
                .append(", qps=").append(c.qps()).append(", burst=").append(c.burst()).append(", maxRetries=")
                .append(c.maxRetries()).append('}').toString();
    }

    private static String authSummary(Config c) {
        List<String> kinds = new ArrayList<>();
        if (c.clientCertData() != null) {
            kinds.add("clientCertificate");
        }
        if (c.tokenFile() != null) {
            kinds.add("tokenFile(" + c.tokenFile() + ")");
        } else if (c.token() != null) {
            kinds.add("token(<redacted>)");
        }
        if (c.username() != null || c.password() != null) {
            kinds.add("basic(username=" + c.username() + ", password=<redacted>)");
        }
        if (c.exec() != null) {
            kinds.add("exec(" + c.exec().command() + ")");
        }
        return kinds.isEmpty() ? "none" : String.join("+", kinds);
    }
}
