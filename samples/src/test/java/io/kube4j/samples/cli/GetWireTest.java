package io.kube4j.samples.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code get} sends kubectl's requests: a Table Accept header for humans, lists paged by 500 (following
 * {@code continue}), plain JSON for {@code -o json}, and for {@code -w} a list followed by a watch from its
 * resourceVersion (a named object: by field selector from resourceVersion 0).
 */
class GetWireTest extends RecordingServer {

    @Test
    void listAsksForATablePagedBy500AndPrintsItsColumns() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods")).willReturn(ok(podTable("100", null, "web-1", "web-22"))));

        CliResult r = kubectl("get", "pods", "-n", "ns");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(sent()).singleElement().satisfies(s -> {
            assertThat(s.line()).isEqualTo("GET /api/v1/namespaces/ns/pods");
            assertThat(s.query()).isEqualTo(Map.of("limit", "500"));
            assertThat(s.accept()).isEqualTo(TABLE_ACCEPT);
        });
        assertThat(r.lines()).containsExactly(
                "NAME     READY   STATUS    RESTARTS   AGE",
                "web-1    0/1     Pending   0          5s",
                "web-22   0/1     Pending   0          5s");
    }

    @ParameterizedTest
    @CsvSource({
        "pods,                 /api/v1/namespaces/ns/pods",
        "pod,                  /api/v1/namespaces/ns/pods",
        "po,                   /api/v1/namespaces/ns/pods",
        "Pod,                  /api/v1/namespaces/ns/pods",
        "pods.v1.,             /api/v1/namespaces/ns/pods",
        "deployments,          /apis/apps/v1/namespaces/ns/deployments",
        "deploy,               /apis/apps/v1/namespaces/ns/deployments",
        "Deployment,           /apis/apps/v1/namespaces/ns/deployments",
        "deployments.apps,     /apis/apps/v1/namespaces/ns/deployments",
        "deployment.v1.apps,   /apis/apps/v1/namespaces/ns/deployments",
        "namespaces,           /api/v1/namespaces",
        "ns,                   /api/v1/namespaces",
    })
    void resourcesAreNamedAsKubectlAcceptsThem(String resource, String path) {
        WM.stubFor(get(urlPathEqualTo(path)).willReturn(ok(podTable("1", null))));

        kubectl("get", resource, "-n", "ns");

        assertThat(sent()).extracting(Sent::line).containsExactly("GET " + path);
    }

    @Test
    void wideShowsEveryColumnAndAllNamespacesAddsNamespace() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/pods")).willReturn(ok(podTable("100", null, "web-1"))));

        CliResult r = kubectl("get", "po", "-A", "-l", "app=web", "--field-selector", "status.phase=Pending", "-o", "wide");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(sent()).singleElement().satisfies(s -> assertThat(s.query()).isEqualTo(
                Map.of("labelSelector", "app=web", "fieldSelector", "status.phase=Pending", "limit", "500")));
        assertThat(r.lines()).containsExactly(
                "NAMESPACE   NAME    READY   STATUS    RESTARTS   AGE   IP       NODE",
                "ns          web-1   0/1     Pending   0          5s    <none>   <none>");
    }

    @Test
    void followsContinueTokensAndJoinsThePages() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods")).withQueryParam("continue", absent())
                .willReturn(ok(podTable("100", "next-page", "a"))));
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods")).withQueryParam("continue", equalTo("next-page"))
                .willReturn(ok(podTable("100", null, "b"))));

        CliResult r = kubectl("get", "pods", "-n", "ns");

        assertThat(sent()).extracting(Sent::query).containsExactly(Map.of("limit", "500"),
                Map.of("limit", "500", "continue", "next-page"));
        assertThat(r.lines()).hasSize(3).first().asString().startsWith("NAME");
    }

    @Test
    void oneObjectByNameIsAGetWithoutQuery() {
        WM.stubFor(get(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments/web")).willReturn(ok("""
                {"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":{"resourceVersion":"5"},
                 "columnDefinitions":[{"name":"Name","type":"string","format":"name","priority":0},
                  {"name":"Ready","type":"string","format":"","priority":0}],
                 "rows":[{"cells":["web","0/2"],"object":{"metadata":{"name":"web","namespace":"ns"}}}]}""")));

        CliResult r = kubectl("get", "deployment.apps/web", "-n", "ns");

        assertThat(sent()).singleElement().satisfies(s -> {
            assertThat(s.line()).isEqualTo("GET /apis/apps/v1/namespaces/ns/deployments/web");
            assertThat(s.query()).isEmpty();
            assertThat(s.accept()).isEqualTo(TABLE_ACCEPT);
        });
        assertThat(r.lines()).containsExactly("NAME   READY", "web    0/2");
    }

    @Test
    void jsonAsksForTheObjectsAndPrintsAListLikeKubectl() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/configmaps")).willReturn(ok("""
                {"kind":"ConfigMapList","apiVersion":"v1","metadata":{"resourceVersion":"9"},
                 "items":[{"metadata":{"name":"a","namespace":"ns"},"data":{"k":"v"}}]}""")));

        CliResult r = kubectl("get", "cm", "-n", "ns", "-o", "json");

        assertThat(sent()).singleElement().satisfies(s -> {
            assertThat(s.query()).isEqualTo(Map.of("limit", "500"));
            assertThat(s.accept()).isEqualTo("application/json");
        });
        assertThat(r.out()).isEqualTo("""
                {
                    "apiVersion": "v1",
                    "items": [
                        {
                            "apiVersion": "v1",
                            "kind": "ConfigMap",
                            "metadata": {
                                "name": "a",
                                "namespace": "ns"
                            },
                            "data": {
                                "k": "v"
                            }
                        }
                    ],
                    "kind": "List",
                    "metadata": {
                        "resourceVersion": ""
                    }
                }
                """);
    }

    @Test
    void nameOutputIsKindDotGroupSlashName() {
        WM.stubFor(get(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments")).willReturn(ok("""
                {"kind":"DeploymentList","apiVersion":"apps/v1","metadata":{},"items":[{"metadata":{"name":"web"}},
                 {"metadata":{"name":"api"}}]}""")));

        assertThat(kubectl("get", "deploy", "-n", "ns", "-o", "name").lines())
                .containsExactly("deployment.apps/web", "deployment.apps/api");
    }

    @Test
    void aMissingObjectIsTheServersNotFoundAndExitCode1() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods/missing")).willReturn(notFound("pods", "missing")));

        CliResult r = kubectl("get", "pod", "missing", "-n", "ns");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("Error from server (NotFound): pods \"missing\" not found\n");
    }

    @Test
    void watchListsThenWatchesFromTheListsResourceVersion() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods")).withQueryParam("watch", absent())
                .willReturn(ok(podTable("100", null, "web-1"))));
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods")).withQueryParam("watch", equalTo("true"))
                .willReturn(watchEvents("{\"type\":\"ADDED\",\"object\":" + withoutColumns(podTable("101", null, "web-2"))
                        + "}")));

        CliResult r = kubectl("get", "pods", "-n", "ns", "-w", "--request-timeout=5s");

        assertThat(r.code()).as(r.toString()).isZero();
        List<Sent> sent = sent();
        assertThat(sent).extracting(Sent::query).containsExactly(Map.of("limit", "500"),
                Map.of("resourceVersion", "100", "watch", "true", "timeoutSeconds", "5"));
        assertThat(sent).extracting(Sent::accept).containsOnly(TABLE_ACCEPT);
        assertThat(r.lines()).containsExactly(
                "NAME    READY   STATUS    RESTARTS   AGE",
                "web-1   0/1     Pending   0          5s",
                "web-2   0/1     Pending   0          5s");
    }

    /** A watch's later Tables: the server leaves the column definitions out (kubectl reuses the last ones). */
    private static String withoutColumns(String table) {
        return table.replaceFirst("\"columnDefinitions\":\\[.*?\\],\"rows\"", "\"columnDefinitions\":null,\"rows\"");
    }

    @Test
    void watchOfANamedObjectSelectsItByFieldAndSkipsTheSyntheticAdd() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods/web-1")).willReturn(ok(podTable("100", null, "web-1"))));
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods")).withQueryParam("watch", equalTo("true"))
                .willReturn(watchEvents(
                        "{\"type\":\"ADDED\",\"object\":" + podTable("100", null, "web-1") + "}",
                        "{\"type\":\"MODIFIED\",\"object\":" + withoutColumns(podTable("102", null, "web-1")) + "}")));

        CliResult r = kubectl("get", "pod", "web-1", "-n", "ns", "-w", "--request-timeout=5s");

        assertThat(sent()).extracting(Sent::line, Sent::query).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GET /api/v1/namespaces/ns/pods/web-1", Map.of()),
                org.assertj.core.groups.Tuple.tuple("GET /api/v1/namespaces/ns/pods", Map.of(
                        "fieldSelector", "metadata.name=web-1", "resourceVersion", "0", "watch", "true",
                        "timeoutSeconds", "5")));
        // header, the object, its MODIFIED event (the synthetic ADDED is skipped)
        assertThat(r.lines()).hasSize(3).allMatch(l -> l.contains("web-1") || l.startsWith("NAME"))
                .last().asString().matches("web-1 +0/1 +Pending +0 +5s");
    }

    @Test
    void theAllCategoryPrintsATablePerKindWithKindPrefixedNames() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods")).willReturn(ok(podTable("1", null, "web-1"))));
        WM.stubFor(get(urlPathEqualTo("/apis/apps/v1/namespaces/ns/deployments")).willReturn(ok(podTable("1", null))));
        WM.stubFor(get(urlPathEqualTo("/apis/apps/v1/namespaces/ns/replicasets")).willReturn(ok("""
                {"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":{"resourceVersion":"1"},
                 "columnDefinitions":[{"name":"Name","type":"string","format":"name","priority":0},
                  {"name":"Desired","type":"integer","format":"","priority":0}],
                 "rows":[{"cells":["web-5d8f",2],"object":{"metadata":{"name":"web-5d8f","namespace":"ns"}}}]}""")));

        CliResult r = kubectl("get", "all", "-n", "ns");

        assertThat(sent()).extracting(Sent::line).containsExactly("GET /api/v1/namespaces/ns/pods",
                "GET /apis/apps/v1/namespaces/ns/deployments", "GET /apis/apps/v1/namespaces/ns/replicasets");
        assertThat(r.out()).isEqualTo("""
                NAME        READY   STATUS    RESTARTS   AGE
                pod/web-1   0/1     Pending   0          5s

                NAME                       DESIRED
                replicaset.apps/web-5d8f   2
                """);
    }

    @Test
    void anEmptyListSaysNoResourcesFound() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods")).willReturn(ok(podTable("1", null))));

        CliResult r = kubectl("get", "pods", "-n", "ns");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("No resources found in ns namespace.\n");
    }

    @Test
    void unknownResourceTypesAndFlagsAreErrorsWithExitCode1() {
        CliResult unknownType = kubectl("get", "gizmos");
        assertThat(unknownType.code()).isEqualTo(1);
        assertThat(unknownType.err()).isEqualTo("error: the server doesn't have a resource type \"gizmos\"\n");

        CliResult unknownFlag = kubectl("get", "pods", "--frobnicate");
        assertThat(unknownFlag.code()).isEqualTo(1);
        assertThat(unknownFlag.err()).startsWith("error: unknown flag: --frobnicate\n");
        assertThat(sent()).isEmpty();
    }
}
