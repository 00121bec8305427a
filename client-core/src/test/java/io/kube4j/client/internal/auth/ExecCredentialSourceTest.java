package io.kube4j.client.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kube4j.client.Config;
import io.kube4j.client.ConfigException;
import io.kube4j.client.ExecConfig;
import io.kube4j.client.internal.tls.ReloadableKeyManager;
import io.kube4j.client.internal.tls.TestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecCredentialSourceTest {
    static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    @TempDir
    Path dir;
    Path plugin;
    Path countFile;
    Path infoFile;
    final MutableClock clock = new MutableClock(T0);
    final ReloadableKeyManager keyManager = new ReloadableKeyManager();
    final AtomicInteger certChanges = new AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
        plugin = PluginScripts.countingTokenPlugin(dir);
        countFile = dir.resolve("count");
        infoFile = dir.resolve("info.json");
    }

    ExecConfig.Builder exec(Map<String, String> env) {
        ExecConfig.Builder b = ExecConfig.builder().command(plugin.toString()).addArg("--flag")
                .interactiveMode(ExecConfig.InteractiveMode.NEVER)
                .putEnv("COUNT_FILE", countFile.toString()).putEnv("INFO_FILE", infoFile.toString());
        env.forEach(b::putEnv);
        return b;
    }

    ExecCredentialSource source(ExecConfig exec) {
        return source(exec, Duration.ofSeconds(60));
    }

    ExecCredentialSource source(ExecConfig exec, Duration timeout) {
        Config config = Config.builder().server("https://k").exec(exec).build();
        return new ExecCredentialSource(config, keyManager, certChanges::incrementAndGet, clock, new ExecPluginRunner(timeout));
    }

    int runs() throws IOException {
        return Files.exists(countFile) ? Integer.parseInt(Files.readString(countFile).strip()) : 0;
    }

    @Test
    void tokenIsCachedUntilItsExpiryThenThePluginRunsAgain() throws IOException {
        ExecCredentialSource s = source(exec(Map.of("EXPIRY", T0.plusSeconds(30).toString())).build());

        assertThat(s.get()).isEqualTo(Credentials.bearer("token-1"));
        clock.advance(Duration.ofSeconds(30));
        assertThat(s.get()).isEqualTo(Credentials.bearer("token-1"));
        assertThat(runs()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(s.get()).isEqualTo(Credentials.bearer("token-2"));
        assertThat(runs()).isEqualTo(2);
    }

    @Test
    void withoutExpiryTheTokenIsKeptUntilA401() throws IOException {
        ExecCredentialSource s = source(exec(Map.of()).build());
        Credentials first = s.get();
        clock.advance(Duration.ofDays(365));
        assertThat(s.get()).isEqualTo(first);

        assertThat(s.invalidate(first)).isTrue();
        assertThat(s.get()).isEqualTo(Credentials.bearer("token-2"));
        assertThat(runs()).isEqualTo(2);
    }

    @Test
    void aStale401DoesNotDiscardNewerCredentials() throws IOException {
        ExecCredentialSource s = source(exec(Map.of()).build());
        Credentials first = s.get();
        s.invalidate(first);
        Credentials second = s.get();

        s.invalidate(first); // a late 401 for a request sent with the old token
        assertThat(s.get()).isEqualTo(second);
        assertThat(runs()).isEqualTo(2);
    }

    @Test
    void concurrentCallersShareOneRun() throws Exception {
        ExecCredentialSource s = source(exec(Map.of("DELAY", "0.5")).build());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Credentials>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit((Callable<Credentials>) s::get));
            }
            for (Future<Credentials> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(Credentials.bearer("token-1"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(runs()).isEqualTo(1);
    }

    @Test
    void execInfoDescribesTheRequestAndTheClusterWhenAskedTo() throws IOException {
        byte[] ca = TestPki.ca("ca").certPem().getBytes(StandardCharsets.US_ASCII);
        ExecConfig e = exec(Map.of()).provideClusterInfo(true).clusterConfig(Map.of("audience", "kube")).build();
        Config config = Config.builder().server("https://k:6443").caCertData(ca).tlsServerName("kube.internal")
                .proxyUrl("http://proxy:3128").exec(e).build();
        new ExecCredentialSource(config, keyManager, () -> { }, clock).get();

        JsonNode info = new ObjectMapper().readTree(Files.readString(infoFile));
        assertThat(info.get("apiVersion").asText()).isEqualTo(ExecConfig.V1);
        assertThat(info.get("kind").asText()).isEqualTo("ExecCredential");
        assertThat(info.at("/spec/interactive").asBoolean(true)).isFalse();
        assertThat(info.at("/spec/cluster/server").asText()).isEqualTo("https://k:6443");
        assertThat(info.at("/spec/cluster/tls-server-name").asText()).isEqualTo("kube.internal");
        assertThat(info.at("/spec/cluster/proxy-url").asText()).isEqualTo("http://proxy:3128");
        assertThat(Base64.getDecoder().decode(info.at("/spec/cluster/certificate-authority-data").asText())).isEqualTo(ca);
        assertThat(info.at("/spec/cluster/config/audience").asText()).isEqualTo("kube");
        assertThat(info.at("/spec/cluster/insecure-skip-tls-verify").isMissingNode()).isTrue();

        source(exec(Map.of()).build()).get();
        assertThat(new ObjectMapper().readTree(Files.readString(infoFile)).at("/spec/cluster").isMissingNode()).isTrue();
    }

    @Test
    void v1beta1PluginsWork() {
        ExecConfig e = exec(Map.of("API_VERSION", ExecConfig.V1BETA1)).apiVersion(ExecConfig.V1BETA1).build();
        assertThat(source(e).get()).isEqualTo(Credentials.bearer("token-1"));
    }

    @Test
    void aFailingPluginReportsCommandExitCodeAndStderrButNotStdout() throws IOException {
        Path failing = PluginScripts.script(dir.resolve("failing.sh"), """
                #!/bin/sh
                echo '{"status":{"token":"SECRET-TOKEN-ON-STDOUT"}}'
                echo "error: you must be logged in to the server" >&2
                exit 3
                """);
        ExecCredentialSource s = source(exec(Map.of()).command(failing.toString()).build());

        assertThatThrownBy(s::get).isInstanceOf(ConfigException.class)
                .hasMessage("exec plugin \"" + failing + "\" failed with exit code 3: error: you must be logged in to the server");
    }

    @Test
    void longStderrIsTrimmedToItsEnd() throws IOException {
        Path chatty = PluginScripts.script(dir.resolve("chatty.sh"), """
                #!/bin/sh
                i=0; while [ $i -lt 2000 ]; do echo "line $i" >&2; i=$((i+1)); done
                exit 1
                """);
        assertThatThrownBy(() -> source(exec(Map.of()).command(chatty.toString()).build()).get())
                .hasMessageContaining("exit code 1: …")
                .hasMessageEndingWith("line 1999")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(1300));
    }

    @Test
    void aHangingPluginIsKilledAfterTheTimeout() throws IOException {
        Path hanging = PluginScripts.script(dir.resolve("hanging.sh"), "#!/bin/sh\necho waiting >&2\nsleep 60\n");
        ExecCredentialSource s = source(exec(Map.of()).command(hanging.toString()).build(), Duration.ofMillis(500));

        assertThatThrownBy(s::get).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("exec plugin \"" + hanging + "\": no answer within 500 ms; killed it: waiting");
    }

    @Test
    void aMissingCommandShowsTheInstallHint() {
        ExecConfig e = exec(Map.of()).command(dir.resolve("no-such-plugin").toString())
                .installHint("Install it with: brew install no-such-plugin").build();
        assertThatThrownBy(() -> source(e).get())
                .hasMessageStartingWith("exec plugin \"" + dir.resolve("no-such-plugin") + "\": cannot start:")
                .hasMessageEndingWith("\nInstall it with: brew install no-such-plugin");
    }

    @Test
    void interactiveOnlyPluginsAreRefused() {
        ExecConfig e = exec(Map.of()).interactiveMode(ExecConfig.InteractiveMode.ALWAYS).build();
        assertThatThrownBy(() -> source(e).get()).hasMessageContaining("interactiveMode is Always");
    }

    @Test
    void malformedAnswersAreRejected() throws IOException {
        String[][] cases = {
            {"not json", "output is not a JSON ExecCredential"},
            {"{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"t\"}}",
                "returned apiVersion \"client.authentication.k8s.io/v1beta1\", but the kubeconfig asks for client.authentication.k8s.io/v1"},
            {"{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"Other\",\"status\":{\"token\":\"t\"}}", "expected ExecCredential"},
            {"{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\"}", "has no status"},
            {"{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{}}", "neither status.token nor"},
            {"{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{\"clientKeyData\":\"k\"}}", "only one of"},
            {"{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"t\",\"expirationTimestamp\":\"soon\"}}",
                "status.expirationTimestamp is not an RFC 3339 time: soon"},
            {"{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{\"clientCertificateData\":\"x\",\"clientKeyData\":\"y\"}}",
                "status.clientCertificateData: no PEM data found"},
        };
        for (int i = 0; i < cases.length; i++) {
            Path p = dir.resolve("answer-" + i);
            Files.writeString(p, cases[i][0]);
            Path script = PluginScripts.script(dir.resolve("cat-" + i + ".sh"), "#!/bin/sh\ncat '" + p + "'\n");
            ExecCredentialSource s = source(exec(Map.of()).command(script.toString()).build());
            assertThatThrownBy(s::get).as(cases[i][0]).isInstanceOf(ConfigException.class).hasMessageContaining(cases[i][1]);
        }
    }

    @Test
    void aClientCertificateFromThePluginIsInstalledInTheKeyManager() throws IOException {
        TestPki.Issued ca = TestPki.ca("ca");
        TestPki.Issued cert = TestPki.issue(ca, "plugin-user", TestPki.ec("secp256r1"), List.of(), List.of());
        Files.writeString(dir.resolve("c.pem"), cert.certPem());
        Files.writeString(dir.resolve("k.pem"), cert.keyPem());
        ExecConfig e = ExecConfig.builder().command(PluginScripts.certificatePlugin(dir).toString())
                .interactiveMode(ExecConfig.InteractiveMode.NEVER).putEnv("COUNT_FILE", countFile.toString())
                .putEnv("CERT_FILE", dir.resolve("c.pem").toString()).putEnv("KEY_FILE", dir.resolve("k.pem").toString()).build();
        ExecCredentialSource s = source(e);

        Credentials first = s.get();

        assertThat(first.authorization()).isNull();
        assertThat(keyManager.hasCertificate()).isTrue();
        String alias = keyManager.chooseClientAlias(new String[] {"EC"}, null, null);
        assertThat(keyManager.getCertificateChain(alias)).containsExactly(cert.cert());
        assertThat(keyManager.chooseClientAlias(new String[] {"RSA"}, null, null)).isNull();
        assertThat(certChanges).hasValue(1);

        s.invalidate(first);
        assertThat(s.get()).as("a re-run is new credentials even with the same certificate").isNotEqualTo(first);
        assertThat(certChanges).hasValue(2);
    }
}
