package io.kube4j.samples.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.core.v1.Namespace;
import io.kube4j.client.Config;
import io.kube4j.client.KubernetesClient;
import io.kube4j.client.PatchType;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The 60-line controller keeps its ConfigMap in labeled namespaces: created, recreated, restored. */
@ExtendWith(KubeApiServerExtension.class)
class WelcomeControllerIT {
    @Test
    void keepsAWelcomeConfigMapInLabeledNamespaces(TestCluster cluster) throws Exception {
        String ns = "welcome-" + UUID.randomUUID().toString().substring(0, 6);
        try (KubernetesClient client = KubernetesClient.create(Config.fromKubeconfig(cluster.kubeconfig()));
                AutoCloseable controller = WelcomeController.start(client)) {
            client.coreV1().namespaces().create(Namespace.builder()
                    .metadata(m -> m.name(ns).putLabel(WelcomeController.LABEL, "true")).build());
            try {
                ConfigMap cm = awaitWelcome(client, ns, null);
                assertThat(cm.data()).containsEntry("message", "Welcome to " + ns + "!");

                client.coreV1().configMaps(ns).delete("welcome");
                awaitWelcome(client, ns, cm.metadata().uid()); // recreated: another uid

                client.coreV1().configMaps(ns).patch("welcome", PatchType.MERGE, "{\"data\":{\"message\":\"bye\"}}");
                Poll.until("the message restored", () -> client.coreV1().configMaps(ns).find("welcome")
                        .filter(c -> ("Welcome to " + ns + "!").equals(c.data().get("message"))).orElse(null));
                assertThat(client.coreV1().configMaps(cluster.namespace()).find("welcome")).isEmpty(); // unlabeled
            } finally {
                client.coreV1().namespaces().delete(ns);
            }
        }
    }

    private static ConfigMap awaitWelcome(KubernetesClient client, String ns, String notUid) {
        return Poll.until("the welcome configmap", () -> client.coreV1().configMaps(ns).find("welcome")
                .filter(c -> !c.metadata().uid().equals(notUid)).orElse(null));
    }
}
