package io.kube4j.client.internal.http;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/**
 * Go's {@code ProxyFromEnvironment} over values captured by {@code Config.autoDetect()}: {@code https} URLs
 * use {@code HTTPS_PROXY}, {@code http} URLs {@code HTTP_PROXY}, unless {@code NO_PROXY} (or localhost /
 * loopback) says to go direct.
 */
final class EnvProxySelector extends ProxySelector {
    private final ProxyTarget http;
    private final ProxyTarget https;
    private final NoProxy noProxy;

    EnvProxySelector(ProxyTarget http, ProxyTarget https, NoProxy noProxy) {
        this.http = http;
        this.https = https;
        this.noProxy = noProxy;
    }

    @Override
    public List<Proxy> select(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        ProxyTarget target = scheme.equalsIgnoreCase("https") ? https : scheme.equalsIgnoreCase("http") ? http : null;
        if (target == null || uri.getHost() == null) {
            return List.of(Proxy.NO_PROXY);
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equalsIgnoreCase("https") ? 443 : 80;
        if (noProxy.bypass(uri.getHost(), port)) {
            return List.of(Proxy.NO_PROXY);
        }
        return List.of(target.proxy());
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // OkHttp tracks failed routes itself.
    }
}
