package io.kube4j.samples.operator;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.meta.v1.OwnerReference;
import io.kube4j.client.Config;
import io.kube4j.client.KubernetesClient;
import io.kube4j.client.PatchType;
import io.kube4j.samples.operator.api.v1.Greeting;
import io.kube4j.samples.operator.api.v1.GreetingClient;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Kube4jThreads;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Greeting operator against the real server (its controller-manager runs the garbage collector): custom
 * objects get ConfigMaps they control and a status; a changed spec or a tampered ConfigMap is reconciled; a
 * deleted Greeting takes its ConfigMap with it.
 */
@ExtendWith(KubeApiServerExtension.class)
class GreetingOperatorIT {

    @Test
    void reconcilesGreetingsIntoOwnedConfigMapsAndStatus(TestCluster cluster) {
        String ns = cluster.namespace();
        try (KubernetesClient client = KubernetesClient.create(Config.fromKubeconfig(cluster.kubeconfig()))) {
            GreetingOperator.installCrd(client);
            GreetingClient greetings = new GreetingClient(client.restClient(), ns);
            try (GreetingOperator operator = new GreetingOperator(client, ns)) {
                operator.start();
                for (int n = 1; n <= 3; n++) {
                    String name = "g" + n;
                    String recipient = "r" + n;
                    greetings.create(Greeting.builder().metadata(m -> m.name(name))
                            .spec(s -> s.message("Hi").addRecipient(recipient)).build());
                }
                for (int n = 1; n <= 3; n++) {
                    int i = n;
                    Greeting g = greetings.get("g" + i);
                    ConfigMap cm = awaitData(client, ns, "g" + i + "-greeting", "Hi, r" + i + "!\n");
                    assertThat(cm.metadata().ownerReferences()).singleElement().satisfies(o -> {
                        assertThat(o.apiVersion()).isEqualTo("samples.kube4j.io/v1");
                        assertThat(o.kind()).isEqualTo("Greeting");
                        assertThat(o.name()).isEqualTo("g" + i);
                        assertThat(o.uid()).isEqualTo(g.metadata().uid());
                        assertThat(o.controller()).isTrue();
                        assertThat(o.blockOwnerDeletion()).isTrue();
                    });
                    Greeting withStatus = awaitStatus(greetings, "g" + i, 1);
                    assertThat(withStatus.status().configMap()).isEqualTo("g" + i + "-greeting");
                    assertThat(withStatus.status().recipients()).isEqualTo(1);
                }

                greetings.patch("g1", PatchType.MERGE, "{\"spec\":{\"message\":\"Bye\",\"recipients\":[\"a\",\"b\"]}}");
                awaitData(client, ns, "g1-greeting", "Bye, a!\nBye, b!\n");
                assertThat(awaitStatus(greetings, "g1", 2).status().recipients()).isEqualTo(2);

                client.coreV1().configMaps(ns).patch("g2-greeting", PatchType.MERGE,
                        "{\"data\":{\"greetings.txt\":\"tampered\"}}");
                awaitData(client, ns, "g2-greeting", "Hi, r2!\n"); // the owned ConfigMap's change reconciles g2

                greetings.delete("g3");
                Poll.until("the garbage collector to delete g3-greeting",
                        () -> client.coreV1().configMaps(ns).find("g3-greeting").isEmpty() ? true : null);
                assertThat(client.coreV1().configMaps(ns).find("g1-greeting")).isPresent();

                Poll.until("an event about g1", () -> client.coreV1().events(ns).list().items().stream()
                        .filter(e -> "ConfigMapApplied".equals(e.reason()) && "g1".equals(e.involvedObject().name()))
                        .findFirst().orElse(null));
            }
        }
        assertThat(Kube4jThreads.awaitNone(Duration.ofSeconds(10))).isEmpty();
    }

    @Test
    void theDesiredConfigMapIsControlledByItsGreeting() {
        Greeting g = Greeting.builder().metadata(m -> m.name("x").namespace("ns").uid("u1").generation(1L))
                .spec(s -> s.message("Hello")).build();
        ConfigMap cm = GreetingReconciler.configMapFor(g);
        assertThat(cm.metadata().name()).isEqualTo("x-greeting");
        assertThat(cm.metadata().labels()).containsEntry("app.kubernetes.io/managed-by", "greeting-operator");
        assertThat(cm.data()).containsExactlyEntriesOf(java.util.Map.of("greetings.txt", "Hello, world!\n"));
        List<OwnerReference> owners = cm.metadata().ownerReferences();
        assertThat(owners).singleElement().satisfies(o -> assertThat(o.controller()).isTrue());
    }

    private static ConfigMap awaitData(KubernetesClient client, String ns, String name, String text) {
        return Poll.until(name + " with " + text, () -> client.coreV1().configMaps(ns).find(name)
                .filter(c -> text.equals(c.data().get("greetings.txt"))).orElse(null));
    }

    private static Greeting awaitStatus(GreetingClient greetings, String name, long generation) {
        return Poll.until(name + " status for generation " + generation, () -> greetings.find(name)
                .filter(g -> g.status() != null && Long.valueOf(generation).equals(g.status().observedGeneration()))
                .orElse(null));
    }
}
