package io.kube4j.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Options of a {@link PortForward}: the port in the pod, and where to listen locally (default
 * {@code 127.0.0.1}, a free port). Immutable; start with {@link #remotePort(int)} or {@link #builder()}.
 */
public final class PortForwardOptions {
    private final int remotePort;
    private final int localPort;
    private final InetAddress localAddress;
    private final Consumer<KubeException> errorListener;

    private PortForwardOptions(Builder b) {
        if (b.remotePort < 1 || b.remotePort > 65535) {
            throw new IllegalArgumentException("remotePort must be within 1..65535, got " + b.remotePort);
        }
        this.remotePort = b.remotePort;
        this.localPort = b.localPort;
        this.localAddress = b.localAddress;
        this.errorListener = b.errorListener;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Forward a free local port on 127.0.0.1 to {@code port} in the pod. */
    public static PortForwardOptions remotePort(int port) {
        return builder().remotePort(port).build();
    }

    public Builder toBuilder() {
        return builder().remotePort(remotePort).localPort(localPort).localAddress(localAddress)
                .errorListener(errorListener);
    }

    /** The port in the pod. */
    public int remotePort() {
        return remotePort;
    }

    /** The local port to listen on; 0 picks a free one ({@link PortForward#localPort()} tells which). */
    public int localPort() {
        return localPort;
    }

    /** The local address to listen on. */
    public InetAddress localAddress() {
        return localAddress;
    }

    /** Receives per-connection failures, or null when they are only logged. */
    public Consumer<KubeException> errorListener() {
        return errorListener;
    }

    @Override
    public String toString() {
        return "PortForwardOptions{" + localAddress.getHostAddress() + ":" + localPort + " -> " + remotePort + "}";
    }

    /** Builder of {@link PortForwardOptions}. */
    public static final class Builder {
        private int remotePort;
        private int localPort;
        private InetAddress localAddress = loopback();
        private Consumer<KubeException> errorListener;

        private Builder() {
        }

        /** The port in the pod (required). */
        public Builder remotePort(int port) {
            this.remotePort = port;
            return this;
        }

        /** The local port; 0 (the default) picks a free one. */
        public Builder localPort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("localPort must be within 0..65535, got " + port);
            }
            this.localPort = port;
            return this;
        }

        /** The local address to listen on; default {@code 127.0.0.1}. Anything else exposes the pod's port. */
        public Builder localAddress(InetAddress address) {
            this.localAddress = Objects.requireNonNull(address, "localAddress");
            return this;
        }

        /**
         * Receives the failure of each forwarded connection: the {@link ApiException} of a refused upgrade
         * (pod gone, not scheduled, forbidden), a {@link PortForwardException} from the server's error
         * channel, or a {@link TransportException} when the connection broke. Called on a
         * {@code kube4j-portforward} thread or the socket reader thread; it should return quickly.
         */
        public Builder errorListener(Consumer<KubeException> listener) {
            this.errorListener = listener;
            return this;
        }

        public PortForwardOptions build() {
            return new PortForwardOptions(this);
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // cannot happen for a 4-byte address
        }
    }
}
