package io.kube4j.client.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.client.Config;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** client-go's merge rules for a KUBECONFIG list, as a table: files in order (null = missing) → what wins. */
class KubeconfigMergeTest {
    @TempDir
    Path dir;

    static final String A = """
            current-context: ctx-a
            clusters: [{name: shared, cluster: {server: "https://a.example"}}, {name: only-a, cluster: {server: "https://only-a"}}]
            users: [{name: me, user: {token: token-a}}]
            contexts:
            - {name: ctx-a, context: {cluster: shared, user: me, namespace: ns-a}}
            - {name: both, context: {cluster: shared, user: me, namespace: from-a}}
            """;
    static final String B = """
            current-context: ctx-b
            clusters: [{name: shared, cluster: {server: "https://b.example"}}, {name: only-b, cluster: {server: "https://only-b"}}]
            users: [{name: me, user: {username: bob, password: secret-b}}, {name: b-user, user: {token: token-b}}]
            contexts:
            - {name: ctx-b, context: {cluster: only-b, user: b-user}}
            - {name: both, context: {cluster: only-b, user: b-user, namespace: from-b}}
            - {name: cross, context: {cluster: only-a, user: me}}
            """;
    static final String NO_CURRENT = """
            clusters: [{name: shared, cluster: {server: "https://c.example"}}]
            contexts: [{name: ctx-c, context: {cluster: shared}}]
            """;
    static final String EMPTY = "";

    /** files, requested context, expected server, namespace, token, username. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("single file", List.of(A), null, "https://a.example", "ns-a", "token-a", null),
                Arguments.of("first file's cluster entry wins", List.of(B, A), "ctx-a", "https://b.example", "ns-a", "bob", "bob"),
                Arguments.of("first file's user wins whole, no field merge", List.of(A, B), "ctx-a", "https://a.example", "ns-a", "token-a", null),
                Arguments.of("current-context from the first file that sets it", List.of(A, B), null, "https://a.example", "ns-a", "token-a", null),
                Arguments.of("current-context from a later file", List.of(NO_CURRENT, B), null, "https://only-b", "default", "token-b", null),
                Arguments.of("context entries: first wins", List.of(A, B), "both", "https://a.example", "from-a", "token-a", null),
                Arguments.of("context entries: first wins (reversed)", List.of(B, A), "both", "https://only-b", "from-b", "token-b", null),
                Arguments.of("a context may use another file's cluster", List.of(A, B), "cross", "https://only-a", "default", "token-a", null),
                Arguments.of("missing files are skipped", Arrays.asList(null, A, null), null, "https://a.example", "ns-a", "token-a", null),
                Arguments.of("empty files are harmless", List.of(EMPTY, B), null, "https://only-b", "default", "token-b", null),
                Arguments.of("a file listed twice counts once", List.of(B, B, A), null, "https://only-b", "default", "token-b", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mergesLikeClientGo(String name, List<String> files, String context, String server, String namespace,
            String tokenOrUser, String username) throws IOException {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String content = files.get(i);
            Path p = dir.resolve("cfg-" + i);
            if (content != null) {
                // Identical contents share one file so that "listed twice" really lists one path twice.
                int first = files.indexOf(content);
                p = dir.resolve("cfg-" + first);
                Files.writeString(p, content);
            }
            paths.add(p.toString());
        }
        String kubeconfig = String.join(File.pathSeparator, paths);
        Config c = context == null
                ? AutoDetect.detect(Environment.of(Map.of("KUBECONFIG", kubeconfig), dir.resolve("home")),
                        InClusterLoader.Paths.under(dir.resolve("no-sa")))
                : KubeconfigLoader.fromFiles(existing(paths), context);

        assertThat(c.server()).isEqualTo(server);
        assertThat(c.namespace()).isEqualTo(namespace);
        if (username == null) {
            assertThat(c.token()).isEqualTo(tokenOrUser);
            assertThat(c.username()).isNull();
        } else {
            assertThat(c.username()).isEqualTo(username);
            assertThat(c.token()).isNull();
        }
    }

    private static List<Path> existing(List<String> paths) {
        return paths.stream().map(Path::of).filter(Files::exists).distinct().toList();
    }
}
