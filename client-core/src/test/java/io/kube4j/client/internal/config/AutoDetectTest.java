package io.kube4j.client.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.client.Config;
import io.kube4j.client.ConfigException;
import io.kube4j.client.internal.tls.TestPki;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoDetectTest {
    @TempDir
    Path dir;
    Path home;
    Path sa;
    InClusterLoader.Paths saPaths;
    final Map<String, String> env = new HashMap<>();

    static final String HOME_CONFIG = """
            current-context: home
            clusters: [{name: k, cluster: {server: "https://home.example"}}]
            contexts: [{name: home, context: {cluster: k}}]
            """;
    static final String LIST_CONFIG = HOME_CONFIG.replace("home", "listed");

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(dir.resolve("home"));
        sa = Files.createDirectories(dir.resolve("serviceaccount"));
        saPaths = InClusterLoader.Paths.under(sa);
    }

    Config detect() {
        return AutoDetect.detect(Environment.of(env, home), saPaths);
    }

    void homeConfig(String yaml) throws IOException {
        Files.createDirectories(home.resolve(".kube"));
        Files.writeString(home.resolve(".kube/config"), yaml);
    }

    void serviceAccount(String token) throws IOException {
        env.put("KUBERNETES_SERVICE_HOST", "10.96.0.1");
        env.put("KUBERNETES_SERVICE_PORT", "443");
        Files.writeString(saPaths.tokenFile(), token);
        Files.writeString(saPaths.caFile(), TestPki.ca("cluster-ca").certPem());
        Files.writeString(saPaths.namespaceFile(), "kube-system\n");
    }

    @Test
    void kubeconfigListBeatsHomeAndInCluster() throws IOException {
        homeConfig(HOME_CONFIG);
        serviceAccount("sa-token");
        Path listed = Files.writeString(dir.resolve("listed"), LIST_CONFIG);
        env.put("KUBECONFIG", dir.resolve("missing") + File.pathSeparator + listed);

        assertThat(detect().server()).isEqualTo("https://listed.example");
    }

    @Test
    void aNamedContextIsChosenFromTheMergedList() throws IOException {
        Path first = Files.writeString(dir.resolve("first"), HOME_CONFIG);
        Path second = Files.writeString(dir.resolve("second"), LIST_CONFIG.replace("name: k", "name: k2")
                .replace("cluster: k}", "cluster: k2}"));
        env.put("KUBECONFIG", first + File.pathSeparator + second);

        assertThat(detect().server()).as("current context of the first file").isEqualTo("https://home.example");
        Config listed = AutoDetect.detect(Environment.of(env, home), saPaths, "listed");
        assertThat(listed.server()).isEqualTo("https://listed.example");
        assertThat(listed.contextName()).isEqualTo("listed");
        serviceAccount("sa-token");
        assertThatThrownBy(() -> AutoDetect.detect(Environment.of(env, home), saPaths, "absent"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("absent");
    }

    @Test
    void anAllMissingListFallsThroughToHome() throws IOException {
        homeConfig(HOME_CONFIG);
        env.put("KUBECONFIG", dir.resolve("missing-1") + File.pathSeparator + dir.resolve("missing-2"));

        assertThat(detect().server()).isEqualTo("https://home.example");
    }

    @Test
    void homeBeatsInCluster() throws IOException {
        homeConfig(HOME_CONFIG);
        serviceAccount("sa-token");

        assertThat(detect().contextName()).isEqualTo("home");
    }

    @Test
    void emptyHomeConfigFallsThroughToInCluster() throws IOException {
        homeConfig("");
        serviceAccount("sa-token\n");

        Config c = detect();

        assertThat(c.server()).isEqualTo("https://10.96.0.1:443");
        assertThat(c.tokenFile()).isEqualTo(saPaths.tokenFile());
        assertThat(c.token()).isNull();
        assertThat(c.namespace()).isEqualTo("kube-system");
        assertThat(c.caCertData()).isNotNull();
        assertThat(c.contextName()).isNull();
    }

    @Test
    void aBrokenKubeconfigIsAnErrorNotAReasonToTryTheNextSource() throws IOException {
        homeConfig("current-context: x\n");
        serviceAccount("sa-token");

        assertThatThrownBy(this::detect)
                .isInstanceOf(ConfigException.class)
                .hasMessage("kubeconfig " + home.resolve(".kube/config") + ": current-context: context \"x\" not found (none defined)");
    }

    @Test
    void nothingFoundListsEverySourceTried() {
        env.put("KUBECONFIG", dir.resolve("nope").toString());

        assertThatThrownBy(this::detect)
                .isInstanceOf(ConfigException.class)
                .hasMessage("no Kubernetes configuration found; tried: "
                        + "KUBECONFIG=" + dir.resolve("nope") + ": none of the files exist; "
                        + home.resolve(".kube").resolve("config") + ": does not exist; "
                        + "in-cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set (not running in a pod)");
    }

    @Test
    void inClusterWithoutTokenFileIsNotPossible() {
        env.put("KUBERNETES_SERVICE_HOST", "10.96.0.1");
        env.put("KUBERNETES_SERVICE_PORT", "443");

        assertThatThrownBy(this::detect)
                .hasMessageEndingWith("in-cluster: service account token " + saPaths.tokenFile() + " does not exist");
    }

    @Test
    void inClusterDetails() throws IOException {
        serviceAccount("sa-token");
        env.put("KUBERNETES_SERVICE_HOST", "fd00::1");
        env.put("POD_NAMESPACE", "from-env");
        Files.delete(saPaths.caFile());

        Config c = InClusterLoader.load(Environment.of(env, home), saPaths);

        assertThat(c.server()).isEqualTo("https://[fd00::1]:443");
        assertThat(c.namespace()).isEqualTo("from-env");
        assertThat(c.caCertData()).as("missing CA: JDK trust store, as client-go").isNull();
    }

    @Test
    void inClusterRequiresAReadableNonEmptyToken() throws IOException {
        serviceAccount("  \n");

        assertThatThrownBy(() -> InClusterLoader.load(Environment.of(env, home), saPaths))
                .hasMessage("in-cluster: service account token " + saPaths.tokenFile() + " is empty");
        env.remove("KUBERNETES_SERVICE_PORT");
        assertThatThrownBy(() -> InClusterLoader.load(Environment.of(env, home), saPaths))
                .hasMessageContaining("KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be set");
    }

    @Test
    void proxyEnvironmentIsCapturedAtDetection() throws IOException {
        homeConfig(HOME_CONFIG);
        env.put("https_proxy", "proxy.corp:3128");
        env.put("HTTP_PROXY", "http://user:pw@plain.corp:8080");
        env.put("http_proxy", "http://ignored:1");
        env.put("no_proxy", ".internal,10.0.0.0/8");

        Config c = detect();

        assertThat(c.httpsProxy()).isEqualTo("http://proxy.corp:3128");
        assertThat(c.httpProxy()).isEqualTo("http://user:pw@plain.corp:8080");
        assertThat(c.noProxy()).isEqualTo(".internal,10.0.0.0/8");
        assertThat(c.toString()).doesNotContain("pw");
    }

    @Test
    void anUnusableProxyVariableIsNamed() throws IOException {
        homeConfig(HOME_CONFIG);
        env.put("HTTPS_PROXY", "ftp://proxy.corp");

        assertThatThrownBy(this::detect).hasMessageContaining("HTTPS_PROXY: unsupported scheme \"ftp\"");
    }

    @Test
    void explicitKubeconfigFilesMustExist() {
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> Config.fromKubeconfig(missing))
                .hasMessage("kubeconfig " + missing + ": file does not exist");
        assertThatThrownBy(() -> Config.fromKubeconfig(dir))
                .hasMessage("kubeconfig " + dir + ": is a directory, not a file");
    }

    @Test
    void tokenFileIsRereadNotCopied() throws IOException {
        serviceAccount("first");
        Config c = InClusterLoader.load(Environment.of(env, home), saPaths);
        Files.writeString(saPaths.tokenFile(), "second");

        assertThat(c.toString()).doesNotContain("first");
        assertThat(Files.readString(c.tokenFile(), StandardCharsets.UTF_8)).isEqualTo("second");
    }
}
