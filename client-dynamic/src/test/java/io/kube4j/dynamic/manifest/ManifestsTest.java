package io.kube4j.dynamic.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.dynamic.Unstructured;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestsTest {
    static final String MULTI = """
            # leading comment
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: demo
            ---   # separator with a comment

            ---
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: ConfigMap
              metadata: {name: a, namespace: demo}
              data: {n: "1"}
            - apiVersion: v1
              kind: ConfigMap
              metadata: {name: b, namespace: demo}
            ---
            apiVersion: v1
            kind: ConfigMapList
            items:
            - metadata: {name: c, namespace: demo}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: demo}
            spec:
              replicas: 2
              paused: yes
              big: 9007199254740993
            """;

    @Test
    void multiDocumentYamlWithListsAndEmptyDocuments() {
        Manifest m = Manifests.read(MULTI);
        assertThat(m.error()).isEmpty();
        assertThat(m.objects()).extracting(ManifestObject::describe).containsExactly(
                "document 0 (line 3), v1 Namespace demo",
                "document 1, item 0 (line 10), v1 ConfigMap demo/a",
                "document 1, item 1 (line 10), v1 ConfigMap demo/b",
                "document 2, item 0 (line 21), v1 ConfigMap demo/c",
                "document 3 (line 26), apps/v1 Deployment demo/web");
        Unstructured web = m.objects().get(4).object();
        assertThat(web.getNestedLong("spec", "replicas")).contains(2L);
        assertThat(web.getNestedBoolean("spec", "paused")).contains(true).as("YAML 1.1 booleans, as go-yaml");
        assertThat(web.getNestedLong("spec", "big")).contains(9007199254740993L);
        assertThat(Manifests.parse(MULTI)).hasSize(5);
    }

    @Test
    void jsonObjectsAndLists() {
        List<Unstructured> objs = Manifests.parse("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"}}
                {"apiVersion":"v1","kind":"List","items":[{"apiVersion":"v1","kind":"Secret","metadata":{"name":"s"}}]}
                """);
        assertThat(objs).extracting(Unstructured::kind).containsExactly("ConfigMap", "Secret");
        Manifest bad = Manifests.read("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\"}\n[1]");
        assertThat(bad.objects()).hasSize(1);
        assertThat(bad.error().get()).hasMessage("document 1 (line 2): expected an object with apiVersion and kind but found an array");
    }

    @Test
    void anchorsAliasesAndMergeKeys() {
        Unstructured u = Manifests.parse("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: m
                  labels: &labels {app: web, tier: front}
                  annotations:
                    <<: *labels
                    tier: back
                data:
                  copy: x
                spec:
                  list: &l [1, 2]
                  again: *l
                """).get(0);
        assertThat(u.labels()).containsExactly(Map.entry("app", "web"), Map.entry("tier", "front"));
        assertThat(u.annotations()).containsEntry("app", "web").containsEntry("tier", "back");
        assertThat(u.getNestedList("spec", "again")).contains(List.of(1, 2));
        assertThatThrownBy(() -> Manifests.parse("apiVersion: v1\nkind: X\nname: &n str\nother: *n\n"))
                .isInstanceOf(ManifestException.class).hasMessageContaining("unknown YAML alias *n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "metadata: {name: x}\\nkind: ConfigMap | document 1 (line 5): no apiVersion (every object needs apiVersion and kind)",
        "apiVersion: v1\\nmetadata: {name: x} | document 1 (line 5): no kind (every object needs apiVersion and kind)",
        "apiVersion: v1\\nkind: 5 | document 1 (line 5): kind must be a non-empty string but is an integer",
        "apiVersion: v1\\nkind: X\\nmetadata: [] | document 1 (line 5): metadata must be an object but is an array",
        "just a string | document 1 (line 5): expected an object with apiVersion and kind but found a string",
        "apiVersion: v1\\nkind: List\\nitems: [{kind: X}] | document 1 (line 5): item 0: no apiVersion (every object needs apiVersion and kind)",
        "apiVersion: v1\\nkind: X\\n  bad: indent | document 1 (line 5): malformed YAML at line 7, column 6: mapping values are not allowed here",
        "apiVersion: v1\\nkind: [unclosed | document 1 (line 5): malformed YAML at line 6, column 16: while parsing a flow sequence; expected ',' or ']', but got <stream end>"})
    void badDocumentsNameTheirIndexAndLine(String doc, String message) {
        String text = "apiVersion: v1\nkind: Namespace\nmetadata: {name: first}\n---\n" + doc.replace("\\n", "\n")
                + "\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: never}\n";
        Manifest m = Manifests.read(text);
        assertThat(m.objects()).extracting(o -> o.object().name()).containsExactly("first");
        assertThat(m.error()).hasValueSatisfying(e -> {
            assertThat(e).hasMessage(message);
            assertThat(e.document()).isEqualTo(1);
            assertThat(e.line()).isEqualTo(5);
        });
        assertThatThrownBy(() -> Manifests.parse(text)).isInstanceOf(ManifestException.class).hasMessage(message);
    }

    @Test
    void malformedSecretsAreNotQuoted() {
        Manifest m = Manifests.read("apiVersion: v1\nkind: Secret\nstringData:\n  password: hunter2: oops\n");
        assertThat(m.error().get().getMessage()).doesNotContain("hunter2").contains("document 0 (line 1)");
    }

    @Test
    void filesAndStreams(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.yaml");
        Files.writeString(file, "\uFEFF" + MULTI);
        assertThat(Manifests.parse(file)).hasSize(5);
        assertThat(Manifests.parse(new ByteArrayInputStream(MULTI.getBytes(StandardCharsets.UTF_8)))).hasSize(5);
        Files.writeString(file, "kind: X\n");
        assertThatThrownBy(() -> Manifests.parse(file)).hasMessage(file + ": document 0 (line 1): no apiVersion (every "
                + "object needs apiVersion and kind)");
        assertThatThrownBy(() -> Manifests.read(dir.resolve("missing.yaml"))).hasMessageStartingWith("cannot read manifest");
        assertThat(Manifests.parse("")).isEmpty();
        assertThat(Manifests.parse("---\n# nothing\n---\n")).isEmpty();
        assertThat(Manifest.of(List.of(Unstructured.of("v1", "X"))).objects().get(0).describe())
                .isEqualTo("document 0, v1 X <no name>");
    }
}
