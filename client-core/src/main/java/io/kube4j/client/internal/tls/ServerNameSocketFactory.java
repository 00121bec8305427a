package io.kube4j.client.internal.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Sends {@code tls-server-name} as SNI instead of the URL's host. An IP literal is not a legal SNI value,
 * so then no SNI is sent (as Go does). Hostname verification against the same name is done by
 * {@link ServerNameVerifier}.
 */
final class ServerNameSocketFactory extends SSLSocketFactory {
    private final SSLSocketFactory delegate;
    private final List<SNIServerName> serverNames;

    ServerNameSocketFactory(SSLSocketFactory delegate, String serverName) {
        this.delegate = delegate;
        this.serverNames = HostnameMatcher.ipLiteral(serverName) != null
                ? List.of()
                : List.of(new SNIHostName(serverName));
    }

    private Socket configure(Socket socket) {
        if (socket instanceof SSLSocket) {
            SSLSocket ssl = (SSLSocket) socket;
            SSLParameters params = ssl.getSSLParameters();
            params.setServerNames(serverNames);
            ssl.setSSLParameters(params);
        }
        return socket;
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket() throws IOException {
        return configure(delegate.createSocket());
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
        return configure(delegate.createSocket(s, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return configure(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return configure(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return configure(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return configure(delegate.createSocket(address, port, localAddress, localPort));
    }
}
