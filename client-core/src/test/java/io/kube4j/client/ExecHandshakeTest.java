package io.kube4j.client;

import static io.kube4j.client.ScriptedPeer.frame;
import static io.kube4j.client.ScriptedPeer.upgrade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.client.internal.tls.TestPki;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The upgrade: subprotocol negotiation, refusals carrying the server's Status, credentials, argument checks. */
class ExecHandshakeTest extends WebSocketServerSupport {

    @Test
    void offersV5ThenV4AndSpeaksWhatTheServerChose() throws Exception {
        server.enqueue(upgrade(V4, new ScriptedPeer(ws -> {
            ws.send(frame(1, "from a 1.20 kubelet"));
            ws.send(frame(3, SUCCESS));
            ws.close(1000, null);
        })));
        try (ExecSession s = PodExec.exec(client, "ns", "web", ExecOptions.command("ls"))) {
            assertThat(s.protocol()).isEqualTo(V4);
            assertThat(readAll(s.stdout())).isEqualTo("from a 1.20 kubelet");
            assertThat(s.exitCode().get(10, TimeUnit.SECONDS)).isZero();
        }
        assertThat(takeRequest().getHeaders().get("Sec-WebSocket-Protocol"))
                .isEqualTo("v5.channel.k8s.io, v4.channel.k8s.io");
    }

    @ParameterizedTest(name = "chosen: {0}")
    @CsvSource(value = {"v3.channel.k8s.io", "NONE"})
    void aSubprotocolThatWasNotOfferedIsRefused(String chosen) {
        String protocol = chosen.equals("NONE") ? null : chosen;
        server.enqueue(upgrade(protocol, new ScriptedPeer(ws -> { })));
        assertThatThrownBy(() -> PodExec.exec(client, "ns", "web", ExecOptions.command("ls")))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("not one of [v5.channel.k8s.io, v4.channel.k8s.io]");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "400|BadRequest|pod web does not have a host assigned|BadRequestException",
        "403|Forbidden|pods \"web\" is forbidden: User \"nobody\" cannot get resource \"pods/exec\"|ForbiddenException",
        "404|NotFound|pods \"web\" not found|NotFoundException",
    })
    void aRefusedUpgradeThrowsTheMatchingApiException(int code, String reason, String message, String type) {
        String status = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":"
                + "\"" + message.replace("\"", "\\\"") + "\",\"reason\":\"" + reason + "\",\"code\":" + code + "}";
        server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .body(status).build());
        assertThatThrownBy(() -> PodExec.exec(client, "ns", "web", ExecOptions.command("ls")))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> {
                    ApiException api = (ApiException) e;
                    assertThat(api.getClass().getSimpleName()).isEqualTo(type);
                    assertThat(api.code()).isEqualTo(code);
                    assertThat(api.status().message()).isEqualTo(message);
                    assertThat(api.request()).isEqualTo("GET /api/v1/namespaces/ns/pods/web/exec");
                });
    }

    @Test
    void aRefusalThatIsNotAStatusStillBecomesAnApiException() {
        server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                .body("<html><body>Bad gateway</body></html>").build());
        assertThatThrownBy(() -> PodExec.attach(client, "ns", "web", ExecOptions.DEFAULT))
                .isInstanceOf(ServerErrorException.class).hasMessageContaining("Bad gateway");
    }

    @Test
    void aServerThatNeverAnswersTheUpgradeTimesOut() {
        try (RestClient impatient = RestClient.create(Config.builder().server(server.url("/").toString())
                .requestTimeout(java.time.Duration.ofMillis(300)).build())) {
            server.enqueue(new MockResponse.Builder().headersDelay(30, TimeUnit.SECONDS).build());
            assertThatThrownBy(() -> PodExec.exec(impatient, "ns", "web", ExecOptions.command("ls")))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("no answer to the WebSocket upgrade within PT0.3S");
        }
    }

    @Test
    void theUpgradeCarriesTheClientsCredentialsOverTls() throws Exception {
        TestPki.Issued ca = TestPki.ca("exec-ca");
        TestPki.Issued cert = TestPki.issue(ca, "apiserver", TestPki.ec("secp256r1"), List.of("localhost"), List.of());
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        KeyStore ks = TestPki.keyStore(cert, ca);
        kmf.init(ks, "password".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        try (MockWebServer https = new MockWebServer()) {
            https.useHttps(tls.getSocketFactory());
            https.start();
            https.enqueue(upgrade(V5, new ScriptedPeer(ws -> {
                ws.send(frame(3, SUCCESS));
                ws.close(1000, null);
            })));
            Config config = Config.builder().server("https://localhost:" + https.getPort())
                    .caCertData(ca.certPem().getBytes(StandardCharsets.US_ASCII)).token("s3cret-token")
                    .impersonateUser("jane").build();
            try (RestClient secure = RestClient.create(config);
                    ExecSession s = PodExec.exec(secure, "ns", "web", ExecOptions.command("id"))) {
                assertThat(s.exitCode().get(10, TimeUnit.SECONDS)).isZero();
            }
            RecordedRequest r = https.takeRequest(10, TimeUnit.SECONDS);
            assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer s3cret-token");
            assertThat(r.getHeaders().get("Impersonate-User")).isEqualTo("jane");
            assertThat(r.getHeaders().get("Upgrade")).isEqualTo("websocket");
        }
    }

    @Test
    void attachUsesTheAttachSubresourceWithoutACommand() throws Exception {
        server.enqueue(upgrade(V5, new ScriptedPeer(ws -> {
            ws.send(frame(1, "log line"));
            ws.close(1000, null);
        })));
        ExecOptions options = ExecOptions.builder().container("app").stdin(true).tty(true).stderr(false).build();
        try (ExecSession s = PodExec.attach(client, "ns", "web", options)) {
            assertThat(readAll(s.stdout())).isEqualTo("log line");
            assertThatThrownBy(s::stderr).isInstanceOf(IllegalStateException.class).hasMessageContaining("stderr");
        }
        assertThat(takeRequest().getTarget()).isEqualTo(
                "/api/v1/namespaces/ns/pods/web/attach?container=app&stdin=true&stdout=true&stderr=false&tty=true");
    }

    @Test
    void badArgumentsFailBeforeAnythingIsSent() {
        ExecOptions ls = ExecOptions.command("ls");
        assertThatThrownBy(() -> PodExec.exec(client, "ns", "web", ExecOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a command");
        assertThatThrownBy(() -> PodExec.execAndWait(client, "ns", "web", ExecOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a command");
        assertThatThrownBy(() -> PodExec.attach(client, "ns", "web", ls))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attach takes no command");
        assertThatThrownBy(() -> PodExec.exec(client, null, "web", ls))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("namespace");
        assertThatThrownBy(() -> PodExec.exec(client, "ns", "a/b", ls))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> PodExec.execAndWait(client, "ns", "web", ls,
                new java.io.ByteArrayInputStream(new byte[1])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stdin");
        assertThat(server.getRequestCount()).isZero();
    }
}
