package io.kube4j.codegen.crd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.codegen.Main;
import io.kube4j.codegen.model.ModelDesc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CRD schema → models and clients, including Kubernetes' three structural-schema extensions. */
class CrdGeneratorTest {
    @TempDir
    Path tmp;

    static String crd(String kind, String plural, String scope, String versions) {
        return """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata:
                  name: %s.demo.io
                spec:
                  group: demo.io
                  names: {kind: %s, plural: %s}
                  scope: %s
                  versions:
                %s""".formatted(plural, kind, plural, scope, versions.indent(4));
    }

    static final String SCHEMA = """
            - name: v1
              served: true
              storage: true
              subresources: {status: {}, scale: {specReplicasPath: .spec.replicas, statusReplicasPath: .status.n}}
              schema:
                openAPIV3Schema:
                  type: object
                  properties:
                    metadata:
                      type: object
                      properties:
                        name: {type: string, maxLength: 20}
                    spec:
                      type: object
                      description: SPEC-PROSE-MARKER
                      properties:
                        port: {x-kubernetes-int-or-string: true, anyOf: [{type: integer}, {type: string}]}
                        free: {type: object, x-kubernetes-preserve-unknown-fields: true}
                        anything: {x-kubernetes-preserve-unknown-fields: true}
                        open:
                          type: object
                          x-kubernetes-preserve-unknown-fields: true
                          properties:
                            known: {type: string}
                        inner:
                          type: object
                          x-kubernetes-embedded-resource: true
                          x-kubernetes-preserve-unknown-fields: true
                        job:
                          type: object
                          x-kubernetes-embedded-resource: true
                          properties:
                            spec: {type: object, properties: {parallelism: {type: integer, format: int32}}}
                        rules:
                          type: array
                          items: {type: object, properties: {host: {type: string}}}
                        data:
                          type: array
                          items: {type: object, properties: {key: {type: string}}}
                        replicas: {type: integer, format: int32}
                        when: {type: string, format: date-time}
                        blob: {type: string, format: byte}
                        weights: {type: object, additionalProperties: {type: number}}
                        default: {type: string}
                    status:
                      type: object
                      properties:
                        n: {type: integer}
            - name: v2alpha1
              served: true
              storage: false
              schema:
                openAPIV3Schema: {type: object}
            - name: v0
              served: false
              storage: false
            """;

    private static List<Crd> read(Path dir, String name, String yaml) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return CrdReader.read(List.of(file));
    }

    private static ModelDesc model(CrdGenerator.Result r, String qualifiedName) {
        return r.models().stream().filter(m -> m.qualifiedName().equals(qualifiedName)).findFirst().orElseThrow();
    }

    @Test
    void mapsTheStructuralSchemaExtensions() throws Exception {
        CrdGenerator.Result r = CrdGenerator.generate(read(tmp, "c.yaml", crd("Thing", "things", "Namespaced",
                SCHEMA)), "com.example");
        String spec = r.files().get("com/example/v1/ThingSpec.java");
        assertThat(spec).contains(
                "public IntOrString port() {", "public Object free() {", "public Object anything() {",
                "public ThingSpecOpen open() {", "public ThingSpecInner inner() {", "public ThingSpecJob job() {",
                "public List<ThingSpecRule> rules() {", "public List<ThingSpecDataItem> data() {",
                "public Integer replicas() {", "public Instant when() {", "public byte[] blob() {",
                "public Map<String, Double> weights() {", "public String defaultValue() {");
        assertThat(r.files().get("com/example/v1/ThingSpecOpen.java")).contains("public String known() {",
                "public Map<String, Object> extras() {");
        String inner = r.files().get("com/example/v1/ThingSpecInner.java");
        assertThat(inner).contains("public final class ThingSpecInner implements KubernetesObject {",
                "public ObjectMeta metadata() {", "public String apiVersion() {", "public String kind() {");
        assertThat(r.files().get("com/example/v1/ThingSpecJob.java")).contains(
                "public final class ThingSpecJob implements KubernetesObject {", "public ThingSpecJobSpec spec() {");
        assertThat(model(r, "com.example.v1.ThingSpecInner").role()).isEqualTo(ModelDesc.Role.OBJECT);
        assertThat(model(r, "com.example.v1.ThingSpecInner").gvk()).isNull();
        assertThat(r.files().values()).noneMatch(s -> s.contains("SPEC-PROSE-MARKER") || s.contains("maxLength"));
    }

    @Test
    void theKindListAndClientCarryTheResource() throws Exception {
        CrdGenerator.Result r = CrdGenerator.generate(read(tmp, "c.yaml", crd("Thing", "things", "Namespaced",
                SCHEMA)), "com.example");
        String thing = r.files().get("com/example/v1/Thing.java");
        assertThat(thing).startsWith("// Generated by kube4j-codegen from CustomResourceDefinition things.demo.io."
                + " Do not edit.\npackage com.example.v1;").contains(
                "@KubeResource(group = \"demo.io\", version = \"v1\", kind = \"Thing\", plural = \"things\","
                        + " namespaced = true, listType = ThingList.class)",
                "public final class Thing implements KubernetesObject {",
                "public static final String API_VERSION = \"demo.io/v1\";",
                "public ObjectMeta metadata() {", "import io.kube4j.api.meta.v1.ObjectMeta;");
        assertThat(r.files().get("com/example/v1/ThingList.java"))
                .contains("public final class ThingList implements KubernetesList<Thing> {");
        String client = r.files().get("com/example/v1/ThingClient.java");
        assertThat(client).contains("public Thing updateStatus(Thing object) {", "public Scale getScale(String name) {",
                "import io.kube4j.api.autoscaling.v1.Scale;",
                "public static AllNamespacesClient<Thing, ThingList, ThingClient> allNamespaces(RestClient client) {",
                "public void deleteCollection(ListOptions selection) {");
        assertThat(r.files()).containsKeys("com/example/v1/codec/ThingCodec.java",
                "com/example/v1/codec/ThingListCodec.java", "com/example/v2alpha1/Thing.java",
                "com/example/v2alpha1/ThingClient.java");
        assertThat(r.files().get("com/example/v2alpha1/ThingClient.java")).doesNotContain("Status(", "Scale");
        assertThat(r.files().keySet()).noneMatch(p -> p.contains("/v0/"));
        assertThat(r.clients()).extracting(c -> c.javaPackage() + "." + c.className())
                .containsExactly("com.example.v1.ThingClient", "com.example.v2alpha1.ThingClient");
    }

    @Test
    void clusterScopedKindsGetAClusterScopedClient() throws Exception {
        CrdGenerator.Result r = CrdGenerator.generate(read(tmp, "c.yaml", crd("Zone", "zones", "Cluster", """
                - name: v1
                  served: true
                  storage: true
                  schema:
                    openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
                """)), "com.example");
        assertThat(r.files().get("com/example/v1/Zone.java")).contains("namespaced = false");
        assertThat(r.files().get("com/example/v1/ZoneClient.java")).contains("public ZoneClient(RestClient client) {",
                "ResourceType.clusterScoped(").doesNotContain("namespace()", "allNamespaces");
    }

    @Test
    void readerSkipsOtherKindsAndExpandsLists() throws Exception {
        String yaml = "apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n---\n---\nkind: List\napiVersion: v1\n"
                + "items:\n" + crd("Zone", "zones", "Cluster", """
                - name: v1
                  served: true
                  storage: true
                  schema:
                    openAPIV3Schema: {type: object}
                """).indent(2).replaceFirst("  apiVersion", "- apiVersion");
        List<Crd> crds = read(tmp, "mixed.yaml", yaml);
        assertThat(crds).extracting(Crd::name).containsExactly("zones.demo.io");
        assertThat(crds.get(0).listKind()).isEqualTo("ZoneList");
        assertThat(crds.get(0).source()).contains("mixed.yaml document 3 item 0");
    }

    @Test
    void badInputIsExplained() throws Exception {
        assertThatThrownBy(() -> read(tmp, "a.yaml", crd("T", "ts", "Namespaced", SCHEMA)
                .replace("apiextensions.k8s.io/v1", "apiextensions.k8s.io/v1beta1")))
                .hasMessageContaining("a.yaml document 1: apiextensions.k8s.io/v1beta1 CustomResourceDefinitions are"
                        + " not supported; convert it to apiextensions.k8s.io/v1");
        assertThatThrownBy(() -> read(tmp, "b.yaml", crd("T", "ts", "Global", SCHEMA)))
                .hasMessageContaining("spec.scope must be Namespaced or Cluster, got Global");
        assertThatThrownBy(() -> read(tmp, "c.yaml", crd("T", "ts", "Cluster", "- {name: v1, served: true}")))
                .hasMessageContaining("(ts.demo.io): served version v1 has no schema.openAPIV3Schema");
        assertThatThrownBy(() -> read(tmp, "d.yaml", crd("T", "ts", "Cluster", SCHEMA).replace("kind: T,", "")))
                .hasMessageContaining("spec.names.kind is required");
        assertThatThrownBy(() -> read(tmp, "e.yaml", "a: [b")).hasMessageContaining("e.yaml: not valid YAML/JSON");
        assertThatThrownBy(() -> CrdReader.read(List.of(tmp.resolve("missing"))))
                .hasMessageContaining("no such file or directory");
        List<Crd> ok = read(tmp, "f.yaml", crd("Thing", "things", "Namespaced", SCHEMA));
        assertThatThrownBy(() -> CrdGenerator.generate(ok, "com..example")).hasMessageContaining("not a Java package");
        List<Crd> object = read(tmp, "g.yaml", crd("Object", "objects", "Cluster", SCHEMA));
        assertThatThrownBy(() -> CrdGenerator.generate(object, "com.example"))
                .hasMessageContaining("maps to class name Object");
        List<Crd> twice = new java.util.ArrayList<>(ok);
        twice.addAll(ok);
        assertThatThrownBy(() -> CrdGenerator.generate(twice, "com.example"))
                .hasMessageContaining("kind Thing v1 is generated twice into com.example.v1");
    }

    @Test
    void versionNamesBecomePackageSegments() {
        assertThat(CrdGenerator.versionSegment("v1beta1")).isEqualTo("v1beta1");
        assertThat(CrdGenerator.versionSegment("v1-preview")).isEqualTo("v1_preview");
        assertThat(CrdGenerator.versionSegment("1")).isEqualTo("v1");
    }

    @Test
    void commandLineWritesOnlyWhatChangedAndCleansStaleFiles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("crds"));
        Files.writeString(dir.resolve("thing.yaml"), crd("Thing", "things", "Namespaced", SCHEMA));
        Path out = tmp.resolve("out");
        String[] args = {"crd", "--input", dir.toString(), "--package", "com.example", "--output", out.toString(),
            "--clean"};
        Main.main(args);
        Path thing = out.resolve("com/example/v1/Thing.java");
        assertThat(thing).exists();
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(thing, old);
        Path stale = out.resolve("com/example/v9/Gone.java");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "x");
        Main.main(args);
        assertThat(Files.getLastModifiedTime(thing)).isEqualTo(old);
        assertThat(stale.getParent()).doesNotExist();
        assertThatThrownBy(() -> Main.main(new String[] {"crd", "--input", dir.toString()}))
                .hasMessageContaining("--input, --package and --output are required").hasMessageContaining("usage:");
        assertThatThrownBy(() -> Main.main(new String[] {"crd", "--bogus"})).hasMessageContaining("unknown argument");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> CrdCodegen.run(List.of(empty), "com.example", out, false))
                .hasMessageContaining("no apiextensions.k8s.io/v1 CustomResourceDefinition in");
    }
}
