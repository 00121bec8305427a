package io.kube4j.client.internal.config;

import io.kube4j.client.Config;
import io.kube4j.client.ConfigException;
import io.kube4j.client.internal.tls.Certificates;
import io.kube4j.client.internal.tls.PemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pod's service account, as client-go's {@code InClusterConfig}: server from
 * {@code KUBERNETES_SERVICE_HOST}/{@code KUBERNETES_SERVICE_PORT}, a token file re-read as the kubelet
 * rotates it, the CA bundle and the namespace file ({@code POD_NAMESPACE} wins when set).
 */
public final class InClusterLoader {
    private static final Logger LOG = LoggerFactory.getLogger(InClusterLoader.class);

    /** Where the service-account files are; injectable for tests. */
    public record Paths(Path tokenFile, Path caFile, Path namespaceFile) {
        public static Paths standard() {
            return under(Path.of("/var/run/secrets/kubernetes.io/serviceaccount"));
        }

        public static Paths under(Path dir) {
            return new Paths(dir.resolve("token"), dir.resolve("ca.crt"), dir.resolve("namespace"));
        }
    }

    private InClusterLoader() {
    }

    /** Null when in-cluster config is possible, else why not (client-go's {@code Possible()} test). */
    static String notPossibleReason(Environment env, Paths paths) {
        if (isBlank(env.get("KUBERNETES_SERVICE_HOST")) || isBlank(env.get("KUBERNETES_SERVICE_PORT"))) {
            return "KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set (not running in a pod)";
        }
        if (!Files.isRegularFile(paths.tokenFile())) {
            return "service account token " + paths.tokenFile() + " does not exist";
        }
        return null;
    }

    public static Config load(Environment env, Paths paths) {
        String host = env.get("KUBERNETES_SERVICE_HOST");
        String port = env.get("KUBERNETES_SERVICE_PORT");
        if (isBlank(host) || isBlank(port)) {
            throw new ConfigException("in-cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be set"
                    + " (not running in a pod?)");
        }
        String token;
        try {
            token = Files.readString(paths.tokenFile(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ConfigException("in-cluster: cannot read service account token " + paths.tokenFile() + ": " + e, e);
        }
        if (token.isEmpty()) {
            throw new ConfigException("in-cluster: service account token " + paths.tokenFile() + " is empty");
        }
        Config.Builder b = Config.builder()
                .server("https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port)
                .tokenFile(paths.tokenFile())
                .caCertData(readCa(paths.caFile()))
                .namespace(namespace(env, paths.namespaceFile()));
        return AutoDetect.withProxyEnvironment(b, env).build();
    }

    private static byte[] readCa(Path caFile) {
        try {
            byte[] ca = Files.readAllBytes(caFile);
            Certificates.parse(ca);
            return ca;
        } catch (IOException | PemException e) {
            // client-go logs and falls back to the system trust store; the server is still verified.
            LOG.warn("in-cluster: cannot use CA bundle {} ({}); verifying the API server with the JDK trust store",
                    caFile, e.getMessage());
            return null;
        }
    }

    private static String namespace(Environment env, Path namespaceFile) {
        String fromEnv = env.get("POD_NAMESPACE");
        if (!isBlank(fromEnv)) {
            return fromEnv.strip();
        }
        try {
            String ns = Files.readString(namespaceFile, StandardCharsets.UTF_8).strip();
            return ns.isEmpty() ? "default" : ns;
        } catch (IOException e) {
            return "default";
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
