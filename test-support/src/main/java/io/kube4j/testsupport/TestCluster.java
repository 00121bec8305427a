package io.kube4j.testsupport;

import java.nio.file.Path;

/**
 * What {@link KubeApiServerExtension} hands a test: the real local server and a namespace of the test
 * class's own, created before its first test and deleted after its last.
 */
public final class TestCluster {
    private final LocalApiServer server;
    private final String namespace;
    private final AdminHttp admin;

    TestCluster(LocalApiServer server, String namespace, AdminHttp admin) {
        this.server = server;
        this.namespace = namespace;
        this.admin = admin;
    }

    public LocalApiServer server() {
        return server;
    }

    /** The test class's own namespace. */
    public String namespace() {
        return namespace;
    }

    /**
     * Waits until pods can be created in {@code namespace}: the ServiceAccount admission plugin refuses
     * a pod until kube-controller-manager has created the namespace's {@code default} service account,
     * and it waits only a second or two for it.
     */
    public void awaitPodsAllowed(String namespace) {
        Poll.until("default service account in " + namespace,
                () -> admin.get("/api/v1/namespaces/" + namespace + "/serviceaccounts/default").ok() ? true : null);
    }

    /** Kubeconfig of a cluster-admin (bearer token). Its context namespace is "default". */
    public Path kubeconfig() {
        return server.adminKubeconfig();
    }

    /** A raw, JDK-based admin client to arrange or check state without kube4j. */
    public AdminHttp admin() {
        return admin;
    }
}
