package io.kube4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.core.v1.Pod;
import io.kube4j.client.Config;
import io.kube4j.client.KubernetesClient;
import io.kube4j.client.ListOptions;
import io.kube4j.client.PatchType;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CLI's long-running commands against the real server: {@code get -w}, {@code rollout status} (with this test
 * playing kubelet: it marks Pods Ready through their status subresource), {@code describe} and {@code logs}.
 */
@ExtendWith(KubeApiServerExtension.class)
class KubectlWatchIT {
    private Config config;
    private String ns;
    private KubernetesClient client;

    @BeforeEach
    void cluster(TestCluster cluster) {
        config = Config.fromKubeconfig(cluster.kubeconfig());
        ns = cluster.namespace();
        client = KubernetesClient.create(config);
    }

    @AfterEach
    void close() {
        client.close();
    }

    /** A command running in the background, its output readable while it runs. */
    private final class Running {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final CompletableFuture<Integer> exit;

        Running(String... args) {
            List<String> all = new ArrayList<>(Arrays.asList(args));
            all.addAll(List.of("-n", ns));
            Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), false);
            exit = CompletableFuture.supplyAsync(() -> Kubectl.run(all, console, (k, c, n) -> config));
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8); // ByteArrayOutputStream is synchronized
        }

        int await() throws Exception {
            return exit.get(120, TimeUnit.SECONDS);
        }
    }

    private CliResult k(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("-n", ns));
        return CliResult.run(config, all.toArray(String[]::new));
    }

    private void deployment(String name, int replicas) {
        String manifest = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: " + name + "}\nspec:\n  replicas: "
                + replicas + "\n  selector: {matchLabels: {app: " + name + "}}\n  template:\n    metadata: {labels: {app: "
                + name + "}}\n    spec: {containers: [{name: app, image: busybox}]}\n";
        CliResult r = CliResult.runWithInput(config, manifest, "apply", "-f", "-", "-n", ns);
        assertThat(r.code()).as(r.toString()).isZero();
    }

    @Test
    void getWatchPrintsTheListThenEachChangeAsARow() throws Exception {
        client.coreV1().configMaps(ns).create(ConfigMap.builder().metadata(m -> m.name("before")).build());
        Running watch = new Running("get", "configmaps", "-w", "--request-timeout=8s");
        Poll.until("the listed row", () -> watch.out().contains("before") ? true : null);

        client.coreV1().configMaps(ns).create(ConfigMap.builder().metadata(m -> m.name("after")).putData("k", "v").build());
        Poll.until("the watched row", () -> watch.out().contains("after") ? true : null);

        assertThat(watch.await()).isZero(); // the server ends the watch after --request-timeout
        List<String> lines = watch.out().lines().toList();
        assertThat(lines.get(0)).matches("NAME +DATA +AGE");
        assertThat(lines).anyMatch(l -> l.matches("before +0 +\\S+")).anyMatch(l -> l.matches("after +1 +\\S+"));
    }

    @Test
    void rolloutStatusWaitsUntilTheReplicasAreAvailable() throws Exception {
        deployment("web", 2);
        Running rollout = new Running("rollout", "status", "deployment/web");
        Poll.until("a waiting message", () -> rollout.out().contains("updated replicas are available") ? true : null);

        List<Pod> pods = Poll.until("two pods", () -> {
            List<Pod> p = client.coreV1().pods(ns).list(ListOptions.labelSelector("app=web")).items();
            return p.size() == 2 ? p : null;
        });
        for (Pod p : pods) { // play kubelet: the ReplicaSet controller counts Ready pods as available
            client.coreV1().pods(ns).patchStatus(p.metadata().name(), PatchType.MERGE, "{\"status\":{\"phase\":"
                    + "\"Running\",\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\",\"lastTransitionTime\":\""
                    + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\"}]}}");
        }

        assertThat(rollout.await()).as(rollout.out()).isZero();
        assertThat(rollout.out()).contains("Waiting for deployment \"web\" rollout to finish: 0 of 2 updated "
                + "replicas are available...\n").endsWith("deployment \"web\" successfully rolled out\n");
    }

    @Test
    void rolloutStatusGivesUpAfterTheTimeout() {
        deployment("stuck", 1);
        // Until the deployment controller has observed it, rollout status only says "Waiting for deployment
        // spec update to be observed...": let it, so that the 3 s below are spent waiting for availability.
        Poll.until("the deployment controller to observe stuck", () -> {
            var d = client.appsV1().deployments(ns).get("stuck");
            return d.status() != null && d.metadata().generation().equals(d.status().observedGeneration()) ? d : null;
        });
        CliResult r = k("rollout", "status", "deploy", "stuck", "--timeout=3s");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Waiting for deployment \"stuck\" rollout to finish");
        assertThat(r.err()).isEqualTo("error: timed out waiting for the condition\n");

        deployment("none", 0);
        assertThat(k("rollout", "status", "deployment/none").out()).endsWith("deployment \"none\" successfully rolled out\n");
    }

    @Test
    void describeShowsTheDeploymentItsReplicaSetAndThePodsOwner() {
        deployment("shop", 1);
        String pod = Poll.until("the pod", () -> {
            List<String> names = k("get", "pods", "-l", "app=shop", "-o", "name").lines();
            return names.size() == 1 ? names.get(0) : null;
        });
        // The event, the ReplicaSet's status and the Deployment's status are written by the controllers one
        // after the other, after the pod exists: wait for all three.
        CliResult d = Poll.until("the scaling event and both statuses", () -> {
            CliResult r = k("describe", "deployment", "shop");
            return r.out().contains("ScalingReplicaSet") && r.out().contains("(1/1 replicas created)")
                    && r.out().contains("1 desired | 1 updated | 1 total") ? r : null;
        });
        assertThat(d.out()).startsWith("Name:                   shop\nNamespace:              " + ns + "\n")
                .contains("Replicas:               1 desired | 1 updated | 1 total | 0 available | 1 unavailable\n")
                .containsPattern("NewReplicaSet: +shop-\\w+ \\(1/1 replicas created\\)")
                .containsPattern("Normal +ScalingReplicaSet +\\S+ +deployment-controller +Scaled up replica set shop-");

        CliResult p = k("describe", pod);
        assertThat(p.code()).as(p.toString()).isZero();
        assertThat(p.out()).contains("Status:           Pending\n").containsPattern("Controlled By: +ReplicaSet/shop-")
                .contains("Containers:\n  app:\n    Image:        busybox\n");
    }

    @Test
    void logsOfAnUnscheduledPodAreEmptyAndOfAMissingPodNotFound() {
        deployment("quiet", 1);
        String pod = Poll.until("the pod", () -> {
            List<String> names = k("get", "pods", "-l", "app=quiet", "-o", "name").lines();
            return names.size() == 1 ? names.get(0) : null;
        });
        CliResult logs = k("logs", pod, "--tail=10");
        assertThat(logs.code()).as(logs.toString()).isZero();
        assertThat(logs.out()).isEmpty(); // a 1.20 server answers 204 for a pod with no node yet

        CliResult missing = k("logs", "nope");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("Error from server (NotFound): pods \"nope\" not found\n");
    }
}
