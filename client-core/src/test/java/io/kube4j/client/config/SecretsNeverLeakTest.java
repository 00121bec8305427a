package io.kube4j.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.kube4j.client.Config;
import io.kube4j.client.ExecConfig;
import io.kube4j.client.internal.auth.Credentials;
import io.kube4j.client.internal.auth.ExecCredentialSource;
import io.kube4j.client.internal.auth.PluginScripts;
import io.kube4j.client.internal.http.KubeIOException;
import io.kube4j.client.internal.tls.ReloadableKeyManager;
import io.kube4j.client.internal.tls.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exception messages (with their causes) and toString() never contain a token, password or key material. */
class SecretsNeverLeakTest {
    static final String TOKEN = "SECRET-TOKEN-1234";
    static final String PASSWORD = "SECRET-PASSWORD-5678";
    static final String PROXY_PASSWORD = "PROXYPASS9";
    static final String ENV_SECRET = "SECRET-ENV-VALUE";

    @TempDir
    Path dir;

    final List<String> seen = new ArrayList<>();

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.US_ASCII));
    }

    void collect(Throwable t) {
        assertThat(t).as("expected a failure").isNotNull();
        Set<Throwable> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> todo = new ArrayList<>(List.of(t));
        while (!todo.isEmpty()) {
            Throwable x = todo.remove(0);
            if (x == null || !visited.add(x)) {
                continue;
            }
            seen.add(String.valueOf(x.getMessage()));
            seen.add(x.toString());
            todo.add(x.getCause());
            todo.addAll(List.of(x.getSuppressed()));
        }
    }

    void yamlFailure(String yaml) {
        collect(catchThrowable(() -> Config.fromKubeconfigYaml(yaml, null)));
    }

    static String user(String userBody) {
        return "current-context: c\nclusters: [{name: k, cluster: {server: \"https://k\"}}]\n"
                + "users: [{name: u, user: " + userBody + "}]\ncontexts: [{name: c, context: {cluster: k, user: u}}]\n";
    }

    @Test
    void noSecretAnywhere() throws Exception {
        TestPki.Issued ca = TestPki.ca("ca");
        TestPki.Issued client = TestPki.issue(ca, "u", TestPki.ec("secp256r1"), List.of(), List.of());
        String keyPem = client.keyPem();
        String keyBody = keyPem.split("\n")[1].substring(0, 40);
        String otherKeyPem = TestPki.pkcs8Pem(TestPki.ec("secp256r1").getPrivate());
        String otherKeyBody = otherKeyPem.split("\n")[1].substring(0, 40);

        Config full = Config.builder().server("https://k").token(TOKEN)
                .clientCertData(client.certPem().getBytes(StandardCharsets.US_ASCII))
                .clientKeyData(keyPem.getBytes(StandardCharsets.US_ASCII))
                .proxyUrl("http://user:" + PROXY_PASSWORD + "@proxy:3128")
                .httpsProxy("http://user:" + PROXY_PASSWORD + "@envproxy:3128")
                .exec(ExecConfig.builder().command("plugin").putEnv("AWS_SECRET", ENV_SECRET)
                        .interactiveMode(ExecConfig.InteractiveMode.NEVER).build())
                .build();
        seen.add(full.toString());
        seen.add(full.exec().toString());
        seen.add(Config.builder().server("https://k").username("admin").password(PASSWORD).build().toString());
        seen.add(Credentials.bearer(TOKEN).toString());
        seen.add(Credentials.basic("admin", PASSWORD).toString());

        yamlFailure("users:\n- name: u\n  user:\n    token: " + TOKEN + ": oops\n");
        yamlFailure("users: [{name: u, user: {token: \"" + TOKEN + "}]\n");
        yamlFailure("users:\n\t- token: " + TOKEN + "\n");
        yamlFailure(user("{token: " + TOKEN + ", username: admin, password: " + PASSWORD + "}"));
        yamlFailure(user("{client-certificate-data: " + b64(client.certPem()) + ", client-key-data: \"" + TOKEN + "!!\"}"));
        yamlFailure(user("{client-certificate-data: " + b64(client.certPem()) + ", client-key-data: " + b64(TOKEN) + "}"));
        yamlFailure(user("{client-certificate-data: " + b64(client.certPem()) + ", client-key-data: " + b64(otherKeyPem) + "}"));
        yamlFailure(user("{client-certificate-data: " + b64(keyPem) + ", client-key-data: " + b64(keyPem) + "}"));
        yamlFailure(user("{password: " + PASSWORD + ", as-groups: [g]}"));
        yamlFailure(user("{token: " + TOKEN + ", auth-provider: {name: oidc, config: {id-token: " + TOKEN + "}}}"));
        yamlFailure(user("{token: " + TOKEN + "}").replace("https://k", "ftp://user:" + PASSWORD + "@k"));
        yamlFailure(user("{token: " + TOKEN + "}").replace("server: \"https://k\"",
                "server: \"https://k\", proxy-url: \"gopher://u:" + PROXY_PASSWORD + "@p\""));

        collect(catchThrowable(() -> Config.builder().server("https://k").token(TOKEN).password(PASSWORD).build()));
        collect(catchThrowable(() -> Config.builder().server("https://u:" + PASSWORD + "@k").build()));
        collect(catchThrowable(() -> Config.builder().server("https://u:" + PASSWORD + "@/path").build()));
        collect(catchThrowable(() -> Config.builder().server("u:" + PASSWORD + "@k:6443").build()));
        collect(catchThrowable(() -> Config.builder().server("https://k").proxyUrl("ftp://u:" + PROXY_PASSWORD + "@p").build()));
        collect(catchThrowable(() -> Config.builder().server("https://k").proxyUrl("socks5://u:" + PROXY_PASSWORD + "@p").build()));
        collect(catchThrowable(() -> Config.builder().server("https://k")
                .clientCertData(client.certPem().getBytes(StandardCharsets.US_ASCII))
                .clientKeyData(otherKeyPem.getBytes(StandardCharsets.US_ASCII)).build()));

        Path failing = PluginScripts.script(dir.resolve("fail.sh"),
                "#!/bin/sh\necho '{\"status\":{\"token\":\"" + TOKEN + "\"}}'\necho 'login failed' >&2\nexit 1\n");
        Path garbled = PluginScripts.script(dir.resolve("garbled.sh"),
                "#!/bin/sh\necho '{\"apiVersion\":\"x\",\"status\":{\"token\":\"" + TOKEN + "\"'\n");
        Path wrongVersion = PluginScripts.script(dir.resolve("wrong.sh"),
                "#!/bin/sh\necho '{\"apiVersion\":\"v9\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"" + TOKEN + "\"}}'\n");
        for (Path p : List.of(failing, garbled, wrongVersion)) {
            Config c = Config.builder().server("https://k").exec(ExecConfig.builder().command(p.toString())
                    .putEnv("AWS_SECRET", ENV_SECRET).interactiveMode(ExecConfig.InteractiveMode.NEVER).build()).build();
            Throwable t = catchThrowable(() -> new ExecCredentialSource(c, new ReloadableKeyManager(), () -> { },
                    Clock.systemUTC()).get());
            collect(t);
            collect(new KubeIOException((io.kube4j.client.KubeException) t));
        }

        assertThat(seen).hasSizeGreaterThan(40);
        for (String s : seen) {
            assertThat(s).doesNotContain(TOKEN, PASSWORD, PROXY_PASSWORD, ENV_SECRET, keyBody, otherKeyBody,
                    b64(TOKEN), "BEGIN PRIVATE KEY", "BEGIN EC PRIVATE KEY");
        }
    }
}
