package io.kube4j.client.internal.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.client.Config;
import io.kube4j.client.ConfigException;
import io.kube4j.client.internal.tls.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every malformed kubeconfig fails with a ConfigException that names the file and the field. */
class KubeconfigErrorsTest {
    @TempDir
    static Path dir;

    static final TestPki.Issued CA = TestPki.ca("ca");
    static final TestPki.Issued CLIENT = TestPki.issue(CA, "user", TestPki.ec("secp256r1"), List.of(), List.of());

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.US_ASCII));
    }

    /** A kubeconfig whose single context uses cluster {@code k} and user {@code u}, with the given bodies. */
    static String config(String cluster, String user) {
        return "current-context: c\n"
                + "clusters: [{name: k, cluster: " + cluster + "}]\n"
                + "users: [{name: u, user: " + user + "}]\n"
                + "contexts: [{name: c, context: {cluster: k, user: u}}]\n";
    }

    static final String OK_CLUSTER = "{server: \"https://k\"}";

    static Stream<Arguments> cases() {
        String cert = b64(CLIENT.certPem());
        String key = b64(CLIENT.keyPem());
        return Stream.of(
                Arguments.of("malformed YAML", "clusters: [\n  - name: x\n", "invalid YAML at line"),
                Arguments.of("tab-indented YAML", "users:\n\t- name: x\n", "invalid YAML at line 2"),
                Arguments.of("top level is a list", "- a\n- b\n", "not a kubeconfig (the top level is not a mapping)"),
                Arguments.of("clusters is a mapping", "clusters: {a: b}\n", "clusters: expected a list, found a mapping"),
                Arguments.of("entry without name", "clusters: [{cluster: {server: x}}]\n", "clusters[0].name: not set"),
                Arguments.of("duplicate names", "clusters: [{name: a}, {name: a}]\n", "clusters: duplicate name \"a\""),
                Arguments.of("no server", config("{insecure-skip-tls-verify: true}", "{}"), "clusters[k].server: not set"),
                Arguments.of("server scheme", config("{server: \"ftp://k\"}", "{}"),
                        "clusters[k].server: unsupported scheme \"ftp\" (expected https or http)"),
                Arguments.of("server is a list", config("{server: [a]}", "{}"), "clusters[k].server: expected a string, found a list"),
                Arguments.of("bad CA base64", config("{server: \"https://k\", certificate-authority-data: \"not*base64\"}", "{}"),
                        "clusters[k].certificate-authority-data: not valid base64"),
                Arguments.of("PEM instead of base64", config("{server: \"https://k\", certificate-authority-data: \"-----BEGIN CERTIFICATE-----\"}", "{}"),
                        "clusters[k].certificate-authority-data: not valid base64 (it looks like PEM text"),
                Arguments.of("CA data is not PEM", config("{server: \"https://k\", certificate-authority-data: " + b64("hello") + "}", "{}"),
                        "clusters[k].certificate-authority-data: no PEM data found"),
                Arguments.of("CA data and file", config("{server: \"https://k\", certificate-authority-data: " + b64(CA.certPem())
                        + ", certificate-authority: ca.crt}", "{}"),
                        "clusters[k]: certificate-authority-data and certificate-authority are both set"),
                Arguments.of("missing CA file", config("{server: \"https://k\", certificate-authority: missing/ca.crt}", "{}"),
                        "clusters[k].certificate-authority: file " + dir.resolve("missing/ca.crt") + " does not exist"),
                Arguments.of("CA with insecure", config("{server: \"https://k\", insecure-skip-tls-verify: true, certificate-authority-data: "
                        + b64(CA.certPem()) + "}", "{}"),
                        "clusters[k]: insecure-skip-tls-verify cannot be combined with certificate-authority-data"),
                Arguments.of("insecure flag not boolean", config("{server: \"https://k\", insecure-skip-tls-verify: maybe}", "{}"),
                        "clusters[k].insecure-skip-tls-verify: expected true or false"),
                Arguments.of("bad proxy-url", config("{server: \"https://k\", proxy-url: \"ftp://p\"}", "{}"),
                        "clusters[k].proxy-url: unsupported scheme \"ftp\""),
                Arguments.of("bad client key base64", config(OK_CLUSTER, "{client-certificate-data: " + cert + ", client-key-data: \"%%%\"}"),
                        "users[u].client-key-data: not valid base64"),
                Arguments.of("client key is not a key", config(OK_CLUSTER, "{client-certificate-data: " + cert + ", client-key-data: " + cert + "}"),
                        "users[u].client-key-data: not a PEM private key (expected PKCS#1, PKCS#8 or SEC1)"),
                Arguments.of("client cert is not a cert", config(OK_CLUSTER, "{client-certificate-data: " + key + ", client-key-data: " + key + "}"),
                        "users[u].client-certificate-data: no CERTIFICATE block found"),
                Arguments.of("key of another certificate", config(OK_CLUSTER, "{client-certificate-data: " + cert + ", client-key-data: "
                        + b64(TestPki.pkcs8Pem(TestPki.ec("secp256r1").getPrivate())) + "}"),
                        "users[u].client-key-data: the private key does not match the public key of the client certificate"),
                Arguments.of("certificate without key", config(OK_CLUSTER, "{client-certificate-data: " + cert + "}"),
                        "users[u].client-key: not set, but client-certificate-data is (both are needed)"),
                Arguments.of("cert data and file", config(OK_CLUSTER, "{client-certificate-data: " + cert + ", client-certificate: c.crt}"),
                        "users[u]: client-certificate-data and client-certificate are both set"),
                Arguments.of("missing token file", config(OK_CLUSTER, "{tokenFile: /nonexistent/kube4j/token}"),
                        "users[u].tokenFile: file /nonexistent/kube4j/token does not exist"),
                Arguments.of("token and basic auth", config(OK_CLUSTER, "{token: t, username: u, password: p}"),
                        "users[u]: more than one authentication method found (token, basic auth); only one is allowed"),
                Arguments.of("groups without user", config(OK_CLUSTER, "{as-groups: [a]}"),
                        "users[u]: as-uid, as-groups or as-user-extra is set without as"),
                Arguments.of("auth-provider", config(OK_CLUSTER, "{auth-provider: {name: oidc, config: {client-id: x}}}"),
                        "users[u].auth-provider: auth-provider plugins (oidc) are not supported; configure an exec credential plugin"),
                Arguments.of("exec without command", config(OK_CLUSTER, "{exec: {apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never}}"),
                        "users[u].exec.command: not set"),
                Arguments.of("exec without apiVersion", config(OK_CLUSTER, "{exec: {command: x}}"),
                        "users[u].exec.apiVersion: not set"),
                Arguments.of("exec with v1alpha1", config(OK_CLUSTER, "{exec: {command: x, apiVersion: client.authentication.k8s.io/v1alpha1}}"),
                        "users[u].exec.apiVersion: unsupported version \"client.authentication.k8s.io/v1alpha1\""),
                Arguments.of("exec v1 without interactiveMode", config(OK_CLUSTER, "{exec: {command: x, apiVersion: client.authentication.k8s.io/v1}}"),
                        "users[u].exec.interactiveMode: not set (required by client.authentication.k8s.io/v1)"),
                Arguments.of("exec bad interactiveMode", config(OK_CLUSTER, "{exec: {command: x, apiVersion: client.authentication.k8s.io/v1, interactiveMode: Sometimes}}"),
                        "users[u].exec.interactiveMode: invalid value \"Sometimes\""),
                Arguments.of("exec env without name", config(OK_CLUSTER, "{exec: {command: x, apiVersion: client.authentication.k8s.io/v1beta1, env: [{value: v}]}}"),
                        "users[u].exec.env[0].name: not set"),
                Arguments.of("context without cluster", "current-context: c\ncontexts: [{name: c, context: {user: u}}]\n",
                        "contexts[c].cluster: not set"),
                Arguments.of("context with unknown cluster", "current-context: c\nclusters: [{name: k, cluster: {server: x}}]\n"
                        + "contexts: [{name: c, context: {cluster: nope}}]\n",
                        "contexts[c].cluster: cluster \"nope\" not found (available: k)"),
                Arguments.of("context with unknown user", "current-context: c\nclusters: [{name: k, cluster: {server: x}}]\n"
                        + "contexts: [{name: c, context: {cluster: k, user: ghost}}]\n",
                        "contexts[c].user: user \"ghost\" not found (none defined)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesFileAndField(String name, String yaml, String message) throws Exception {
        Path file = dir.resolve(name.replaceAll("[^a-zA-Z0-9]+", "-") + ".yaml");
        Files.writeString(file, yaml);

        assertThatThrownBy(() -> Config.fromKubeconfig(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("kubeconfig " + file + ": ")
                .hasMessageContaining(message);
    }
}
