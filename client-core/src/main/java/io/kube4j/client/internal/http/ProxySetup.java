package io.kube4j.client.internal.http;

import io.kube4j.client.Config;
import io.kube4j.client.internal.tls.TlsMaterial;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Applies a config's proxy: {@code proxyUrl} for every request, else the captured {@code HTTPS_PROXY} /
 * {@code HTTP_PROXY} / {@code NO_PROXY}, else explicitly none (never the JVM-wide default selector, which
 * would be ambient state). Proxy credentials in the URL become Basic {@code Proxy-Authorization}.
 */
final class ProxySetup {
    private ProxySetup() {
    }

    static void apply(OkHttpClient.Builder builder, Config config, TlsMaterial tls) {
        List<ProxyTarget> targets = new ArrayList<>();
        if (config.proxyUrl() != null) {
            ProxyTarget target = ProxyTarget.parse(config.proxyUrl());
            targets.add(target);
            builder.proxy(target.proxy());
        } else if (config.httpProxy() != null || config.httpsProxy() != null) {
            ProxyTarget http = config.httpProxy() == null ? null : ProxyTarget.parse(config.httpProxy());
            ProxyTarget https = config.httpsProxy() == null ? null : ProxyTarget.parse(config.httpsProxy());
            if (http != null) {
                targets.add(http);
            }
            if (https != null) {
                targets.add(https);
            }
            builder.proxySelector(new EnvProxySelector(http, https, NoProxy.parse(config.noProxy())));
        } else {
            builder.proxy(Proxy.NO_PROXY);
            return;
        }
        List<ProxyTarget> tlsProxies = targets.stream().filter(ProxyTarget::tls).toList();
        if (!tlsProxies.isEmpty()) {
            builder.socketFactory(new TlsProxySocketFactory(tlsProxies, tls.baseSocketFactory(),
                    !config.insecureSkipTlsVerify()));
        }
        if (targets.stream().anyMatch(ProxyTarget::hasCredentials)) {
            builder.proxyAuthenticator(authenticator(targets));
        }
    }

    private static Authenticator authenticator(List<ProxyTarget> targets) {
        return (route, response) -> {
            Request request = response.request();
            if (route == null || request.header("Proxy-Authorization") != null) {
                return null; // credentials were already sent and rejected
            }
            Object address = route.proxy().address();
            for (ProxyTarget t : targets) {
                if (t.hasCredentials() && address instanceof InetSocketAddress && t.isAt((InetSocketAddress) address)) {
                    return request.newBuilder()
                            .header("Proxy-Authorization", Credentials.basic(t.username(), t.password()))
                            .build();
                }
            }
            return null;
        };
    }
}
