package io.kube4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.TestCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What only the real server can show: mutual TLS with RSA and EC client keys, a watch from a compacted
 * resourceVersion answering 410 Gone, and Secrets through raw requests (the generic engine's wire path).
 */
@ExtendWith(KubeApiServerExtension.class)
class ServerAuthAndWatchIT {
    private static final ResourceType<TestConfigMap, TestConfigMapList> CONFIGMAPS = ResourceType.namespaced(
            GroupVersionKind.of("", "v1", "ConfigMap"), "configmaps", TestConfigMap.class, TestConfigMapList.class);

    @ParameterizedTest
    @ValueSource(strings = {"admin-rsa", "admin-ec"})
    void mutualTlsWithClientCertificates(String identity, TestCluster cluster) throws IOException {
        Config config = Config.builder()
                .server(cluster.server().server())
                .caCertData(Files.readAllBytes(cluster.server().pki("ca.crt")))
                .clientCertData(Files.readAllBytes(cluster.server().pki(identity + ".crt")))
                .clientKeyData(Files.readAllBytes(cluster.server().pki(identity + ".key")))
                .build();
        try (RestClient client = RestClient.create(config)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> review = client.post().group("authorization.k8s.io").version("v1")
                    .resource("selfsubjectaccessreviews")
                    .body(Map.of("apiVersion", "authorization.k8s.io/v1", "kind", "SelfSubjectAccessReview",
                            "spec", Map.of("resourceAttributes", Map.of("verb", "*", "resource", "*"))))
                    .execute(Map.class);
            assertThat(review.get("status")).asString().contains("allowed=true");
            TestConfigMap created = client.resource(CONFIGMAPS).create(cluster.namespace(), TestConfigMap.of(
                    ObjectMeta.builder().name("mtls-" + identity).build(), Map.of("who", identity)), CreateOptions.DEFAULT);
            assertThat(created.metadata().uid()).isNotEmpty();
        }
    }

    @Test
    void mutualTlsFromTheGeneratedKubeconfig(TestCluster cluster) {
        try (RestClient client = RestClient.create(Config.fromKubeconfig(cluster.server().clientCertKubeconfig()))) {
            assertThat(client.resource(CONFIGMAPS).list(cluster.namespace(), ListOptions.DEFAULT).metadata()
                    .resourceVersion()).isNotEmpty();
        }
    }

    @Test
    void untrustedServerIsRejected(TestCluster cluster) {
        Config config = Config.builder().server(cluster.server().server()).token(cluster.server().adminToken()).build();
        try (RestClient client = RestClient.create(config)) {
            assertThatThrownBy(() -> client.get().absPath("/version").execute(Map.class))
                    .isInstanceOf(TransportException.class)
                    .hasMessageNotContaining(cluster.server().adminToken());
        }
    }

    @Test
    void watchFromAnAncientResourceVersionIsGone(TestCluster cluster) {
        // A restarted kube-apiserver's watch cache starts at the current resourceVersion, so "1" is then
        // older than anything it holds (on a young server "1" may still be inside the cache's window).
        cluster.server().restartApiServer();
        try (RestClient client = RestClient.create(Config.fromKubeconfig(cluster.kubeconfig()))) {
            ResourceClient<TestConfigMap, TestConfigMapList> maps = client.resource(CONFIGMAPS);
            ListOptions ancient = ListOptions.builder().resourceVersion("1").build();
            try (Watch<TestConfigMap> watch = maps.watch(cluster.namespace(), ancient)) {
                Iterator<WatchEvent<TestConfigMap>> events = watch.iterator();
                assertThat(events.hasNext()).isTrue();
                WatchEvent<TestConfigMap> first = events.next();
                assertThat(first.type()).isEqualTo(EventType.ERROR);
                assertThat(first.isGone()).isTrue();
                assertThat(first.status().orElseThrow().code()).isEqualTo(410);
                assertThat(first.toException("watch")).get().isInstanceOf(GoneException.class);
            } catch (GoneException e) {
                // Some servers answer the watch request itself with 410: equally correct.
                assertThat(e.code()).isEqualTo(410);
            }
        }
    }

    @Test
    void secretsCrudThroughRawRequests(TestCluster cluster) {
        String ns = cluster.namespace();
        String value = "s3cr3t-" + System.nanoTime();
        try (RestClient client = RestClient.create(Config.fromKubeconfig(cluster.kubeconfig()))) {
            Map<String, Object> secret = Map.of("apiVersion", "v1", "kind", "Secret",
                    "metadata", Map.of("name", "creds"),
                    "data", Map.of("password", Base64.getEncoder().encodeToString(value.getBytes())));
            client.post().namespace(ns).resource("secrets").body(secret).execute();
            @SuppressWarnings("unchecked")
            Map<String, Object> read = client.get().namespace(ns).resource("secrets").name("creds").execute(Map.class);
            @SuppressWarnings("unchecked")
            Map<String, String> data = (Map<String, String>) read.get("data");
            assertThat(new String(Base64.getDecoder().decode(data.get("password")))).isEqualTo(value);

            client.patch(PatchType.MERGE).namespace(ns).resource("secrets").name("creds")
                    .body(Map.of("stringData", Map.of("user", "admin"))).execute();
            @SuppressWarnings("unchecked")
            Map<String, String> patched = (Map<String, String>) client.get().namespace(ns).resource("secrets")
                    .name("creds").execute(Map.class).get("data");
            assertThat(patched).containsKeys("password", "user");

            client.delete().namespace(ns).resource("secrets").name("creds").execute();
            assertThatThrownBy(() -> client.get().namespace(ns).resource("secrets").name("creds").execute(Map.class))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageNotContaining(value);
        }
    }
}
