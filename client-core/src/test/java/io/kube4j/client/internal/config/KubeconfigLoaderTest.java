package io.kube4j.client.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.client.Config;
import io.kube4j.client.ConfigException;
import io.kube4j.client.ExecConfig;
import io.kube4j.client.internal.tls.TestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigLoaderTest {
    static TestPki.Issued ca;
    static TestPki.Issued rsaClient;
    static KeyPair ecPair;
    static TestPki.Issued ecClient;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        ca = TestPki.ca("kube-ca");
        rsaClient = TestPki.issue(ca, "rsa-user", TestPki.rsa(), List.of(), List.of());
        ecPair = TestPki.ec("secp256r1");
        ecClient = TestPki.issue(ca, "ec-user", ecPair, List.of(), List.of());
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.US_ASCII));
    }

    Path write(String name, String yaml) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, yaml);
        return p;
    }

    static final String TWO_CONTEXTS = """
            apiVersion: v1
            kind: Config
            current-context: dev
            clusters:
            - name: dev-cluster
              cluster:
                server: https://dev.example.com:6443/
            - name: prod-cluster
              cluster:
                server: https://prod.example.com
            users:
            - name: dev-user
              user:
                token: dev-token
            - name: prod-user
              user:
                username: admin
                password: prod-password
            contexts:
            - name: dev
              context: {cluster: dev-cluster, user: dev-user, namespace: team-a}
            - name: prod
              context: {cluster: prod-cluster, user: prod-user}
            """;

    @Test
    void currentContextIsUsedByDefault() throws IOException {
        Config c = Config.fromKubeconfig(write("config", TWO_CONTEXTS));

        assertThat(c.contextName()).isEqualTo("dev");
        assertThat(c.server()).isEqualTo("https://dev.example.com:6443");
        assertThat(c.namespace()).isEqualTo("team-a");
        assertThat(c.token()).isEqualTo("dev-token");
        assertThat(c.username()).isNull();
    }

    @Test
    void aNamedContextIsSelectedAndNamespaceDefaults() throws IOException {
        Config c = Config.fromKubeconfig(write("config", TWO_CONTEXTS), "prod");

        assertThat(c.contextName()).isEqualTo("prod");
        assertThat(c.server()).isEqualTo("https://prod.example.com");
        assertThat(c.namespace()).isEqualTo("default");
        assertThat(c.username()).isEqualTo("admin");
        assertThat(c.password()).isEqualTo("prod-password");
        assertThat(c.token()).isNull();
    }

    @Test
    void yamlTextWorksLikeAFile() {
        assertThat(Config.fromKubeconfigYaml(TWO_CONTEXTS, null).server()).isEqualTo("https://dev.example.com:6443");
        assertThat(Config.fromKubeconfigYaml(TWO_CONTEXTS, "prod").server()).isEqualTo("https://prod.example.com");
    }

    @Test
    void unknownContextNamesTheFileAndTheChoices() throws IOException {
        Path file = write("config", TWO_CONTEXTS);
        assertThatThrownBy(() -> Config.fromKubeconfig(file, "staging"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("kubeconfig " + file + ": context \"staging\" not found (available: dev, prod)");
    }

    @Test
    void missingCurrentContextIsExplained() throws IOException {
        Path file = write("config", TWO_CONTEXTS.replace("current-context: dev\n", ""));
        assertThatThrownBy(() -> Config.fromKubeconfig(file))
                .hasMessage("kubeconfig " + file + ": current-context is not set and no context was requested"
                        + " (available: dev, prod)");
        Path dangling = write("dangling", TWO_CONTEXTS.replace("current-context: dev", "current-context: gone"));
        assertThatThrownBy(() -> Config.fromKubeconfig(dangling))
                .hasMessageStartingWith("kubeconfig " + dangling + ": current-context: context \"gone\" not found");
    }

    @Test
    void relativePathsResolveAgainstTheKubeconfigFolder() throws IOException {
        Path sub = dir.resolve("kube");
        write("kube/pki/ca.crt", ca.certPem());
        write("kube/pki/client.crt", ecClient.certPem());
        write("kube/pki/client.key", TestPki.sec1Pem(ecPair, "1.2.840.10045.3.1.7", true));
        write("kube/token", "file-token\n");
        Path file = write("kube/config", """
                current-context: c
                clusters:
                - name: k
                  cluster: {server: "https://k:6443", certificate-authority: pki/ca.crt}
                users:
                - name: cert
                  user: {client-certificate: pki/client.crt, client-key: ./pki/client.key}
                - name: tok
                  user: {tokenFile: token}
                - name: plugin
                  user:
                    exec: {command: ./bin/plugin, apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never}
                - name: onpath
                  user:
                    exec: {command: kubelogin, apiVersion: client.authentication.k8s.io/v1beta1}
                contexts:
                - {name: c, context: {cluster: k, user: cert}}
                - {name: t, context: {cluster: k, user: tok}}
                - {name: p, context: {cluster: k, user: plugin}}
                - {name: o, context: {cluster: k, user: onpath}}
                """);

        Config c = Config.fromKubeconfig(file);
        assertThat(new String(c.caCertData(), StandardCharsets.US_ASCII)).isEqualTo(ca.certPem());
        assertThat(new String(c.clientCertData(), StandardCharsets.US_ASCII)).isEqualTo(ecClient.certPem());
        assertThat(c.clientKeyData()).isNotNull();
        assertThat(Config.fromKubeconfig(file, "t").tokenFile()).isEqualTo(sub.resolve("token").toAbsolutePath());
        assertThat(Config.fromKubeconfig(file, "p").exec().command())
                .isEqualTo(sub.resolve("bin/plugin").toAbsolutePath().toString());
        ExecConfig onPath = Config.fromKubeconfig(file, "o").exec();
        assertThat(onPath.command()).isEqualTo("kubelogin");
        assertThat(onPath.interactiveMode()).isEqualTo(ExecConfig.InteractiveMode.IF_AVAILABLE);
    }

    @Test
    void clientCertificateDataInEveryKeyFormat() {
        for (String key : List.of(TestPki.pkcs1Pem(rsaClient.keys().getPrivate()), rsaClient.keyPem())) {
            Config c = Config.fromKubeconfigYaml(certUser(rsaClient.certPem(), key), null);
            assertThat(c.clientCertData()).isNotNull();
        }
        for (String key : List.of(TestPki.sec1Pem(ecPair, "1.2.840.10045.3.1.7", true), ecClient.keyPem(),
                TestPki.ecParametersPem("1.2.840.10045.3.1.7") + TestPki.sec1Pem(ecPair, "1.2.840.10045.3.1.7", false))) {
            Config c = Config.fromKubeconfigYaml(certUser(ecClient.certPem(), key), null);
            assertThat(new String(c.clientKeyData(), StandardCharsets.US_ASCII)).isEqualTo(key);
        }
    }

    static String certUser(String certPem, String keyPem) {
        return """
                current-context: c
                clusters: [{name: k, cluster: {server: "https://k", certificate-authority-data: %s}}]
                users: [{name: u, user: {client-certificate-data: %s, client-key-data: %s}}]
                contexts: [{name: c, context: {cluster: k, user: u}}]
                """.formatted(b64(ca.certPem()), b64(certPem), b64(keyPem));
    }

    @Test
    void clusterSettings() {
        Config c = Config.fromKubeconfigYaml("""
                current-context: c
                clusters:
                - name: k
                  cluster:
                    server: 10.0.0.1:6443
                    insecure-skip-tls-verify: true
                    tls-server-name: kubernetes.default.svc
                    proxy-url: socks5://proxy.internal:1080
                    disable-compression: true
                contexts: [{name: c, context: {cluster: k}}]
                """, null);

        assertThat(c.server()).isEqualTo("https://10.0.0.1:6443");
        assertThat(c.insecureSkipTlsVerify()).isTrue();
        assertThat(c.tlsServerName()).isEqualTo("kubernetes.default.svc");
        assertThat(c.proxyUrl()).isEqualTo("socks5://proxy.internal:1080");
        assertThat(c.disableCompression()).isTrue();
        assertThat(c.token()).isNull();
        assertThat(c.exec()).isNull();
    }

    @Test
    void execPluginAndImpersonation() {
        Config c = Config.fromKubeconfigYaml("""
                current-context: c
                clusters:
                - name: k
                  cluster:
                    server: https://k
                    extensions:
                    - name: client.authentication.k8s.io/exec
                      extension: {audience: kube, nested: {list: [1, 2]}}
                users:
                - name: u
                  user:
                    as: jane
                    as-uid: "42"
                    as-groups: [devs, ops]
                    as-user-extra: {reason: [testing]}
                    exec:
                      apiVersion: client.authentication.k8s.io/v1
                      command: aws
                      args: [eks, get-token, --cluster-name, demo]
                      env: [{name: AWS_PROFILE, value: demo}, {name: EMPTY}]
                      installHint: install the aws CLI
                      provideClusterInfo: true
                      interactiveMode: Never
                contexts: [{name: c, context: {cluster: k, user: u}}]
                """, null);

        ExecConfig e = c.exec();
        assertThat(e.command()).isEqualTo("aws");
        assertThat(e.args()).containsExactly("eks", "get-token", "--cluster-name", "demo");
        assertThat(e.env()).containsExactly(Map.entry("AWS_PROFILE", "demo"), Map.entry("EMPTY", ""));
        assertThat(e.apiVersion()).isEqualTo(ExecConfig.V1);
        assertThat(e.installHint()).isEqualTo("install the aws CLI");
        assertThat(e.provideClusterInfo()).isTrue();
        assertThat(e.interactiveMode()).isEqualTo(ExecConfig.InteractiveMode.NEVER);
        assertThat(e.clusterConfig()).isEqualTo(Map.of("audience", "kube", "nested", Map.of("list", List.of(1, 2))));
        assertThat(c.impersonateUser()).isEqualTo("jane");
        assertThat(c.impersonateUid()).isEqualTo("42");
        assertThat(c.impersonateGroups()).containsExactly("devs", "ops");
        assertThat(c.impersonateExtra()).isEqualTo(Map.of("reason", List.of("testing")));
    }

    @Test
    void aContextWithoutUserIsAnonymous() {
        Config c = Config.fromKubeconfigYaml("""
                current-context: c
                clusters: [{name: k, cluster: {server: "http://127.0.0.1:8080"}}]
                contexts: [{name: c, context: {cluster: k}}]
                """, null);
        assertThat(c.server()).isEqualTo("http://127.0.0.1:8080");
        assertThat(c.token()).isNull();
        assertThat(c.username()).isNull();
    }

    @Test
    void brokenEntriesThatTheContextDoesNotUseAreIgnored() {
        Config c = Config.fromKubeconfigYaml("""
                current-context: c
                clusters:
                - {name: k, cluster: {server: "https://k"}}
                - {name: broken, cluster: {certificate-authority-data: "!!!"}}
                users:
                - {name: broken, user: {client-key-data: "!!!"}}
                contexts: [{name: c, context: {cluster: k}}]
                """, null);
        assertThat(c.server()).isEqualTo("https://k");
    }
}
