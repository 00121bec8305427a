package io.kube4j.samples;

import io.kube4j.client.Config;
import io.kube4j.testsupport.LocalApiServer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Which cluster a sample talks to: the kubeconfig or in-cluster account a user has configured
 * ({@link Config#autoDetect()}), or, when nothing is configured, the project's local real kube-apiserver
 * ({@code scripts/kube-apiserver.sh}, started on first use).
 */
public final class Clusters {
    private Clusters() {
    }

    /** The configured cluster, else the local one; says on {@code notes} when it uses the local one. */
    public static Config resolve(PrintStream notes) {
        return resolve(null, null, notes);
    }

    /**
     * Like kubectl's {@code --kubeconfig} and {@code --context}: an explicit file (and context) wins; else
     * {@code KUBECONFIG}, {@code ~/.kube/config} or the pod's service account; else the local server.
     */
    public static Config resolve(String kubeconfig, String context, PrintStream notes) {
        if (kubeconfig != null) {
            return Config.fromKubeconfig(Paths.get(kubeconfig), context);
        }
        if (context != null) {
            return Config.autoDetect(context);
        }
        String env = System.getenv("KUBECONFIG");
        Path home = Paths.get(System.getProperty("user.home"), ".kube", "config");
        boolean configured = (env != null && !env.isBlank()) || Files.exists(home)
                || System.getenv("KUBERNETES_SERVICE_HOST") != null;
        if (configured) {
            return Config.autoDetect();
        }
        notes.println("No cluster configured (no KUBECONFIG, no ~/.kube/config, not in a pod): "
                + "using the local kube-apiserver of scripts/kube-apiserver.sh.");
        LocalApiServer server = LocalApiServer.ensureRunning();
        return Config.fromKubeconfig(server.adminKubeconfig());
    }
}
