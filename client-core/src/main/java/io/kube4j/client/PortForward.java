package io.kube4j.client;

import io.kube4j.client.internal.portforward.LocalPortForwarder;
import java.net.InetSocketAddress;

/**
 * A running port-forward to a pod, as client-go's {@code portforward} and {@code kubectl port-forward}: a
 * local listener (127.0.0.1 by default) whose every accepted connection is carried over its own WebSocket to
 * {@code GET .../pods/<name>/portforward?ports=<port>} (subprotocol {@code v4.channel.k8s.io}; per port a
 * data and an error channel, each starting with the port as two little-endian bytes).
 *
 * <p>{@link #open} only binds the local port: the pod is contacted when a connection arrives. A connection
 * whose upgrade is refused (pod missing, not scheduled, forbidden), whose server reports an error, or whose
 * WebSocket breaks is closed, its failure logged and passed to {@link PortForwardOptions#errorListener()};
 * other connections go on. The WebSocket protocol has no half-close: when the local client shuts down its
 * output, the forwarded connection ends.
 *
 * <p>Threads: one {@code kube4j-portforward-<n>} accepts, one per connection copies local bytes to the pod;
 * bytes from the pod are written by the socket reader thread. {@link #close()} (or the client's) stops
 * them all.
 */
public interface PortForward extends AutoCloseable {
    /**
     * Starts listening and forwarding to {@code options.remotePort()} of the pod.
     *
     * @throws TransportException when the local address cannot be bound (e.g. the port is in use)
     */
    static PortForward open(RestClient client, String namespace, String pod, PortForwardOptions options) {
        Request request = client.get().namespace(PodExec.requireNamespace(namespace)).resource("pods").name(pod)
                .subresource("portforward").param("ports", options.remotePort()).build();
        return LocalPortForwarder.open(PodExec.connector(client), request, options);
    }

    /** The local port connections are accepted on. */
    int localPort();

    /** The local address and port connections are accepted on. */
    InetSocketAddress localAddress();

    /** The port in the pod. */
    int remotePort();

    /** Local connections currently being forwarded. */
    int activeConnections();

    /** Stops listening and ends every forwarded connection; waits (bounded) for its threads. Idempotent. */
    @Override
    void close();
}
