package io.kube4j.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proves the test server is a real, correctly built kube-apiserver: its version, JSON for objects with
 * maps (the reflect2 trap), controllers acting on Deployments, garbage collection, loopback-only.
 * Uses the JDK HTTP client only, independent of kube4j.
 */
@ExtendWith(KubeApiServerExtension.class)
class RealApiServerIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void versionIsKubernetes1_20_2(TestCluster cluster) throws IOException {
        AdminHttp.Answer a = cluster.admin().get("/version");
        assertThat(a.code()).isEqualTo(200);
        JsonNode v = JSON.readTree(a.body());
        System.out.println("[kube4j] server /version gitVersion=" + v.path("gitVersion").asText());
        assertThat(v.path("gitVersion").asText()).isEqualTo("v1.20.2");
    }

    @Test
    void labelledConfigMapRoundTripsOverJson(TestCluster cluster) throws IOException {
        String ns = cluster.namespace();
        String base = "/api/v1/namespaces/" + ns + "/configmaps";
        AdminHttp.Answer created = cluster.admin().post(base, "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\","
                + "\"metadata\":{\"name\":\"maps\",\"labels\":{\"app\":\"web\",\"tier\":\"front\"}},"
                + "\"data\":{\"a\":\"1\",\"b\":\"2\"}}");
        assertThat(created.code()).as(created.body()).isEqualTo(201);
        JsonNode cm = JSON.readTree(created.body());
        assertThat(cm.path("data").path("b").asText()).isEqualTo("2");
        String rv = cm.path("metadata").path("resourceVersion").asText();

        AdminHttp.Answer list = cluster.admin().get(base + "?labelSelector=app%3Dweb");
        JsonNode items = JSON.readTree(list.body()).path("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("metadata").path("labels").path("tier").asText()).isEqualTo("front");
        assertThat(items.get(0).path("data").path("a").asText()).isEqualTo("1");

        // A watch from before the create replays it as ADDED, with the map fields intact.
        long before = Long.parseLong(rv) - 1;
        AdminHttp.Answer watch = cluster.admin().get(base + "?watch=1&timeoutSeconds=1&resourceVersion=" + before);
        List<JsonNode> events = new ArrayList<>();
        for (String line : watch.body().split("\n")) {
            if (!line.isBlank()) {
                events.add(JSON.readTree(line));
            }
        }
        assertThat(events).isNotEmpty();
        JsonNode added = events.get(0);
        assertThat(added.path("type").asText()).isEqualTo("ADDED");
        assertThat(added.path("object").path("metadata").path("labels").path("app").asText()).isEqualTo("web");
        assertThat(added.path("object").path("data").path("b").asText()).isEqualTo("2");
    }

    @Test
    void controllerManagerRunsDeploymentsAndGarbageCollection(TestCluster cluster) throws Exception {
        String ns = cluster.namespace();
        String deploy = "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"web\"},"
                + "\"spec\":{\"replicas\":2,\"selector\":{\"matchLabels\":{\"app\":\"web\"}},"
                + "\"template\":{\"metadata\":{\"labels\":{\"app\":\"web\"}},"
                + "\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"nginx:1.27\"}]}}}}";
        AdminHttp.Answer created = cluster.admin().post("/apis/apps/v1/namespaces/" + ns + "/deployments", deploy);
        assertThat(created.code()).as(created.body()).isEqualTo(201);

        JsonNode rs = Poll.until("a ReplicaSet owned by the Deployment", () -> {
            JsonNode items = JSON.readTree(cluster.admin().get("/apis/apps/v1/namespaces/" + ns + "/replicasets").body()).path("items");
            return items.size() == 1 ? items.get(0) : null;
        });
        assertThat(rs.path("metadata").path("ownerReferences").get(0).path("kind").asText()).isEqualTo("Deployment");
        Poll.until("two Pods created by the ReplicaSet", () -> {
            JsonNode items = JSON.readTree(cluster.admin().get("/api/v1/namespaces/" + ns + "/pods").body()).path("items");
            return items.size() == 2 ? items : null;
        });

        AdminHttp.Answer del = cluster.admin().delete("/apis/apps/v1/namespaces/" + ns + "/deployments/web",
                "{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"propagationPolicy\":\"Foreground\"}");
        assertThat(del.code()).as(del.body()).isEqualTo(200);
        Poll.until("dependents and the Deployment gone", () -> {
            boolean pods = JSON.readTree(cluster.admin().get("/api/v1/namespaces/" + ns + "/pods").body()).path("items").isEmpty();
            boolean rss = JSON.readTree(cluster.admin().get("/apis/apps/v1/namespaces/" + ns + "/replicasets").body()).path("items").isEmpty();
            boolean gone = cluster.admin().get("/apis/apps/v1/namespaces/" + ns + "/deployments/web").code() == 404;
            return pods && rss && gone ? Boolean.TRUE : null;
        });
    }

    @Test
    void unprivilegedTokenIsForbidden(TestCluster cluster) {
        String path = "/api/v1/namespaces/" + cluster.namespace() + "/configmaps";
        assertThat(cluster.admin().get(path).code()).isEqualTo(200);
        AdminHttp nobody = new AdminHttp(cluster.server(), cluster.server().unprivilegedToken());
        AdminHttp.Answer a = nobody.get(path);
        assertThat(a.code()).isEqualTo(403);
        assertThat(a.body()).contains("\"reason\":\"Forbidden\"").contains("kube4j-nobody");
    }

    @Test
    void everyServerProcessListensOnLoopbackOnly(TestCluster cluster) throws IOException {
        Set<String> inodes = new HashSet<>();
        for (String name : List.of("etcd", "kube-apiserver", "kube-controller-manager")) {
            String pid = Files.readString(cluster.server().stateDir().resolve(name + ".pid")).trim();
            try (Stream<Path> fds = Files.list(Path.of("/proc", pid, "fd"))) {
                fds.forEach(fd -> {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring(8, target.length() - 1));
                        }
                    } catch (IOException ignored) {
                        // fd closed while listing
                    }
                });
            }
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9])) { // 0A = LISTEN
                    listening.add(f[1]);
                }
            }
        }
        assertThat(listening).isNotEmpty();
        // 0100007F = 127.0.0.1 in /proc/net/tcp; IPv4-mapped loopback in tcp6.
        assertThat(listening).allMatch(addr -> addr.startsWith("0100007F:")
                || addr.startsWith("0000000000000000FFFF00000100007F:"), "loopback only: " + listening);
    }
}
