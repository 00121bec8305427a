package io.kube4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.core.v1.Pod;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The typed pod client's exec and attach reach the server's pods/exec and pods/attach endpoints. The test
 * server has no kubelet or scheduler, so a pod never gets a node and the server answers 400: what is
 * checked here is the wiring through {@code PodClient}; the protocol is covered in client-core.
 */
@ExtendWith(KubeApiServerExtension.class)
class PodStreamsIT {
    @Test
    void execAndAttachThroughTheTypedClient(TestCluster cluster) {
        try (KubernetesClient client = KubernetesClient.create(Config.fromKubeconfig(cluster.kubeconfig()))) {
            var pods = client.coreV1().pods(cluster.namespace());
            cluster.awaitPodsAllowed(cluster.namespace());
            pods.create(Pod.builder()
                    .metadata(m -> m.name("unscheduled"))
                    .spec(s -> s.addContainer(c -> c.name("app").image("busybox:1.36")))
                    .build());
            assertThatThrownBy(() -> pods.exec("unscheduled", ExecOptions.command("ls")))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("/pods/unscheduled/exec")
                    .hasMessageContaining("does not have a host assigned");
            assertThatThrownBy(() -> pods.execAndWait("unscheduled", ExecOptions.command("ls")))
                    .isInstanceOf(BadRequestException.class);
            assertThatThrownBy(() -> pods.attach("absent", ExecOptions.DEFAULT))
                    .isInstanceOf(NotFoundException.class);
            assertThat(pods.get("unscheduled").spec().nodeName()).isNull();
        }
    }
}
