package io.kube4j.client;

import io.kube4j.client.internal.exec.ExecRun;
import io.kube4j.client.internal.ws.WebSocketConnector;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;

/**
 * Runs commands in pods and attaches to their containers, as client-go's {@code remotecommand}: the
 * {@code exec} and {@code attach} subresources of {@code pods}, upgraded to a WebSocket speaking
 * {@code v5.channel.k8s.io} or, with servers before Kubernetes 1.30, {@code v4.channel.k8s.io}.
 *
 * <p>The upgrade is a GET carrying the client's credentials, so RBAC must allow {@code get} (and on newer
 * servers {@code create}) on {@code pods/exec} or {@code pods/attach}. A refused upgrade throws the matching
 * {@link ApiException} with the server's Status: {@link NotFoundException} for a missing pod,
 * {@link BadRequestException} for one with no node yet or an unknown container, {@link ForbiddenException}.
 * The calls block until the server has answered the upgrade; everything after that is in the returned
 * {@link ExecSession}, which the client's {@code close()} also ends.
 */
public final class PodExec {
    private PodExec() {
    }

    /**
     * Starts {@code options.command()} in the pod and returns the running session.
     *
     * @throws IllegalArgumentException when the options have no command
     */
    public static ExecSession exec(RestClient client, String namespace, String pod, ExecOptions options) {
        if (options.command().isEmpty()) {
            throw new IllegalArgumentException("exec needs a command (ExecOptions.command(...))");
        }
        return ExecRun.open(connector(client), request(client, namespace, pod, "exec", options), options);
    }

    /**
     * Attaches to the main process of the container ({@code kubectl attach}).
     *
     * @throws IllegalArgumentException when the options carry a command
     */
    public static ExecSession attach(RestClient client, String namespace, String pod, ExecOptions options) {
        if (!options.command().isEmpty()) {
            throw new IllegalArgumentException("attach takes no command; got " + options.command());
        }
        return ExecRun.open(connector(client), request(client, namespace, pod, "attach", options), options);
    }

    /**
     * Runs {@code options.command()} to completion and returns its exit code and output (each stream capped
     * at {@link ExecOptions#maxOutputBytes()}). A non-zero exit code is a result, not an exception. With
     * {@link ExecOptions#stdin()} the command's stdin gets end-of-file at once (v5 servers).
     *
     * @throws ApiException       when the server refuses or reports a failure other than an exit code
     * @throws TransportException when the connection breaks, or the command outlives {@link ExecOptions#timeout()}
     */
    public static ExecResult execAndWait(RestClient client, String namespace, String pod, ExecOptions options) {
        return execAndWait(client, namespace, pod, options, null);
    }

    /**
     * As {@link #execAndWait(RestClient, String, String, ExecOptions)}, copying {@code stdin} (read on the
     * calling thread) to the command and then closing its stdin. Servers before Kubernetes 1.30 cannot close
     * stdin alone, so a command that reads until end-of-file only ends there by {@link ExecOptions#timeout()}.
     *
     * @throws IllegalArgumentException when {@code stdin} is given but {@link ExecOptions#stdin()} is false
     */
    public static ExecResult execAndWait(RestClient client, String namespace, String pod, ExecOptions options,
            InputStream stdin) {
        if (options.command().isEmpty()) {
            throw new IllegalArgumentException("exec needs a command (ExecOptions.command(...))");
        }
        return ExecRun.run(connector(client), request(client, namespace, pod, "exec", options), options, stdin);
    }

    static WebSocketConnector connector(RestClient client) {
        return new WebSocketConnector(client.executor().settings());
    }

    private static Request request(RestClient client, String namespace, String pod, String subresource,
            ExecOptions options) {
        Objects.requireNonNull(options, "options");
        RequestBuilder b = client.get().namespace(requireNamespace(namespace)).resource("pods").name(pod)
                .subresource(subresource);
        for (Map.Entry<String, String> e : options.toQueryParams()) {
            b.param(e.getKey(), e.getValue());
        }
        return b.build();
    }

    static String requireNamespace(String namespace) {
        if (namespace == null || namespace.isEmpty()) {
            throw new IllegalArgumentException("pods are namespaced: a namespace is required");
        }
        return namespace;
    }
}
