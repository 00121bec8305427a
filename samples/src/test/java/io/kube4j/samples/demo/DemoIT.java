package io.kube4j.samples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.client.Config;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Kube4jThreads;
import io.kube4j.testsupport.TestCluster;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's first program against the real server: every step reported, the namespace gone at the end. */
@ExtendWith(KubeApiServerExtension.class)
class DemoIT {
    @Test
    void createsWatchesAndCleansUp(TestCluster cluster) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.run(Config.fromKubeconfig(cluster.kubeconfig()), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).matches("Connected to https://127\\.0\\.0\\.1:\\d+ \\(Kubernetes v1\\.20\\.2\\)");
        assertThat(lines.get(1)).matches("namespace/kube4j-demo-\\w+ created");
        String ns = lines.get(1).substring("namespace/".length(), lines.get(1).length() - " created".length());
        assertThat(lines).contains("configmap/web-settings created",
                "deployment.apps/web created (2 replicas); watching its Pods:", "Pods of deployment web:");
        assertThat(lines).filteredOn(l -> l.matches("  ADDED +pod/web-\\w+-\\w+ \\(Pending\\)")).hasSize(2);
        assertThat(lines).filteredOn(l -> l.matches("  web-\\w+-\\w+ +Pending +node=<none>")).hasSize(2);
        assertThat(lines).anyMatch(l -> l.startsWith("  They stay Pending"));
        assertThat(lines.get(lines.size() - 1)).matches("namespace/" + ns + " is gone \\(\\d+s\\)\\. Done\\.");
        assertThat(cluster.admin().get("/api/v1/namespaces/" + ns).code()).isEqualTo(404);
        assertThat(Kube4jThreads.awaitNone(Duration.ofSeconds(10))).isEmpty();
    }
}
