package io.kube4j.client.internal.http;

import io.kube4j.client.internal.tls.HostnameMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;

/**
 * A socket that becomes TLS after connecting when the peer is an https proxy. All I/O and state go to the
 * underlying plain socket or, once upgraded, to the TLS socket layered on it; this object's own socket
 * implementation is never used.
 */
final class TlsProxySocket extends Socket {
    private final TlsProxySocketFactory factory;
    private final Socket raw = new Socket();
    private volatile Socket active = raw;

    TlsProxySocket(TlsProxySocketFactory factory) {
        this.factory = factory;
    }

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        raw.connect(endpoint, timeout);
        ProxyTarget proxy = endpoint instanceof InetSocketAddress ? factory.tlsProxyAt((InetSocketAddress) endpoint) : null;
        if (proxy == null) {
            return;
        }
        SSLSocket ssl = (SSLSocket) factory.tls().createSocket(raw, proxy.host(), proxy.port(), true);
        int previous = raw.getSoTimeout();
        try {
            raw.setSoTimeout(timeout);
            ssl.startHandshake();
            raw.setSoTimeout(previous);
            if (factory.verifyHostname()) {
                X509Certificate leaf = (X509Certificate) ssl.getSession().getPeerCertificates()[0];
                if (!HostnameMatcher.matches(proxy.host(), leaf)) {
                    throw new SSLPeerUnverifiedException("the certificate of proxy " + proxy.host() + " is not valid for that name");
                }
            }
        } catch (IOException e) {
            ssl.close();
            throw e;
        }
        active = ssl;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return active.getInputStream();
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return active.getOutputStream();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            active.close();
        } finally {
            raw.close();
        }
    }

    @Override
    public boolean isConnected() {
        return raw.isConnected();
    }

    @Override
    public boolean isBound() {
        return raw.isBound();
    }

    @Override
    public boolean isClosed() {
        return active.isClosed() || raw.isClosed();
    }

    @Override
    public void bind(SocketAddress bindpoint) throws IOException {
        raw.bind(bindpoint);
    }

    @Override
    public void shutdownInput() throws IOException {
        active.shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
        active.shutdownOutput();
    }

    @Override
    public boolean isInputShutdown() {
        return active.isInputShutdown();
    }

    @Override
    public boolean isOutputShutdown() {
        return active.isOutputShutdown();
    }

    @Override
    public InetAddress getInetAddress() {
        return raw.getInetAddress();
    }

    @Override
    public InetAddress getLocalAddress() {
        return raw.getLocalAddress();
    }

    @Override
    public int getPort() {
        return raw.getPort();
    }

    @Override
    public int getLocalPort() {
        return raw.getLocalPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return raw.getRemoteSocketAddress();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return raw.getLocalSocketAddress();
    }

    @Override
    public synchronized void setSoTimeout(int timeout) throws SocketException {
        raw.setSoTimeout(timeout);
    }

    @Override
    public synchronized int getSoTimeout() throws SocketException {
        return raw.getSoTimeout();
    }

    @Override
    public void setTcpNoDelay(boolean on) throws SocketException {
        raw.setTcpNoDelay(on);
    }

    @Override
    public boolean getTcpNoDelay() throws SocketException {
        return raw.getTcpNoDelay();
    }

    @Override
    public void setKeepAlive(boolean on) throws SocketException {
        raw.setKeepAlive(on);
    }

    @Override
    public boolean getKeepAlive() throws SocketException {
        return raw.getKeepAlive();
    }

    @Override
    public void setSoLinger(boolean on, int linger) throws SocketException {
        raw.setSoLinger(on, linger);
    }

    @Override
    public synchronized void setSendBufferSize(int size) throws SocketException {
        raw.setSendBufferSize(size);
    }

    @Override
    public synchronized void setReceiveBufferSize(int size) throws SocketException {
        raw.setReceiveBufferSize(size);
    }

    @Override
    public String toString() {
        return "TlsProxySocket{" + raw + (active != raw ? ", tls" : "") + "}";
    }
}
