package io.kube4j.samples.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code apply}, {@code delete} and {@code scale} send kubectl's requests: server-side apply patches, DELETE
 * with a DeleteOptions body, a merge patch of the scale subresource.
 */
class ChangeWireTest extends RecordingServer {
    private static final String MANIFEST = """
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
            spec:
              replicas: 2
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: nginx, image: "nginx:1.27"}]}
            """;

    @Test
    void applyIsAServerSideApplyPerObject() {
        WM.stubFor(patch(urlPathEqualTo("/api/v1/namespaces/ns/configmaps/settings")).willReturn(ok(
                "{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"settings\",\"namespace\":\"ns\"}}")));
        WM.stubFor(patch(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments/web")).willReturn(ok(
                "{\"kind\":\"Deployment\",\"apiVersion\":\"apps/v1\",\"metadata\":{\"name\":\"web\",\"namespace\":\"ns\"}}")));

        CliResult r = kubectlWithInput(MANIFEST, "apply", "--server-side", "-f", "-", "-n", "ns");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.lines()).containsExactly("configmap/settings serverside-applied",
                "deployment.apps/web serverside-applied");
        List<Sent> sent = sent();
        assertThat(sent).extracting(Sent::line, Sent::query, Sent::contentType).containsExactly(
                tuple("PATCH /api/v1/namespaces/ns/configmaps/settings",
                        Map.of("fieldManager", "kube4j", "fieldValidation", "Strict"), "application/apply-patch+yaml"),
                tuple("PATCH /apis/apps/v1/namespaces/ns/deployments/web",
                        Map.of("fieldManager", "kube4j", "fieldValidation", "Strict"), "application/apply-patch+yaml"));
        Map<String, Object> body = jsonMap(sent.get(0).body());
        assertThat(body).containsEntry("apiVersion", "v1").containsEntry("kind", "ConfigMap")
                .containsEntry("data", Map.of("mode", "fast"));
    }

    @Test
    void applyReportsTheServersErrorPerObjectAndExits1() {
        WM.stubFor(patch(urlPathEqualTo("/api/v1/namespaces/ns/configmaps/settings")).willReturn(ok(
                "{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"settings\",\"namespace\":\"ns\"}}")));
        WM.stubFor(patch(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments/web")).willReturn(ok("").withStatus(409)
                .withBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Conflict\","
                        + "\"message\":\"Apply failed with 1 conflict: conflict with \\\"kubectl\\\": .spec.replicas\","
                        + "\"code\":409}")));

        CliResult r = kubectlWithInput(MANIFEST, "apply", "-f", "-", "-n", "ns");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.lines()).containsExactly("configmap/settings serverside-applied");
        assertThat(r.err()).isEqualTo("Error from server (Conflict): Apply failed with 1 conflict: conflict with "
                + "\"kubectl\": .spec.replicas\n");
    }

    @Test
    void applyRefusesAnObjectOfAnotherNamespaceThanTheExplicitOne() {
        CliResult r = kubectlWithInput("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: other}\n",
                "apply", "-f", "-", "-n", "ns");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: the namespace from the provided object \"other\" does not match the "
                + "namespace \"ns\".");
        assertThat(sent()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "'',                   Background, ",
        "--cascade=background, Background, ",
        "--cascade=foreground, Foreground, ",
        "--cascade=orphan,     Orphan,     ",
        "--grace-period=0,     Background, 0",
    })
    void deleteSendsDeleteOptionsAndWaitsUntilTheObjectIsGone(String flag, String policy, Long grace) {
        WM.stubFor(delete(urlPathEqualTo("/api/v1/namespaces/ns/pods/web")).willReturn(ok(pod("web", "c"))));
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods/web")).willReturn(notFound("pods", "web")));

        CliResult r = flag.isEmpty() ? kubectl("delete", "pod", "web", "-n", "ns")
                : kubectl("delete", "pod", "web", "-n", "ns", flag);

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("pod \"web\" deleted from ns namespace\n");
        List<Sent> sent = sent();
        assertThat(sent).extracting(Sent::line).containsExactly("DELETE /api/v1/namespaces/ns/pods/web",
                "GET /api/v1/namespaces/ns/pods/web");
        assertThat(sent.get(0).contentType()).isEqualTo("application/json");
        Map<String, Object> body = jsonMap(sent.get(0).body());
        assertThat(body).containsEntry("kind", "DeleteOptions").containsEntry("apiVersion", "v1")
                .containsEntry("propagationPolicy", policy);
        if (grace == null) {
            assertThat(body).doesNotContainKey("gracePeriodSeconds");
        } else {
            assertThat(body).containsEntry("gracePeriodSeconds", grace.intValue());
        }
    }

    @Test
    void deleteWaitsWithAWatchOfTheNameUntilDeleted() {
        WM.stubFor(delete(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments/web")).willReturn(ok("{}")));
        String deployment = "{\"kind\":\"Deployment\",\"apiVersion\":\"apps/v1\",\"metadata\":{\"name\":\"web\","
                + "\"namespace\":\"ns\",\"uid\":\"u1\",\"resourceVersion\":\"40\"}}";
        WM.stubFor(get(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments/web")).willReturn(ok(deployment)));
        WM.stubFor(get(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments")).withQueryParam("watch", equalTo("true"))
                .atPriority(1).willReturn(watchEvents("{\"type\":\"DELETED\",\"object\":" + deployment + "}")));
        WM.stubFor(get(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments")).atPriority(2).willReturn(ok(
                "{\"kind\":\"DeploymentList\",\"apiVersion\":\"apps/v1\",\"metadata\":{\"resourceVersion\":\"41\"},"
                        + "\"items\":[" + deployment + "]}")));

        CliResult r = kubectl("delete", "deployment/web", "-n", "ns", "--cascade=foreground");

        assertThat(r.code()).as(r.toString()).isZero();
        List<Sent> sent = sent();
        assertThat(sent).extracting(Sent::line).containsExactly("DELETE /apis/apps/v1/namespaces/ns/deployments/web",
                "GET /apis/apps/v1/namespaces/ns/deployments/web", "GET /apis/apps/v1/namespaces/ns/deployments",
                "GET /apis/apps/v1/namespaces/ns/deployments");
        assertThat(sent.get(2).query()).isEqualTo(Map.of("fieldSelector", "metadata.name=web"));
        assertThat(sent.get(3).query()).containsEntry("fieldSelector", "metadata.name=web")
                .containsEntry("resourceVersion", "41").containsEntry("watch", "true");
    }

    @Test
    void deleteOfAMissingObjectIsNotFoundWithExitCode1() {
        WM.stubFor(delete(urlPathEqualTo("/api/v1/namespaces/ns/configmaps/gone")).willReturn(notFound("configmaps", "gone")));

        CliResult r = kubectl("delete", "cm", "gone", "-n", "ns");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error from server (NotFound): configmaps \"gone\" not found\n");
        assertThat(kubectl("delete", "cm", "gone", "-n", "ns", "--ignore-not-found").code()).isZero();
    }

    @Test
    void scaleReadsTheObjectThenMergePatchesItsScale() {
        WM.stubFor(get(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments/web")).willReturn(ok(
                "{\"kind\":\"Deployment\",\"apiVersion\":\"apps/v1\",\"metadata\":{\"name\":\"web\",\"namespace\":\"ns\"}}")));
        WM.stubFor(patch(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments/web/scale")).willReturn(ok(
                "{\"kind\":\"Scale\",\"apiVersion\":\"autoscaling/v1\",\"metadata\":{\"name\":\"web\"},"
                        + "\"spec\":{\"replicas\":3}}")));

        CliResult r = kubectl("scale", "--replicas=3", "deployment/web", "-n", "ns");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("deployment.apps/web scaled\n");
        List<Sent> sent = sent();
        assertThat(sent).extracting(Sent::line).containsExactly("GET /apis/apps/v1/namespaces/ns/deployments/web",
                "PATCH /apis/apps/v1/namespaces/ns/deployments/web/scale");
        assertThat(sent.get(1).query()).isEmpty();
        assertThat(sent.get(1).contentType()).isEqualTo("application/merge-patch+json");
        assertThat(sent.get(1).body()).isEqualTo("{\"spec\":{\"replicas\":3}}");
    }

    @Test
    void scaleWithAPreconditionReadsAndReplacesTheScale() {
        WM.stubFor(get(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments/web")).willReturn(ok(
                "{\"kind\":\"Deployment\",\"apiVersion\":\"apps/v1\",\"metadata\":{\"name\":\"web\",\"namespace\":\"ns\"}}")));
        WM.stubFor(any(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments/web/scale")).willReturn(ok(
                "{\"kind\":\"Scale\",\"apiVersion\":\"autoscaling/v1\",\"metadata\":{\"name\":\"web\","
                        + "\"resourceVersion\":\"12\"},\"spec\":{\"replicas\":2}}")));

        assertThat(kubectl("scale", "deploy", "web", "-n", "ns", "--replicas=5", "--current-replicas=2").code()).isZero();
        List<Sent> sent = sent();
        assertThat(sent).extracting(Sent::line).containsExactly("GET /apis/apps/v1/namespaces/ns/deployments/web",
                "GET /apis/apps/v1/namespaces/ns/deployments/web/scale",
                "PUT /apis/apps/v1/namespaces/ns/deployments/web/scale");
        Map<String, Object> scale = jsonMap(sent.get(2).body());
        assertThat(scale.get("spec")).isEqualTo(Map.of("replicas", 5));
        assertThat(scale.get("metadata")).isEqualTo(Map.of("name", "web", "resourceVersion", "12"));

        WM.resetRequests();
        CliResult wrong = kubectl("scale", "deploy", "web", "-n", "ns", "--replicas=5", "--current-replicas=4");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).isEqualTo("error: Expected replicas to be 4, was 2\n");
        assertThat(sent()).extracting(Sent::method).doesNotContain("PUT");
    }
}
