package io.kube4j.client;

/**
 * The server reported on a port-forward's error channel that it could not forward a connection, e.g.
 * nothing listens on the port in the pod. Carries the server's text and the remote port.
 */
public class PortForwardException extends KubeException {
    private static final long serialVersionUID = 1L;

    private final int remotePort;

    public PortForwardException(int remotePort, String message) {
        super(message);
        this.remotePort = remotePort;
    }

    /** The port in the pod the failed connection was forwarded to. */
    public int remotePort() {
        return remotePort;
    }
}
