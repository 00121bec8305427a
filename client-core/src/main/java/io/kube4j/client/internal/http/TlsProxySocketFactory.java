package io.kube4j.client.internal.http;

import io.kube4j.client.internal.tls.HostnameMatcher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * Plain sockets, except that a connection to an {@code https://} proxy is wrapped in TLS right after the TCP
 * connect, before the HTTP client writes its {@code CONNECT}. OkHttp speaks only plain HTTP to proxies; this
 * gives it what Go's transport does for https proxies. The proxy's certificate is checked with the cluster's
 * trust settings and the proxy's host name.
 */
final class TlsProxySocketFactory extends SocketFactory {
    private final List<ProxyTarget> tlsProxies;
    private final SSLSocketFactory tls;
    private final boolean verifyHostname;

    TlsProxySocketFactory(List<ProxyTarget> tlsProxies, SSLSocketFactory tls, boolean verifyHostname) {
        this.tlsProxies = List.copyOf(tlsProxies);
        this.tls = tls;
        this.verifyHostname = verifyHostname;
    }

    /** The proxy listening at {@code address}, if it is one of the https proxies. */
    ProxyTarget tlsProxyAt(java.net.InetSocketAddress address) {
        for (ProxyTarget t : tlsProxies) {
            if (t.isAt(address)) {
                return t;
            }
            byte[] want = HostnameMatcher.ipLiteral(t.host());
            if (want != null && address.getAddress() != null && address.getPort() == t.port()
                    && Arrays.equals(want, address.getAddress().getAddress())) {
                return t;
            }
        }
        return null;
    }

    SSLSocketFactory tls() {
        return tls;
    }

    boolean verifyHostname() {
        return verifyHostname;
    }

    @Override
    public Socket createSocket() {
        return new TlsProxySocket(this);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return new Socket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return new Socket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return new Socket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return new Socket(address, port, localAddress, localPort);
    }
}
