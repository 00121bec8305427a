package io.kube4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The pure request description: no server involved. */
class RequestBuilderTest {
    private static final OkHttpClient HTTP = new OkHttpClient();
    private static final RestClient CLIENT = RestClient.builder(HTTP, URI.create("http://127.0.0.1:1"))
            .userAgent("kube4j-test/1.0").build();

    @AfterAll
    static void close() {
        CLIENT.close();
        HTTP.dispatcher().executorService().shutdown();
    }

    static Stream<Arguments> paths() {
        return Stream.of(
                path(c -> c.get().resource("nodes"), "GET /api/v1/nodes"),
                path(c -> c.get().namespace("ns").resource("pods"), "GET /api/v1/namespaces/ns/pods"),
                path(c -> c.get().namespace("ns").resource("pods").name("web"), "GET /api/v1/namespaces/ns/pods/web"),
                path(c -> c.get().namespace("").resource("pods"), "GET /api/v1/pods"),
                path(c -> c.get().namespace(null).resource("pods"), "GET /api/v1/pods"),
                path(c -> c.put().namespace("ns").resource("pods").name("web").subresource("status"),
                        "PUT /api/v1/namespaces/ns/pods/web/status"),
                path(c -> c.get().group("apps").version("v1").namespace("ns").resource("deployments").name("d")
                        .subresource("scale"), "GET /apis/apps/v1/namespaces/ns/deployments/d/scale"),
                path(c -> c.get().group("").version("v1").resource("namespaces").name("kube-system"),
                        "GET /api/v1/namespaces/kube-system"),
                path(c -> c.get().apiPath("/apis/stable.example.com/v1/").namespace("a").resource("crontabs"),
                        "GET /apis/stable.example.com/v1/namespaces/a/crontabs"),
                path(c -> c.get().absPath("/version"), "GET /version"),
                path(c -> c.get().absPath("/openapi/v3/apis/apps/v1"), "GET /openapi/v3/apis/apps/v1"),
                path(c -> c.get().resource("clusterroles").name("system:controller:job-controller"),
                        "GET /api/v1/clusterroles/system:controller:job-controller"),
                path(c -> c.get().namespace("ns").resource("pods").name("web").subresource("proxy").suffix("a/b", "c d"),
                        "GET /api/v1/namespaces/ns/pods/web/proxy/a/b/c%20d"),
                path(c -> c.delete().group("rbac.authorization.k8s.io").version("v1").resource("clusterroles").name("r"),
                        "DELETE /apis/rbac.authorization.k8s.io/v1/clusterroles/r"));
    }

    private static Arguments path(Function<RestClient, RequestBuilder> f, String expected) {
        return Arguments.of(f, expected);
    }

    @ParameterizedTest
    @MethodSource("paths")
    void buildsPaths(Function<RestClient, RequestBuilder> f, String expected) {
        Request r = f.apply(CLIENT).build();
        assertThat(r.describe()).isEqualTo(expected);
        assertThat(r.toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "app=web                     | labelSelector=app%3Dweb",
        "app!=web,!legacy            | labelSelector=app%21%3Dweb%2C%21legacy",
        "tier in (a,b),env notin (x) | labelSelector=tier%20in%20%28a%2Cb%29%2Cenv%20notin%20%28x%29",
        "a+b&c=d#e%f                 | labelSelector=a%2Bb%26c%3Dd%23e%25f",
        "é/ü                         | labelSelector=%C3%A9%2F%C3%BC",
    })
    void encodesQueryValues(String selector, String expected) {
        Request r = CLIENT.get().resource("pods").param("labelSelector", selector).build();
        assertThat(r.queryString()).isEqualTo(expected);
        assertThat(r.queryParam("labelSelector")).contains(selector);
    }

    @Test
    void keepsRepeatedParamsInOrderAndSkipsNulls() {
        Request r = CLIENT.get().resource("pods").param("dryRun", "All").param("x", null).param("dryRun", "All")
                .param("limit", 5).build();
        assertThat(r.pathAndQuery()).isEqualTo("/api/v1/pods?dryRun=All&dryRun=All&limit=5");
        assertThat(CLIENT.get().resource("pods").build().pathAndQuery()).isEqualTo("/api/v1/pods");
    }

    @Test
    void addsOptionsAsParams() {
        ListOptions opts = ListOptions.builder().labelSelector("a=b").limit(10).continueToken("tok").build();
        Request r = CLIENT.get().namespace("ns").resource("pods").params(opts.toQueryParams()).build();
        assertThat(r.pathAndQuery()).isEqualTo("/api/v1/namespaces/ns/pods?labelSelector=a%3Db&limit=10&continue=tok");
    }

    @Test
    void defaultHeadersAndOverrides() {
        Request plain = CLIENT.get().resource("pods").build();
        assertThat(plain.header("Accept")).contains("application/json");
        assertThat(plain.header("user-agent")).contains("kube4j-test/1.0");
        assertThat(plain.contentType()).isEmpty();
        assertThat(plain.isIdempotent()).isTrue();

        String table = "application/json;as=Table;v=v1;g=meta.k8s.io, application/json";
        Request custom = CLIENT.get().resource("pods").header("accept", table).header("X-Trace", "1").build();
        assertThat(custom.header("Accept")).contains(table);
        assertThat(custom.headers().stream().filter(e -> e.getKey().equalsIgnoreCase("accept"))).hasSize(1);
        assertThat(custom.header("x-trace")).contains("1");
    }

    @ParameterizedTest
    @EnumSource(PatchType.class)
    void patchContentTypes(PatchType type) {
        Request r = CLIENT.patch(type).namespace("ns").resource("pods").name("p").body("{}").build();
        assertThat(r.method()).isEqualTo("PATCH");
        assertThat(r.contentType()).contains(type.contentType());
        assertThat(r.isIdempotent()).isFalse();
    }

    @Test
    void bodies() {
        Request text = CLIENT.post().resource("namespaces").body("{\"a\":1}").build();
        assertThat(text.contentType()).contains("application/json");
        assertThat(new String(text.bodyBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");

        Request object = CLIENT.post().resource("namespaces").body(Map.of("kind", "Namespace")).build();
        assertThat(new String(object.bodyBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"kind\":\"Namespace\"}");

        Request bytes = CLIENT.put().resource("x").name("y").body(new byte[] {1, 2}).contentType("application/octet-stream").build();
        assertThat(bytes.bodyBytes()).containsExactly(1, 2);
        assertThat(bytes.contentType()).contains("application/octet-stream");

        assertThat(CLIENT.get().resource("pods").build().bodyBytes()).isEmpty();
    }

    @Test
    void timeoutAndIdempotence() {
        Request r = CLIENT.post().resource("pods").body("{}").timeout(Duration.ofSeconds(3)).idempotent(true).build();
        assertThat(r.timeout()).contains(Duration.ofSeconds(3));
        assertThat(r.isIdempotent()).isTrue();
        assertThat(CLIENT.head().absPath("/healthz").build().isIdempotent()).isTrue();
        assertThat(CLIENT.delete().resource("pods").name("x").build().isIdempotent()).isFalse();
        assertThatThrownBy(() -> CLIENT.get().timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withParamCopies() {
        Request r = CLIENT.get().resource("pods").build();
        Request w = r.withParam("watch", "true");
        assertThat(r.query()).isEmpty();
        assertThat(w.pathAndQuery()).isEqualTo("/api/v1/pods?watch=true");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> CLIENT.get().name("x").build()).hasMessageContaining("needs a resource");
        assertThatThrownBy(() -> CLIENT.get().resource("pods").subresource("status").build())
                .hasMessageContaining("needs a name");
        assertThatThrownBy(() -> CLIENT.get().resource("pods").name("a/b")).hasMessageContaining("'/'");
        assertThatThrownBy(() -> CLIENT.get().resource("pods").name("..")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CLIENT.get().resource("pods").name("a%2F")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CLIENT.get().resource("pods").name("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> CLIENT.get().namespace("a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CLIENT.get().absPath("/version?x=1")).hasMessageContaining("param()");
        assertThatThrownBy(() -> CLIENT.get().absPath("/version").resource("pods").build())
                .hasMessageContaining("absPath");
        assertThatThrownBy(() -> CLIENT.get().group("apps").resource("deployments").build())
                .hasMessageContaining("needs a version");
        assertThatThrownBy(() -> CLIENT.patch(PatchType.MERGE).resource("pods").name("x").build())
                .hasMessageContaining("PATCH needs a body");
    }
}
