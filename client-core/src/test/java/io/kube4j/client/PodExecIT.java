package io.kube4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.TestCluster;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exec, attach and port-forward against the real kube-apiserver. The test server runs no scheduler and no
 * kubelet, so a pod never gets a node: what the server decides before handing the stream to a kubelet is
 * checked here (authentication and authorization of the WebSocket upgrade, the pod lookup, the missing
 * node); the streams themselves are covered by the scripted-peer tests.
 */
@ExtendWith(KubeApiServerExtension.class)
class PodExecIT {
    private static final String POD = "unscheduled";
    private static RestClient client;
    private static String ns;

    @BeforeAll
    static void createPod(TestCluster cluster) {
        client = RestClient.create(Config.fromKubeconfig(cluster.kubeconfig()));
        ns = cluster.namespace();
        cluster.awaitPodsAllowed(ns);
        client.post().namespace(ns).resource("pods").body(Map.of(
                "apiVersion", "v1", "kind", "Pod",
                "metadata", Map.of("name", POD),
                "spec", Map.of("automountServiceAccountToken", false,
                        "containers", List.of(Map.of("name", "app", "image", "busybox:1.36",
                                "command", List.of("sleep", "3600"))))))
                .execute(Map.class);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static String noHost() {
        return "pod " + POD + " does not have a host assigned";
    }

    @Test
    void execOnAPodWithoutANodeIsABadRequestWithTheServersMessage() {
        assertThatThrownBy(() -> PodExec.exec(client, ns, POD, ExecOptions.command("ls")))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.status().message()).isEqualTo(noHost());
                    assertThat(e.request()).isEqualTo("GET /api/v1/namespaces/" + ns + "/pods/" + POD + "/exec");
                });
        assertThatThrownBy(() -> PodExec.execAndWait(client, ns, POD,
                ExecOptions.builder().command("cat").stdin(true).container("app").build()))
                .isInstanceOf(BadRequestException.class).hasMessageContaining(noHost());
    }

    @Test
    void attachOnAPodWithoutANodeIsABadRequest() {
        assertThatThrownBy(() -> PodExec.attach(client, ns, POD,
                ExecOptions.builder().stdin(true).tty(true).stderr(false).build()))
                .isInstanceOf(BadRequestException.class).hasMessageContaining(noHost())
                .hasMessageContaining("/pods/" + POD + "/attach");
    }

    @Test
    void aMissingPodIsNotFound() {
        assertThatThrownBy(() -> PodExec.exec(client, ns, "absent", ExecOptions.command("ls")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("pods \"absent\" not found");
        assertThatThrownBy(() -> PodExec.attach(client, ns, "absent", ExecOptions.DEFAULT))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void portForwardReportsTheServersRefusalPerConnection() throws Exception {
        LinkedBlockingQueue<KubeException> errors = new LinkedBlockingQueue<>();
        PortForwardOptions options = PortForwardOptions.builder().remotePort(8080).errorListener(errors::add).build();
        try (PortForward pf = PortForward.open(client, ns, POD, options);
                PortForward missing = PortForward.open(client, ns, "absent", options)) {
            assertThat(connectAndAwaitClose(pf)).isTrue();
            assertThat(errors.poll(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(BadRequestException.class, e -> {
                assertThat(e.status().message()).isEqualTo(noHost());
                assertThat(e.request()).isEqualTo("GET /api/v1/namespaces/" + ns + "/pods/" + POD + "/portforward");
            });
            assertThat(connectAndAwaitClose(missing)).isTrue();
            assertThat(errors.poll(30, TimeUnit.SECONDS)).isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("pods \"absent\" not found");
        }
    }

    @Test
    void theUpgradeIsAuthorizedLikeAnyRequest(TestCluster cluster) throws Exception {
        try (RestClient nobody = RestClient.create(Config.fromKubeconfig(cluster.server().unprivilegedKubeconfig()))) {
            assertThatThrownBy(() -> PodExec.exec(nobody, ns, POD, ExecOptions.command("ls")))
                    .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                        assertThat(e.code()).isEqualTo(403);
                        assertThat(e.status().message()).contains("pods/exec").contains("\"" + POD + "\"");
                    });
            assertThatThrownBy(() -> PodExec.attach(nobody, ns, POD, ExecOptions.DEFAULT))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining("pods/attach");
            LinkedBlockingQueue<KubeException> errors = new LinkedBlockingQueue<>();
            try (PortForward pf = PortForward.open(nobody, ns, POD,
                    PortForwardOptions.builder().remotePort(80).errorListener(errors::add).build())) {
                assertThat(connectAndAwaitClose(pf)).isTrue();
                assertThat(errors.poll(30, TimeUnit.SECONDS)).isInstanceOf(ForbiddenException.class)
                        .hasMessageContaining("pods/portforward");
            }
        }
    }

    /** Connects to the forward's local port and waits for it to close that connection. */
    private static boolean connectAndAwaitClose(PortForward pf) throws IOException {
        try (Socket s = new Socket(pf.localAddress().getAddress(), pf.localPort())) {
            s.setSoTimeout(30_000);
            return s.getInputStream().read() == -1;
        } catch (SocketException reset) {
            return true;
        }
    }
}
