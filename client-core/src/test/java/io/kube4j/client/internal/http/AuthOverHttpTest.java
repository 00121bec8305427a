package io.kube4j.client.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kube4j.client.Config;
import io.kube4j.client.ConfigException;
import io.kube4j.client.ExecConfig;
import io.kube4j.client.internal.Threads;
import io.kube4j.client.internal.auth.MutableClock;
import io.kube4j.client.internal.auth.PluginScripts;
import io.kube4j.client.internal.tls.TestPki;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials, impersonation, default headers and the 401 path, observed on the wire by WireMock. */
class AuthOverHttpTest {
    @TempDir
    static Path shared;
    @TempDir
    Path dir;
    static HttpsServer server;
    static WireMockServer wm;
    static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(Threads.factory("test-http"));
    final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

    @BeforeAll
    static void start() {
        server = HttpsServer.start(shared, true, null);
        wm = server.wireMock;
    }

    @AfterAll
    static void stop() {
        server.close();
        EXECUTOR.shutdownNow();
    }

    @BeforeEach
    void reset() {
        wm.resetAll();
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    Config.Builder tls() {
        return Config.builder().server(server.url("localhost")).caCertData(server.caPem());
    }

    OkHttpClient client(Config c) {
        return OkHttpClients.create(c, EXECUTOR, clock);
    }

    static Response get(OkHttpClient client, String url) throws IOException {
        return client.newCall(new Request.Builder().url(url + "/api/v1/pods").build()).execute();
    }

    static int status(OkHttpClient client, String url) throws IOException {
        try (Response r = get(client, url)) {
            return r.code();
        }
    }

    @Test
    void bearerTokenAndUserAgentOverTls() throws IOException {
        assertThat(status(client(tls().token("t0ken").build()), server.url("localhost"))).isEqualTo(200);

        wm.verify(getRequestedFor(urlEqualTo("/api/v1/pods"))
                .withHeader("Authorization", equalTo("Bearer t0ken"))
                .withHeader("User-Agent", matching("kube4j/\\S+ \\(.+/.+\\)"))
                .withHeader("Accept-Encoding", equalTo("gzip")));
    }

    @Test
    void basicAuth() throws IOException {
        status(client(tls().username("admin").password("pa:ss").build()), server.url("localhost"));
        wm.verify(getRequestedFor(urlEqualTo("/api/v1/pods")).withHeader("Authorization", equalTo("Basic YWRtaW46cGE6c3M=")));
    }

    @Test
    void nothingSecretIsSentToAPlainHttpServer() throws IOException {
        Path plugin = PluginScripts.countingTokenPlugin(dir);
        ExecConfig exec = ExecConfig.builder().command(plugin.toString()).interactiveMode(ExecConfig.InteractiveMode.NEVER)
                .putEnv("COUNT_FILE", dir.resolve("count").toString()).build();
        for (Config c : List.of(
                Config.builder().server(server.httpUrl()).token("t0ken").build(),
                Config.builder().server(server.httpUrl()).username("u").password("p").build(),
                Config.builder().server(server.httpUrl()).exec(exec).build())) {
            assertThat(status(client(c), server.httpUrl())).isEqualTo(200);
        }

        wm.verify(3, getRequestedFor(urlEqualTo("/api/v1/pods")).withHeader("Authorization", absent()));
        assertThat(dir.resolve("count")).as("the exec plugin never ran").doesNotExist();
    }

    @Test
    void impersonationHeaders() throws IOException {
        Config c = tls().token("t").impersonateUser("jane").impersonateUid("42").impersonateGroups(List.of("devs", "ops"))
                .impersonateExtra(Map.of("example.com/scopes", List.of("view", "edit"))).build();
        status(client(c), server.url("localhost"));

        LoggedRequest r = wm.findAll(getRequestedFor(urlEqualTo("/api/v1/pods"))).get(0);
        assertThat(r.getHeader("Impersonate-User")).isEqualTo("jane");
        assertThat(r.getHeader("Impersonate-Uid")).isEqualTo("42");
        assertThat(r.header("Impersonate-Group").values()).containsExactly("devs", "ops");
        assertThat(r.header("Impersonate-Extra-example.com%2Fscopes").values()).containsExactly("view", "edit");
    }

    @Test
    void nonAsciiImpersonationValuesAreSentNotRejected() throws IOException {
        Config c = tls().impersonateUser("j\u00f6rg").impersonateGroups(List.of("\u00e9quipe")).build();
        assertThat(status(client(c), server.url("localhost"))).isEqualTo(200);
        wm.verify(getRequestedFor(urlEqualTo("/api/v1/pods")).withHeader("Impersonate-User", matching("j.+rg")));
    }

    @Test
    void disableCompressionAsksForIdentity() throws IOException {
        status(client(tls().disableCompression(true).build()), server.url("localhost"));
        wm.verify(getRequestedFor(urlEqualTo("/api/v1/pods")).withHeader("Accept-Encoding", equalTo("identity")));
    }

    @Test
    void aCallersOwnAuthorizationHeaderIsKept() throws IOException {
        OkHttpClient client = client(tls().token("config-token").build());
        client.newCall(new Request.Builder().url(server.url("localhost") + "/x").header("Authorization", "Bearer mine").build())
                .execute().close();
        wm.verify(getRequestedFor(urlEqualTo("/x")).withHeader("Authorization", equalTo("Bearer mine")));
    }

    @Test
    void a401WithAStaticTokenIsReturnedAfterOneRequest() throws IOException {
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401).withBody("{\"kind\":\"Status\",\"code\":401}")));
        try (Response r = get(client(tls().token("bad").build()), server.url("localhost"))) {
            assertThat(r.code()).isEqualTo(401);
            assertThat(r.body().string()).isEqualTo("{\"kind\":\"Status\",\"code\":401}");
        }
        wm.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void a401RereadsTheTokenFileAndRetriesOnceWithTheBody() throws IOException {
        Path token = Files.writeString(dir.resolve("token"), "old");
        OkHttpClient client = client(tls().tokenFile(token).build());
        assertThat(status(client, server.url("localhost"))).isEqualTo(200);

        Files.writeString(token, "new");
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)));
        wm.stubFor(any(anyUrl()).withHeader("Authorization", equalTo("Bearer new")).willReturn(aResponse().withStatus(201)));
        RequestBody body = RequestBody.create("{\"kind\":\"Pod\"}", MediaType.get("application/json"));
        try (Response r = client.newCall(new Request.Builder().url(server.url("localhost") + "/api/v1/pods").post(body).build())
                .execute()) {
            assertThat(r.code()).isEqualTo(201);
        }

        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/pods")).withHeader("Authorization", equalTo("Bearer old"))
                .withRequestBody(equalTo("{\"kind\":\"Pod\"}")));
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/pods")).withHeader("Authorization", equalTo("Bearer new"))
                .withRequestBody(equalTo("{\"kind\":\"Pod\"}")));
    }

    @Test
    void a401ReRunsTheExecPluginAndRetries() throws IOException {
        Path plugin = PluginScripts.countingTokenPlugin(dir);
        Path count = dir.resolve("count");
        ExecConfig exec = ExecConfig.builder().command(plugin.toString()).interactiveMode(ExecConfig.InteractiveMode.NEVER)
                .putEnv("COUNT_FILE", count.toString()).build();
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)));
        wm.stubFor(any(anyUrl()).withHeader("Authorization", equalTo("Bearer token-2")).willReturn(aResponse().withStatus(200)));
        OkHttpClient client = client(tls().exec(exec).build());

        assertThat(status(client, server.url("localhost"))).isEqualTo(200);
        assertThat(status(client, server.url("localhost"))).isEqualTo(200);

        assertThat(Files.readString(count).strip()).isEqualTo("2");
        wm.verify(3, anyRequestedFor(anyUrl()));
    }

    @Test
    void aFailingPluginSurfacesAsAConfigExceptionInsideAnIOException() throws IOException {
        Path failing = PluginScripts.script(dir.resolve("fail.sh"), "#!/bin/sh\necho 'no login' >&2\nexit 2\n");
        ExecConfig exec = ExecConfig.builder().command(failing.toString()).interactiveMode(ExecConfig.InteractiveMode.NEVER).build();
        OkHttpClient client = client(tls().exec(exec).build());

        assertThatThrownBy(() -> get(client, server.url("localhost")))
                .isInstanceOf(KubeIOException.class)
                .satisfies(e -> assertThat(KubeIOException.unwrap((IOException) e)).isInstanceOf(ConfigException.class)
                        .hasMessageContaining("failed with exit code 2: no login"));
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void asyncCallsRunOnTheGivenExecutorAndReportPluginFailures() throws Exception {
        Path failing = PluginScripts.script(dir.resolve("fail.sh"), "#!/bin/sh\nexit 7\n");
        ExecConfig exec = ExecConfig.builder().command(failing.toString()).interactiveMode(ExecConfig.InteractiveMode.NEVER).build();
        java.util.Set<Thread> ours = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = Threads.factory("test-async").newThread(r);
            ours.add(t);
            return t;
        });
        CompletableFuture<Thread> okThread = new CompletableFuture<>();
        CompletableFuture<IOException> failure = new CompletableFuture<>();

        OkHttpClients.create(tls().build(), executor, clock).newCall(new Request.Builder().url(server.url("localhost") + "/ok").build())
                .enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                okThread.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call call, Response response) {
                response.close();
                okThread.complete(Thread.currentThread());
            }
        });
        client(tls().exec(exec).build()).newCall(new Request.Builder().url(server.url("localhost") + "/x").build()).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                failure.complete(e);
            }

            @Override
            public void onResponse(Call call, Response response) {
                response.close();
            }
        });

        // OkHttp renames the thread while it runs the call, so check identity rather than the name.
        assertThat(ours).contains(okThread.get(30, TimeUnit.SECONDS));
        executor.shutdownNow();
        assertThat(KubeIOException.unwrap(failure.get(30, TimeUnit.SECONDS))).hasMessageContaining("exit code 7");
    }

    @Test
    void clientCertificatesFromAnExecPluginAuthenticateOverMutualTls() throws IOException {
        TestPki.Issued clientCa = TestPki.ca("client-ca");
        TestPki.Issued cert = TestPki.issue(clientCa, "plugin-user", TestPki.ec("secp256r1"), List.of(), List.of());
        Files.writeString(dir.resolve("c.pem"), cert.certPem());
        Files.writeString(dir.resolve("k.pem"), cert.keyPem());
        ExecConfig exec = ExecConfig.builder().command(PluginScripts.certificatePlugin(dir).toString())
                .interactiveMode(ExecConfig.InteractiveMode.NEVER).putEnv("COUNT_FILE", dir.resolve("count").toString())
                .putEnv("CERT_FILE", dir.resolve("c.pem").toString()).putEnv("KEY_FILE", dir.resolve("k.pem").toString()).build();
        try (HttpsServer mtls = HttpsServer.start(dir, false, clientCa.cert())) {
            mtls.wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
            Config c = Config.builder().server(mtls.url("localhost")).caCertData(mtls.caPem()).exec(exec).build();
            OkHttpClient client = client(c);

            assertThat(status(client, mtls.url("localhost"))).isEqualTo(200);
            assertThat(status(client, mtls.url("localhost"))).isEqualTo(200);
            assertThat(Files.readString(dir.resolve("count")).strip()).isEqualTo("1");
        }
    }

    @Test
    void streamingClientHasNoReadOrCallTimeoutButSharesEverythingElse() {
        OkHttpClient base = client(tls().token("t").build());
        OkHttpClient streaming = OkHttpClients.forStreaming(base);

        assertThat(base.readTimeoutMillis()).isEqualTo(30_000);
        assertThat(base.callTimeoutMillis()).isEqualTo(30_000);
        assertThat(base.connectTimeoutMillis()).isEqualTo(10_000);
        assertThat(streaming.readTimeoutMillis()).isZero();
        assertThat(streaming.callTimeoutMillis()).isZero();
        assertThat(streaming.connectTimeoutMillis()).isEqualTo(10_000);
        assertThat(streaming.connectionPool()).isSameAs(base.connectionPool());
        assertThat(streaming.dispatcher()).isSameAs(base.dispatcher());
        assertThat(streaming.interceptors()).isEqualTo(base.interceptors());
        assertThat(streaming.sslSocketFactory()).isSameAs(base.sslSocketFactory());
    }
}
