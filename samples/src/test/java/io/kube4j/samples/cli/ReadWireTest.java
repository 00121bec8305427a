package io.kube4j.samples.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.client.Config;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code logs}, {@code rollout status}, {@code describe}, {@code version} and {@code api-resources} on the wire. */
class ReadWireTest extends RecordingServer {

    @Test
    void logsReadsThePodThenItsLogWithContainerAndTail() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods/web")).willReturn(ok(pod("web", "a", "c"))));
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods/web/log"))
                .willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody("line 1\nline 2\n")));

        CliResult r = kubectl("logs", "web", "--tail=10", "-c", "c", "-n", "ns");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("line 1\nline 2\n");
        assertThat(sent()).extracting(Sent::line, Sent::query).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GET /api/v1/namespaces/ns/pods/web", Map.of()),
                org.assertj.core.groups.Tuple.tuple("GET /api/v1/namespaces/ns/pods/web/log",
                        Map.of("container", "c", "tailLines", "10")));
    }

    @Test
    void logsDefaultsToTheFirstContainerAndFollows() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods/web")).willReturn(ok(pod("web", "app", "sidecar"))));
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods/web/log"))
                .willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody("streamed\n")));

        CliResult r = kubectl("logs", "-f", "pod/web", "-n", "ns");

        assertThat(r.out()).isEqualTo("streamed\n");
        assertThat(r.err()).isEqualTo("Defaulted container \"app\" out of: app, sidecar\n");
        assertThat(sent().get(1).query()).isEqualTo(Map.of("container", "app", "follow", "true"));
    }

    @Test
    void rolloutStatusWatchesTheDeploymentByNameUntilItIsRolledOut() {
        WM.stubFor(get(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments/web")).willReturn(ok(deployment(1, 0, "7"))));
        WM.stubFor(get(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments")).withQueryParam("watch", absent())
                .willReturn(ok("{\"kind\":\"DeploymentList\",\"apiVersion\":\"apps/v1\",\"metadata\":"
                        + "{\"resourceVersion\":\"8\"},\"items\":[" + deployment(1, 0, "7") + "]}")));
        WM.stubFor(get(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments")).withQueryParam("watch", equalTo("true"))
                .willReturn(watchEvents("{\"type\":\"MODIFIED\",\"object\":" + deployment(1, 1, "9") + "}",
                        "{\"type\":\"MODIFIED\",\"object\":" + deployment(2, 2, "10") + "}")));

        CliResult r = kubectl("rollout", "status", "deployment/web", "-n", "ns");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.lines()).containsExactly(
                "Waiting for deployment \"web\" rollout to finish: 0 of 2 updated replicas are available...",
                "Waiting for deployment \"web\" rollout to finish: 1 of 2 updated replicas are available...",
                "deployment \"web\" successfully rolled out");
        List<Sent> sent = sent();
        assertThat(sent).extracting(Sent::line).containsExactly("GET /apis/apps/v1/namespaces/ns/deployments/web",
                "GET /apis/apps/v1/namespaces/ns/deployments", "GET /apis/apps/v1/namespaces/ns/deployments");
        assertThat(sent.get(1).query()).isEqualTo(Map.of("fieldSelector", "metadata.name=web"));
        assertThat(sent.get(2).query()).containsEntry("fieldSelector", "metadata.name=web")
                .containsEntry("resourceVersion", "8").containsEntry("allowWatchBookmarks", "true")
                .containsEntry("watch", "true");
    }

    @Test
    void rolloutStatusRedrawsOneProgressLineOnATerminal() {
        WM.stubFor(get(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments/web")).willReturn(ok(deployment(1, 0, "7"))));
        WM.stubFor(get(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments")).withQueryParam("watch", absent())
                .willReturn(ok("{\"kind\":\"DeploymentList\",\"apiVersion\":\"apps/v1\",\"metadata\":"
                        + "{\"resourceVersion\":\"8\"},\"items\":[" + deployment(1, 0, "7") + "]}")));
        WM.stubFor(get(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments")).withQueryParam("watch", equalTo("true"))
                .willReturn(watchEvents("{\"type\":\"MODIFIED\",\"object\":" + deployment(2, 2, "10") + "}")));

        CliResult r = CliResult.runOnTerminal(Config.builder().server(WM.baseUrl()).qps(0).build(),
                "rollout", "status", "deployment/web", "-n", "ns");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("\r\033[KWaiting for deployment \"web\" rollout to finish: 0 of 2 updated replicas "
                + "are available...\r\033[Kdeployment \"web\" successfully rolled out\n");
    }

    @Test
    void rolloutStatusOfAMissingDeploymentIsNotFound() {
        WM.stubFor(get(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments/nope")).willReturn(notFound(
                "deployments.apps", "nope")));

        CliResult r = kubectl("rollout", "status", "deploy/nope", "-n", "ns");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error from server (NotFound): deployments.apps \"nope\" not found\n");
    }

    @Test
    void describeReadsThePodAndItsEventsByInvolvedObject() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods/web")).willReturn(ok(pod("web", "app"))));
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/events")).willReturn(ok("""
                {"kind":"EventList","apiVersion":"v1","metadata":{},"items":[{"metadata":{"name":"web.1","namespace":"ns"},
                 "type":"Warning","reason":"FailedScheduling","message":"no nodes available","count":3,
                 "firstTimestamp":"2020-01-01T00:00:00Z","lastTimestamp":"2020-01-01T00:05:00Z",
                 "source":{"component":"default-scheduler"}}]}""")));

        CliResult r = kubectl("describe", "pod", "web", "-n", "ns");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Name:             web\nNamespace:        ns\n")
                .contains("Containers:\n  app:\n    Image:        busybox\n")
                .contains("  Type     Reason            Age")
                .contains("  Warning  FailedScheduling  ")
                .contains("default-scheduler  no nodes available\n");
        List<Sent> sent = sent();
        assertThat(sent).extracting(Sent::line).containsExactly("GET /api/v1/namespaces/ns/pods/web",
                "GET /api/v1/namespaces/ns/events");
        assertThat(sent.get(1).query()).isEqualTo(Map.of("fieldSelector", "involvedObject.kind=Pod,"
                + "involvedObject.name=web,involvedObject.namespace=ns,involvedObject.uid=u-web", "limit", "500"));
    }

    @Test
    void versionAsksForVersion() {
        json("/version", "{\"major\":\"1\",\"minor\":\"20\",\"gitVersion\":\"v1.20.2\"}");

        CliResult r = kubectl("version");

        assertThat(r.lines()).hasSize(2).last().isEqualTo("Server Version: v1.20.2");
        assertThat(r.lines().get(0)).startsWith("Client Version: kube4j/");
        assertThat(sent()).extracting(Sent::line).containsExactly("GET /version");
    }

    @Test
    void apiResourcesListsThePreferredResourcesSortedByGroup() {
        CliResult r = kubectl("api-resources");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.lines()).containsExactly(
                "NAME          SHORTNAMES   APIVERSION   NAMESPACED   KIND",
                "configmaps    cm           v1           true         ConfigMap",
                "events        ev           v1           true         Event",
                "namespaces    ns           v1           false        Namespace",
                "pods          po           v1           true         Pod",
                "deployments   deploy       apps/v1      true         Deployment",
                "replicasets   rs           apps/v1      true         ReplicaSet");
        assertThat(sent()).isEmpty();
    }

    /** A deployment of 2 replicas with {@code updated} and {@code available} in its status. */
    private static String deployment(int updated, int available, String resourceVersion) {
        return "{\"kind\":\"Deployment\",\"apiVersion\":\"apps/v1\",\"metadata\":{\"name\":\"web\",\"namespace\":\"ns\","
                + "\"generation\":1,\"resourceVersion\":\"" + resourceVersion + "\"},\"spec\":{\"replicas\":2},"
                + "\"status\":{\"observedGeneration\":1,\"replicas\":2,\"updatedReplicas\":" + Math.max(updated, 2)
                + ",\"availableReplicas\":" + available + "}}";
    }
}
