package io.kube4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kube4j.api.apps.v1.Deployment;
import io.kube4j.api.authentication.v1.TokenRequest;
import io.kube4j.api.authentication.v1.TokenReview;
import io.kube4j.api.autoscaling.v1.Scale;
import io.kube4j.api.certificates.v1.CertificateSigningRequest;
import io.kube4j.api.core.v1.Binding;
import io.kube4j.api.core.v1.Namespace;
import io.kube4j.api.core.v1.Pod;
import io.kube4j.api.core.v1.PodList;
import io.kube4j.api.policy.v1.Eviction;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Generated typed clients on the wire: paths, methods, bodies, query parameters, result types. */
class TypedClientWireTest {
    @RegisterExtension
    static final WireMockExtension WM = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private KubernetesClient client;

    @BeforeEach
    void open() {
        client = KubernetesClient.create(Config.builder().server(WM.baseUrl()).qps(0).maxRetries(0).build());
    }

    @AfterEach
    void close() {
        client.close();
    }

    static String pod(String ns, String name) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"" + ns
                + "\",\"resourceVersion\":\"7\"},\"spec\":{\"nodeName\":\"n1\"}}";
    }

    /** Runs {@code call} against a server answering {@code status}/{@code body}; returns the one request. */
    private static LoggedRequest request(int status, String body, Runnable call) {
        WM.resetAll();
        WM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
        call.run();
        List<LoggedRequest> all = WM.findAll(anyRequestedFor(anyUrl()));
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static LoggedRequest request(String body, Runnable call) {
        return request(200, body, call);
    }

    private static void is(LoggedRequest r, String method, String pathAndQuery) {
        assertThat(r.getMethod().getName() + " " + r.getUrl()).isEqualTo(method + " " + pathAndQuery);
    }

    @Test
    void namespacedAllNamespacesAndClusterScopedPaths() {
        is(request(pod("ns", "web"), () -> assertThat(client.coreV1().pods("ns").get("web").spec().nodeName())
                .isEqualTo("n1")), "GET", "/api/v1/namespaces/ns/pods/web");
        is(request("{\"items\":[" + pod("a", "x") + "]}", () -> {
            PodList all = client.coreV1().pods().list(ListOptions.labelSelector("app=web"));
            assertThat(all.items()).extracting(p -> p.metadata().namespace()).containsExactly("a");
        }), "GET", "/api/v1/pods?labelSelector=app%3Dweb");
        is(request("{\"items\":[]}", () -> client.coreV1().pods().inNamespace("ns").list()),
                "GET", "/api/v1/namespaces/ns/pods");
        is(request("{\"metadata\":{\"name\":\"n1\"}}", () -> client.coreV1().nodes().get("n1")),
                "GET", "/api/v1/nodes/n1");
        is(request("{}", () -> client.rbacV1().clusterRoles().delete("r", DeleteOptions.DRY_RUN)),
                "DELETE", "/apis/rbac.authorization.k8s.io/v1/clusterroles/r");
        is(request("{}", () -> client.coreV1().configMaps("ns").deleteCollection(ListOptions.labelSelector("a=b"))),
                "DELETE", "/api/v1/namespaces/ns/configmaps?labelSelector=a%3Db");
        assertThat(client.coreV1().pods().resourceType()).isSameAs(io.kube4j.client.core.v1.PodClient.TYPE);
        assertThat(client.coreV1().pods("ns").namespace()).isEqualTo("ns");
    }

    @Test
    void writesSendTheObjectAndTheOptions() {
        Pod pod = Pod.builder().metadata(m -> m.name("web")).spec(s -> s.nodeName("n1")).build();
        LoggedRequest create = request(pod("ns", "web"), () -> client.coreV1().pods("ns").create(pod,
                CreateOptions.fieldManager("me")));
        is(create, "POST", "/api/v1/namespaces/ns/pods?fieldManager=me");
        assertThat(create.getBodyAsString()).isEqualTo(
                "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"web\"},\"spec\":{\"nodeName\":\"n1\"}}");
        is(request(pod("ns", "web"), () -> client.coreV1().pods("ns").update(pod)), "PUT", "/api/v1/namespaces/ns/pods/web");
        LoggedRequest patch = request(pod("ns", "web"), () -> client.coreV1().pods("ns").patch("web",
                PatchType.STRATEGIC_MERGE, "{\"metadata\":{\"labels\":{\"x\":\"y\"}}}"));
        is(patch, "PATCH", "/api/v1/namespaces/ns/pods/web");
        assertThat(patch.getHeader("Content-Type")).startsWith("application/strategic-merge-patch+json");
        LoggedRequest apply = request(pod("ns", "web"), () -> client.coreV1().pods("ns").apply(pod,
                ApplyOptions.fieldManager("me").force()));
        is(apply, "PATCH", "/api/v1/namespaces/ns/pods/web?fieldManager=me&force=true");
        assertThat(apply.getHeader("Content-Type")).startsWith("application/apply-patch+yaml");
        is(request(pod("ns", "web"), () -> client.coreV1().pods("ns").updateStatus(pod)),
                "PUT", "/api/v1/namespaces/ns/pods/web/status");
        is(request(pod("ns", "web"), () -> client.coreV1().pods("ns").applyStatus(pod, ApplyOptions.fieldManager("me"))),
                "PATCH", "/api/v1/namespaces/ns/pods/web/status?fieldManager=me");
    }

    @Test
    void scaleAndOtherSubresourcesUseTheirOwnKinds() {
        String scale = "{\"apiVersion\":\"autoscaling/v1\",\"kind\":\"Scale\",\"metadata\":{\"name\":\"d\"},"
                + "\"spec\":{\"replicas\":3},\"status\":{\"replicas\":2}}";
        is(request(scale, () -> {
            Scale s = client.appsV1().deployments("ns").getScale("d");
            assertThat(s.spec().replicas()).isEqualTo(3);
            assertThat(s.status().replicas()).isEqualTo(2);
        }), "GET", "/apis/apps/v1/namespaces/ns/deployments/d/scale");
        Scale five = Scale.builder().metadata(m -> m.name("d")).spec(sp -> sp.replicas(5)).build();
        LoggedRequest put = request(scale, () -> client.appsV1().deployments("ns").updateScale("d", five,
                UpdateOptions.DRY_RUN));
        is(put, "PUT", "/apis/apps/v1/namespaces/ns/deployments/d/scale?dryRun=All");
        assertThat(put.getBodyAsString()).contains("\"replicas\":5", "\"kind\":\"Scale\"");
        is(request(scale, () -> client.appsV1().statefulSets("ns").patchScale("s", PatchType.MERGE,
                "{\"spec\":{\"replicas\":1}}")), "PATCH", "/apis/apps/v1/namespaces/ns/statefulsets/s/scale");

        String status = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Success\"}";
        LoggedRequest evict = request(201, status, () -> client.coreV1().pods("ns").evict("web"));
        is(evict, "POST", "/api/v1/namespaces/ns/pods/web/eviction");
        assertThat(Json.read(evict.getBodyAsString(), Eviction.class).metadata().name()).isEqualTo("web");
        assertThat(Json.read(evict.getBodyAsString(), Eviction.class).metadata().namespace()).isEqualTo("ns");
        assertThat(evict.getBodyAsString()).contains("\"apiVersion\":\"policy/v1\"", "\"kind\":\"Eviction\"");
        is(request(201, status, () -> client.coreV1().pods("ns").bind("web", Binding.builder()
                .metadata(m -> m.name("web")).target(t -> t.kind("Node").name("n1")).build())),
                "POST", "/api/v1/namespaces/ns/pods/web/binding");
        is(request(201, "{\"status\":{\"token\":\"secret-token\"}}", () -> {
            TokenRequest t = client.coreV1().serviceAccounts("ns").createToken("sa",
                    TokenRequest.builder().spec(s -> s.expirationSeconds(600L)).build());
            assertThat(t.status().token()).isEqualTo("secret-token");
            assertThat(t.toString()).doesNotContain("secret-token");
        }), "POST", "/api/v1/namespaces/ns/serviceaccounts/sa/token");
        is(request("{\"metadata\":{\"name\":\"x\"}}", () -> client.coreV1().namespaces().updateFinalize(
                Namespace.builder().metadata(m -> m.name("x")).build())), "PUT", "/api/v1/namespaces/x/finalize");
        is(request("{\"metadata\":{\"name\":\"c\"}}", () -> client.certificatesV1().certificateSigningRequests()
                .updateApproval(CertificateSigningRequest.builder().metadata(m -> m.name("c")).build())),
                "PUT", "/apis/certificates.k8s.io/v1/certificatesigningrequests/c/approval");
        is(request(pod("ns", "web"), () -> client.coreV1().pods("ns").getEphemeralContainers("web")),
                "GET", "/api/v1/namespaces/ns/pods/web/ephemeralcontainers");
        is(request(201, "{\"status\":{\"authenticated\":true}}", () -> assertThat(client.authenticationV1()
                .tokenReviews().create(TokenReview.builder().spec(s -> s.token("t")).build()).status().authenticated())
                .isTrue()), "POST", "/apis/authentication.k8s.io/v1/tokenreviews");
    }

    @Test
    void logsAsStreamLinesAndText() throws Exception {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods/web/log"))
                .willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody("one\ntwo\nthree\n")));
        LogOptions options = LogOptions.builder().container("c").tailLines(3).timestamps(true)
                .sinceTime(Instant.parse("2024-01-02T03:04:05.678Z")).build();
        try (Stream<String> lines = client.coreV1().pods("ns").logLines("web", options)) {
            assertThat(lines.collect(Collectors.toList())).containsExactly("one", "two", "three");
        }
        LoggedRequest r = WM.findAll(anyRequestedFor(anyUrl())).get(0);
        assertThat(r.getUrl()).isEqualTo("/api/v1/namespaces/ns/pods/web/log?container=c&timestamps=true"
                + "&tailLines=3&sinceTime=2024-01-02T03%3A04%3A05Z");
        assertThat(client.coreV1().pods("ns").logText("web")).isEqualTo("one\ntwo\nthree\n");
        try (InputStream in = client.coreV1().pods("ns").logs("web", LogOptions.container("c"))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("one");
        }
    }

    @Test
    void aLogTheServerRefusesIsAnApiException() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods/web/log")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\","
                        + "\"status\":\"Failure\",\"message\":\"pod web does not have a host assigned\","
                        + "\"reason\":\"BadRequest\",\"code\":400}")));
        assertThatThrownBy(() -> client.coreV1().pods("ns").logText("web")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("does not have a host assigned");
        assertThatThrownBy(() -> client.coreV1().pods("ns").logLines("web")).isInstanceOf(ApiException.class);
    }

    @Test
    void scopesAreCheckedBeforeSending() {
        assertThatThrownBy(() -> client.coreV1().pods("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a namespace is required");
        assertThatThrownBy(() -> client.coreV1().pods((String) null)).isInstanceOf(IllegalArgumentException.class);
        Consumer<Runnable> noRequest = call -> {
            WM.resetAll();
            assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class);
            assertThat(WM.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        };
        noRequest.accept(() -> client.coreV1().pods("ns").get(""));
        noRequest.accept(() -> client.coreV1().pods("ns").create(Pod.builder()
                .metadata(m -> m.name("p").namespace("other")).build()));
        noRequest.accept(() -> new AllNamespacesClient<>(client.coreV1().nodes().resourceClient(), ns -> ns));
        noRequest.accept(() -> client.appsV1().deployments("ns").update(Deployment.builder().build()));
    }
}
