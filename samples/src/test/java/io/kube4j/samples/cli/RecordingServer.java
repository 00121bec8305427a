package io.kube4j.samples.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kube4j.client.Config;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A WireMock server that answers discovery like a server with core/v1 (pods, configmaps, namespaces, events)
 * and apps/v1 (deployments with scale, replicasets), records every request, and runs the CLI against it.
 */
abstract class RecordingServer {
    /** kubectl's Accept header for server-side printing. */
    static final String TABLE_ACCEPT = "application/json;as=Table;v=v1;g=meta.k8s.io,"
            + "application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

    @RegisterExtension
    static final WireMockExtension WM = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Set<String> DISCOVERY = Set.of("/api", "/apis", "/api/v1", "/apis/apps/v1");

    /** One request the CLI sent, discovery left out. */
    record Sent(String method, String path, Map<String, String> query, String accept, String contentType, String body) {
        String line() {
            return method + " " + path;
        }
    }

    @BeforeEach
    void discovery() {
        json("/api", "{\"kind\":\"APIVersions\",\"versions\":[\"v1\"]}");
        json("/apis", """
                {"kind":"APIGroupList","apiVersion":"v1","groups":[{"name":"apps",
                 "versions":[{"groupVersion":"apps/v1","version":"v1"}],
                 "preferredVersion":{"groupVersion":"apps/v1","version":"v1"}}]}""");
        json("/api/v1", """
                {"kind":"APIResourceList","groupVersion":"v1","resources":[
                 {"name":"configmaps","singularName":"","namespaced":true,"kind":"ConfigMap","verbs":["create","delete","get","list","patch","update","watch"],"shortNames":["cm"]},
                 {"name":"events","singularName":"","namespaced":true,"kind":"Event","verbs":["create","delete","get","list","patch","update","watch"],"shortNames":["ev"]},
                 {"name":"namespaces","singularName":"","namespaced":false,"kind":"Namespace","verbs":["create","delete","get","list","patch","update","watch"],"shortNames":["ns"]},
                 {"name":"pods","singularName":"","namespaced":true,"kind":"Pod","verbs":["create","delete","deletecollection","get","list","patch","update","watch"],"shortNames":["po"],"categories":["all"]},
                 {"name":"pods/log","singularName":"","namespaced":true,"kind":"Pod","verbs":["get"]},
                 {"name":"pods/status","singularName":"","namespaced":true,"kind":"Pod","verbs":["get","patch","update"]}]}""");
        json("/apis/apps/v1", """
                {"kind":"APIResourceList","apiVersion":"v1","groupVersion":"apps/v1","resources":[
                 {"name":"deployments","singularName":"","namespaced":true,"kind":"Deployment","verbs":["create","delete","deletecollection","get","list","patch","update","watch"],"shortNames":["deploy"],"categories":["all"]},
                 {"name":"deployments/scale","singularName":"","namespaced":true,"group":"autoscaling","version":"v1","kind":"Scale","verbs":["get","patch","update"]},
                 {"name":"deployments/status","singularName":"","namespaced":true,"kind":"Deployment","verbs":["get","patch","update"]},
                 {"name":"replicasets","singularName":"","namespaced":true,"kind":"ReplicaSet","verbs":["create","delete","deletecollection","get","list","patch","update","watch"],"shortNames":["rs"],"categories":["all"]}]}""");
    }

    /** Runs the CLI against the recording server; the context's namespace is {@code default}. */
    static CliResult kubectl(String... args) {
        return kubectlWithInput("", args);
    }

    static CliResult kubectlWithInput(String stdin, String... args) {
        Config config = Config.builder().server(WM.baseUrl()).namespace("default").qps(0).maxRetries(0).build();
        return CliResult.runWithInput(config, stdin, args);
    }

    /** The requests sent, in order, without discovery. */
    static List<Sent> sent() {
        return WM.findAll(anyRequestedFor(anyUrl())).stream()
                .filter(r -> !(r.getMethod().getName().equals("GET") && DISCOVERY.contains(path(r))))
                .map(r -> new Sent(r.getMethod().getName(), path(r), query(r), r.getHeader("Accept"),
                        r.containsHeader("Content-Type") ? r.getHeader("Content-Type") : null, r.getBodyAsString()))
                .toList();
    }

    static String path(LoggedRequest r) {
        String url = r.getUrl();
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private static Map<String, String> query(LoggedRequest r) {
        Map<String, String> out = new LinkedHashMap<>();
        r.getQueryParams().forEach((k, v) -> out.put(k, v.firstValue()));
        return out;
    }

    /** A JSON object as maps, lists and values (integers as Integer where they fit). */
    static Map<String, Object> jsonMap(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json,
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static void json(String path, String body) {
        WM.stubFor(get(urlPathEqualTo(path)).willReturn(ok(body)));
    }

    static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder notFound(String resource, String name) {
        return aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(
                "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\""
                        + resource + " \\\"" + name + "\\\" not found\",\"reason\":\"NotFound\",\"details\":{\"name\":\""
                        + name + "\",\"kind\":\"" + resource + "\"},\"code\":404}");
    }

    /** A watch answer: one JSON event per line; the stream then ends. */
    static ResponseDefinitionBuilder watchEvents(String... events) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(String.join("\n", events) + "\n");
    }

    /** A Table of pods as the server prints them (Name, Ready, Status, Restarts, Age; IP and Node for wide). */
    static String podTable(String resourceVersion, String continueToken, String... names) {
        StringBuilder rows = new StringBuilder();
        for (String n : names) {
            if (rows.length() > 0) {
                rows.append(',');
            }
            rows.append("{\"cells\":[\"").append(n).append("\",\"0/1\",\"Pending\",0,\"5s\",\"<none>\",\"<none>\"],")
                    .append("\"object\":{\"kind\":\"PartialObjectMetadata\",\"apiVersion\":\"meta.k8s.io/v1\",")
                    .append("\"metadata\":{\"name\":\"").append(n).append("\",\"namespace\":\"ns\",\"resourceVersion\":\"")
                    .append(resourceVersion).append("\"}}}");
        }
        return "{\"kind\":\"Table\",\"apiVersion\":\"meta.k8s.io/v1\",\"metadata\":{\"resourceVersion\":\""
                + resourceVersion + "\"" + (continueToken == null ? "" : ",\"continue\":\"" + continueToken + "\"")
                + "},\"columnDefinitions\":["
                + "{\"name\":\"Name\",\"type\":\"string\",\"format\":\"name\",\"priority\":0},"
                + "{\"name\":\"Ready\",\"type\":\"string\",\"format\":\"\",\"priority\":0},"
                + "{\"name\":\"Status\",\"type\":\"string\",\"format\":\"\",\"priority\":0},"
                + "{\"name\":\"Restarts\",\"type\":\"integer\",\"format\":\"\",\"priority\":0},"
                + "{\"name\":\"Age\",\"type\":\"string\",\"format\":\"\",\"priority\":0},"
                + "{\"name\":\"IP\",\"type\":\"string\",\"format\":\"\",\"priority\":1},"
                + "{\"name\":\"Node\",\"type\":\"string\",\"format\":\"\",\"priority\":1}],"
                + "\"rows\":[" + rows + "]}";
    }

    static String pod(String name, String... containers) {
        StringBuilder c = new StringBuilder();
        for (String n : containers) {
            c.append(c.length() == 0 ? "" : ",").append("{\"name\":\"").append(n).append("\",\"image\":\"busybox\"}");
        }
        return "{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"ns\","
                + "\"uid\":\"u-" + name + "\",\"resourceVersion\":\"7\"},\"spec\":{\"containers\":[" + c + "]}}";
    }
}
