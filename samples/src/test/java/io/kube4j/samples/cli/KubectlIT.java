package io.kube4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.client.Config;
import io.kube4j.client.Json;
import io.kube4j.testsupport.Kube4jThreads;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The CLI against the real kube-apiserver (with kube-controller-manager): apply, get, scale, delete, errors. */
@ExtendWith(KubeApiServerExtension.class)
class KubectlIT {
    private static final String APP = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              mode: fast
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: {app: web}
            spec:
              replicas: 1
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: nginx, image: "nginx:1.27"}]}
            """;

    private Config config;
    private String ns;

    @BeforeEach
    void cluster(TestCluster cluster) {
        config = Config.fromKubeconfig(cluster.kubeconfig());
        ns = cluster.namespace();
    }

    private CliResult k(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("-n", ns));
        return CliResult.run(config, all.toArray(String[]::new));
    }

    @Test
    void applyGetScaleDeleteAMultiDocumentManifest(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("app.yaml"), APP);

        CliResult applied = k("apply", "-f", file.toString());
        assertThat(applied.code()).as(applied.toString()).isZero();
        assertThat(applied.lines()).containsExactly("configmap/settings serverside-applied",
                "deployment.apps/web serverside-applied");

        CliResult get = k("get", "deployments,configmaps");
        assertThat(get.code()).as(get.toString()).isZero();
        assertThat(get.lines().get(0)).startsWith("NAME").contains("READY").contains("UP-TO-DATE").contains("AVAILABLE");
        assertThat(get.out()).contains("deployment.apps/web ").contains("configmap/settings ");
        assertThat(k("get", "deploy", "web", "-o", "name").out()).isEqualTo("deployment.apps/web\n");
        assertThat(k("get", "cm", "settings", "-o", "yaml").out()).contains("kind: ConfigMap").contains("mode: fast");

        CliResult scaled = k("scale", "deployment/web", "--replicas=3");
        assertThat(scaled.code()).as(scaled.toString()).isZero();
        assertThat(scaled.out()).isEqualTo("deployment.apps/web scaled\n");
        Poll.until("the ReplicaSet to follow with 3 pods", () -> {
            Map<?, ?> list = Json.read(k("get", "rs", "-l", "app=web", "-o", "json").out(), Map.class);
            List<?> items = (List<?>) list.get("items");
            if (items.size() != 1) {
                return null;
            }
            Map<?, ?> rs = (Map<?, ?>) items.get(0);
            boolean follows = Integer.valueOf(3).equals(((Map<?, ?>) rs.get("spec")).get("replicas"))
                    && Integer.valueOf(3).equals(((Map<?, ?>) rs.get("status")).get("replicas"));
            return follows ? rs : null;
        });
        assertThat(k("get", "pods", "-l", "app=web", "-o", "name").lines()).hasSize(3).allMatch(l -> l.startsWith("pod/web-"));

        CliResult deleted = k("delete", "-f", file.toString());
        assertThat(deleted.code()).as(deleted.toString()).isZero();
        assertThat(deleted.lines()).containsExactly("configmap \"settings\" deleted from " + ns + " namespace",
                "deployment.apps \"web\" deleted from " + ns + " namespace");
        CliResult gone = k("get", "deployment", "web");
        assertThat(gone.code()).isEqualTo(1);
        assertThat(gone.err()).isEqualTo("Error from server (NotFound): deployments.apps \"web\" not found\n");
    }

    @Test
    void applyACustomResourceDefinitionAndItsObjectsInOneManifest(TestCluster cluster) {
        String manifest = """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: gizmos.samples-it.kube4j.io}
                spec:
                  group: samples-it.kube4j.io
                  scope: Namespaced
                  names: {kind: Gizmo, plural: gizmos, singular: gizmo, shortNames: [gz]}
                  versions:
                  - name: v1
                    served: true
                    storage: true
                    additionalPrinterColumns:
                    - {name: Size, type: integer, jsonPath: .spec.size}
                    schema:
                      openAPIV3Schema:
                        type: object
                        properties:
                          spec: {type: object, properties: {size: {type: integer}}}
                ---
                apiVersion: samples-it.kube4j.io/v1
                kind: Gizmo
                metadata: {name: g1}
                spec: {size: 7}
                """;
        CliResult applied = CliResult.runWithInput(config, manifest, "apply", "-f", "-", "-n", ns);
        assertThat(applied.code()).as(applied.toString()).isZero();
        assertThat(applied.lines()).containsExactly(
                "customresourcedefinition.apiextensions.k8s.io/gizmos.samples-it.kube4j.io serverside-applied",
                "gizmo.samples-it.kube4j.io/g1 serverside-applied");

        CliResult get = k("get", "gz");
        assertThat(get.lines()).hasSize(2);
        assertThat(get.lines().get(0)).matches("NAME +SIZE"); // the CRD's columns: Age only when it lists one
        assertThat(get.lines().get(1)).matches("g1 +7");
        assertThat(k("get", "gizmos.samples-it.kube4j.io/g1", "-o", "name").out())
                .isEqualTo("gizmo.samples-it.kube4j.io/g1\n");
        assertThat(k("api-resources", "--api-group", "samples-it.kube4j.io").lines()).containsExactly(
                "NAME     SHORTNAMES   APIVERSION                NAMESPACED   KIND",
                "gizmos   gz           samples-it.kube4j.io/v1   true         Gizmo");

        assertThat(k("delete", "gizmo", "g1").code()).isZero();
        assertThat(k("delete", "crd", "gizmos.samples-it.kube4j.io").code()).isZero();
        // The CRD is gone, but the server drops it from discovery asynchronously, in controllers of its own.
        Poll.until("discovery to drop samples-it.kube4j.io", () ->
                !cluster.admin().get("/apis").body().contains("\"name\":\"samples-it.kube4j.io\"")
                        && !cluster.admin().get("/apis/samples-it.kube4j.io/v1").ok() ? true : null);
        assertThat(k("get", "gizmos").err()).isEqualTo("error: the server doesn't have a resource type \"gizmos\"\n");
    }

    @Test
    void theServersErrorsAreItsMessagesWithExitCode1() {
        CliResult missing = k("get", "pod", "missing");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).isEqualTo("Error from server (NotFound): pods \"missing\" not found\n");

        CliResult invalid = CliResult.runWithInput(config, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: Not_Valid}\n",
                "apply", "-f", "-", "-n", ns);
        assertThat(invalid.code()).isEqualTo(1);
        assertThat(invalid.err()).startsWith("Error from server (Invalid): ConfigMap \"Not_Valid\" is invalid: "
                + "metadata.name: Invalid value: \"Not_Valid\"");
        assertThat(invalid.err()).doesNotContain("at io.kube4j"); // no stack trace without -v

        CliResult verbose = k("get", "pod", "missing", "-v");
        assertThat(verbose.err()).contains("NotFoundException").contains("at io.kube4j");
    }

    @Test
    void deleteWithCascadeOrphanLeavesTheReplicaSet() {
        assertThat(CliResult.runWithInput(config, APP, "apply", "-f", "-", "-n", ns).code()).isZero();
        String rs = Poll.until("the ReplicaSet", () -> {
            List<String> names = k("get", "rs", "-l", "app=web", "-o", "name").lines();
            return names.size() == 1 ? names.get(0) : null;
        });

        CliResult deleted = k("delete", "deployment", "web", "--cascade=orphan");
        assertThat(deleted.code()).as(deleted.toString()).isZero();

        CliResult left = k("get", rs, "-o", "json");
        assertThat(left.code()).as(left.toString()).isZero();
        Map<?, ?> metadata = (Map<?, ?>) Json.read(left.out(), Map.class).get("metadata");
        assertThat(metadata.get("ownerReferences")).isNull(); // orphaned: the garbage collector removed the owner
        assertThat(k("delete", rs, "--cascade=background").code()).isZero();
    }

    @Test
    void theClusterComesFromKubeconfigAndNoThreadIsLeft(TestCluster cluster) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = Kubectl.run(List.of("get", "namespace", ns, "-o", "name", "--kubeconfig",
                cluster.kubeconfig().toString()), new Console(print, print, System.in, false)); // Clusters.resolve
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("namespace/" + ns + "\n");
        assertThat(Kube4jThreads.awaitNone(Duration.ofSeconds(10))).isEmpty();
    }

    @Test
    void apiResourcesAndVersion() {
        assertThat(k("api-resources").lines())
                .anyMatch(l -> l.matches("deployments +deploy +apps/v1 +true +Deployment"))
                .anyMatch(l -> l.matches("pods +po +v1 +true +Pod"))
                .anyMatch(l -> l.matches("namespaces +ns +v1 +false +Namespace"));
        CliResult version = k("version");
        assertThat(version.lines()).last().isEqualTo("Server Version: v1.20.2");
    }
}
