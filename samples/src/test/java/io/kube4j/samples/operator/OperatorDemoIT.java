package io.kube4j.samples.operator;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.client.Config;
import io.kube4j.client.KubernetesClient;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.TestCluster;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code operator --demo} runs to the end against the real server and tells what happened. */
@ExtendWith(KubeApiServerExtension.class)
class OperatorDemoIT {
    @Test
    void showsTheOperatorAtWork(TestCluster cluster) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (KubernetesClient client = KubernetesClient.create(Config.fromKubeconfig(cluster.kubeconfig()))) {
            OperatorDemo.run(client, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("configmap/hello-greeting appeared, controlled by Greeting/hello (controller=true):\n"
                        + "    Hello, Alice!\n    Hello, Bob!\n")
                .contains("greeting/hello status: configMap=hello-greeting, observedGeneration=1, recipients=2\n")
                .contains("    Bonjour, Alice!\n    Bonjour, Bob!\n    Bonjour, Carol!\n")
                .contains("observedGeneration=2, recipients=3\n")
                .contains("configmap/hello-greeting is gone: the garbage collector deleted it with its owner.\n")
                .containsPattern("Deleted namespace greetings-demo-\\w+\\.\n$");
    }
}
