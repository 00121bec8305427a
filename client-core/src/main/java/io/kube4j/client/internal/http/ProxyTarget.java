package io.kube4j.client.internal.http;

import io.kube4j.client.internal.config.ConfigChecks;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Locale;

/** A parsed proxy URL ({@code http}, {@code https} or {@code socks5}, Go's default ports) with optional credentials. */
record ProxyTarget(String scheme, String host, int port, String username, String password) {
    static ProxyTarget parse(String url) {
        URI uri = URI.create(url.strip());
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        if (port < 0) {
            port = switch (scheme) {
                case "https" -> 443;
                case "socks5" -> 1080;
                default -> 80;
            };
        }
        String user = null;
        String pass = null;
        String info = uri.getUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            user = colon < 0 ? info : info.substring(0, colon);
            pass = colon < 0 ? "" : info.substring(colon + 1);
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new ProxyTarget(scheme, host, port, user, pass);
    }

    boolean tls() {
        return scheme.equals("https");
    }

    /** The JDK proxy; HTTP type for https proxies too (TLS to the proxy is added by {@link TlsProxySocketFactory}). */
    Proxy proxy() {
        Proxy.Type type = scheme.equals("socks5") ? Proxy.Type.SOCKS : Proxy.Type.HTTP;
        return new Proxy(type, InetSocketAddress.createUnresolved(host, port));
    }

    boolean hasCredentials() {
        return username != null;
    }

    boolean isAt(InetSocketAddress address) {
        return address != null && address.getPort() == port && host.equalsIgnoreCase(address.getHostString());
    }

    @Override
    public String toString() {
        return ConfigChecks.redactUserInfo(scheme + "://" + (username != null ? "x@" : "") + host + ":" + port);
    }
}
