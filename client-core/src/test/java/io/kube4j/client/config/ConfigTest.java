package io.kube4j.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.client.Config;
import io.kube4j.client.ConfigException;
import io.kube4j.client.ExecConfig;
import io.kube4j.client.internal.tls.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigTest {
    @Test
    void defaults() {
        Config c = Config.builder().server("https://k8s.example.com:6443").build();

        assertThat(c.namespace()).isEqualTo("default");
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.qps()).isEqualTo(50f);
        assertThat(c.burst()).isEqualTo(100);
        assertThat(c.maxRetries()).isEqualTo(5);
        assertThat(c.userAgent()).matches("kube4j/\\S+ \\([a-z0-9-]+/[a-z0-9_]+\\)");
        assertThat(c.insecureSkipTlsVerify()).isFalse();
        assertThat(c.caCertData()).isNull();
        assertThat(c.exec()).isNull();
        assertThat(c.impersonateGroups()).isEmpty();
        assertThat(c.impersonateExtra()).isEmpty();
        assertThat(c.contextName()).isNull();
    }

    @ParameterizedTest(name = "{0} (tls={1}) -> {2}")
    @CsvSource({
        "https://k:6443/, false, https://k:6443",
        "https://k:6443///, false, https://k:6443",
        "HTTPS://k, false, https://k",
        "https://rancher.example/k8s/clusters/c-1/, false, https://rancher.example/k8s/clusters/c-1",
        "k.example:6443, true, https://k.example:6443",
        "k.example:6443, false, http://k.example:6443",
        "'  https://k  ', false, https://k",
        "https://[fd00::1]:6443, false, https://[fd00::1]:6443",
    })
    void serverIsNormalised(String server, boolean tls, String expected) {
        Config.Builder b = Config.builder().server(server);
        if (tls) {
            b.insecureSkipTlsVerify(true);
        }
        assertThat(b.build().server()).isEqualTo(expected);
    }

    static Stream<Arguments> invalid() {
        String cert = TestPki.ca("ca").certPem();
        return Stream.<Arguments>of(
                Arguments.of("no server", (UnaryOperator<Config.Builder>) b -> b.server(null), "server: not set"),
                Arguments.of("bad scheme", (UnaryOperator<Config.Builder>) b -> b.server("ws://k"), "server: unsupported scheme \"ws\""),
                Arguments.of("user info", (UnaryOperator<Config.Builder>) b -> b.server("https://u:p@k"), "server: must not contain user info"),
                Arguments.of("query", (UnaryOperator<Config.Builder>) b -> b.server("https://k/?a=b"), "server: must not contain a query"),
                Arguments.of("bad CA", (UnaryOperator<Config.Builder>) b -> b.caCertData("x".getBytes(StandardCharsets.US_ASCII)),
                        "caCertData: no PEM data found"),
                Arguments.of("CA and insecure", (UnaryOperator<Config.Builder>) b -> b.caCertData(cert.getBytes(StandardCharsets.US_ASCII))
                        .insecureSkipTlsVerify(true), "insecureSkipTlsVerify: cannot be combined with caCertData"),
                Arguments.of("cert without key", (UnaryOperator<Config.Builder>) b -> b.clientCertData(cert.getBytes(StandardCharsets.US_ASCII)),
                        "clientKeyData: not set, but clientCertData is"),
                Arguments.of("token and basic", (UnaryOperator<Config.Builder>) b -> b.token("t").username("u"),
                        "only one authentication method is allowed"),
                Arguments.of("token file and basic", (UnaryOperator<Config.Builder>) b -> b.tokenFile(Path.of("/t")).password("p"),
                        "only one authentication method is allowed"),
                Arguments.of("groups without user", (UnaryOperator<Config.Builder>) b -> b.impersonateGroups(List.of("g")),
                        "without impersonateUser"),
                Arguments.of("proxy scheme", (UnaryOperator<Config.Builder>) b -> b.proxyUrl("ftp://p"), "proxyUrl: unsupported scheme"),
                Arguments.of("socks auth", (UnaryOperator<Config.Builder>) b -> b.proxyUrl("socks5://u:p@p"),
                        "SOCKS5 proxy authentication is not supported"),
                Arguments.of("negative timeout", (UnaryOperator<Config.Builder>) b -> b.requestTimeout(Duration.ofSeconds(-1)),
                        "requestTimeout: must be zero"),
                Arguments.of("null connect timeout", (UnaryOperator<Config.Builder>) b -> b.connectTimeout(null), "connectTimeout"),
                Arguments.of("NaN qps", (UnaryOperator<Config.Builder>) b -> b.qps(Float.NaN), "qps: must be a finite number"),
                Arguments.of("zero burst", (UnaryOperator<Config.Builder>) b -> b.burst(0), "burst: must be at least 1"),
                Arguments.of("negative retries", (UnaryOperator<Config.Builder>) b -> b.maxRetries(-1), "maxRetries: must not be negative"),
                Arguments.of("non-ASCII user agent", (UnaryOperator<Config.Builder>) b -> b.userAgent("kube4j\u00e9"), "userAgent"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void buildRejectsInvalidSettings(String name, UnaryOperator<Config.Builder> edit, String message) {
        Config.Builder b = edit.apply(Config.builder().server("https://k"));
        assertThatThrownBy(b::build).isInstanceOf(ConfigException.class).hasMessageContaining(message);
    }

    @Test
    void rateLimitingCanBeDisabled() {
        Config c = Config.builder().server("https://k").qps(0).burst(0).build();
        assertThat(c.qps()).isZero();
    }

    @Test
    void byteArraysAreDefensiveCopies() {
        byte[] ca = TestPki.ca("ca").certPem().getBytes(StandardCharsets.US_ASCII);
        Config c = Config.builder().server("https://k").caCertData(ca).build();
        ca[0] = 'X';
        byte[] out = c.caCertData();
        out[1] = 'Y';

        assertThat(new String(c.caCertData(), StandardCharsets.US_ASCII)).startsWith("-----BEGIN");
    }

    @Test
    void toBuilderRoundTrips() {
        ExecConfig exec = ExecConfig.builder().command("plugin").addArg("a").putEnv("K", "V")
                .interactiveMode(ExecConfig.InteractiveMode.NEVER).build();
        Config c = Config.builder().server("https://k").namespace("ns").exec(exec).impersonateUser("jane")
                .impersonateGroups(List.of("g")).impersonateExtra(Map.of("k", List.of("v"))).qps(7).burst(9)
                .maxRetries(1).userAgent("me/1").proxyUrl("http://proxy:3128").disableCompression(true).build();

        Config copy = c.toBuilder().build();

        assertThat(copy.toString()).isEqualTo(c.toString());
        assertThat(copy.exec()).isEqualTo(exec);
        assertThat(copy.impersonateExtra()).isEqualTo(Map.of("k", List.of("v")));
        assertThat(copy.userAgent()).isEqualTo("me/1");
        assertThat(c.toBuilder().namespace(null).build().namespace()).isEqualTo("default");
    }

    @Test
    void execDefaultsAndValidation() {
        ExecConfig beta = ExecConfig.builder().command("p").apiVersion(ExecConfig.V1BETA1).build();
        assertThat(beta.interactiveMode()).isEqualTo(ExecConfig.InteractiveMode.IF_AVAILABLE);
        assertThatThrownBy(() -> ExecConfig.builder().command("p").build())
                .hasMessage("exec.interactiveMode: not set (required by client.authentication.k8s.io/v1)");
        assertThatThrownBy(() -> ExecConfig.builder().command(" ").build()).hasMessage("exec.command: not set");
        assertThatThrownBy(() -> ExecConfig.builder().command("p").putEnv("A=B", "x").apiVersion(ExecConfig.V1BETA1).build())
                .hasMessage("exec.env: invalid variable name \"A=B\"");
    }

    @Test
    void collectionsAreImmutable() {
        Config c = Config.builder().server("https://k").impersonateUser("u").impersonateGroups(List.of("g")).build();
        assertThatThrownBy(() -> c.impersonateGroups().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.impersonateExtra().put("x", List.of())).isInstanceOf(UnsupportedOperationException.class);
    }
}
