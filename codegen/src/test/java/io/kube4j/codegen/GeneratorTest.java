package io.kube4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kube4j.codegen.render.ModelRenderer;
import io.kube4j.codegen.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {
    private static Generator.Output out;

    @BeforeAll
    static void generate() {
        out = Generator.generate(Fixtures.spec());
    }

    private static String typed(String path) {
        String source = out.typed().get(path);
        assertThat(source).as(path).isNotNull();
        return source;
    }

    @Test
    void writesApimachineryToCoreAndGroupsToTyped() {
        assertThat(out.core().keySet()).contains(
                "io/kube4j/api/meta/v1/ObjectMeta.java", "io/kube4j/api/meta/v1/codec/ObjectMetaCodec.java",
                "io/kube4j/api/meta/v1/FieldsV1.java", "io/kube4j/api/version/Info.java")
                .noneMatch(p -> p.contains("/Time.java") || p.contains("Quantity") || p.contains("RawExtension"));
        assertThat(out.typed().keySet()).contains(
                "io/kube4j/api/demo/v1/Widget.java", "io/kube4j/api/demo/v1/codec/WidgetCodec.java",
                "io/kube4j/api/demo/v1/WidgetSpecInline.java", "io/kube4j/api/core/v1/Secret.java")
                .allMatch(p -> !p.startsWith("io/kube4j/api/meta/"));
    }

    @Test
    void everyFileHasTheHeaderAndNoSpecProse() {
        List<String> all = new ArrayList<>(out.core().values());
        all.addAll(out.typed().values());
        assertThat(all).allSatisfy(source -> {
            assertThat(source).startsWith(ModelRenderer.HEADER + "\npackage io.kube4j.");
            assertThat(source).doesNotContain("SPEC-PROSE-MARKER");
        });
    }

    @Test
    void kindsImplementTheInterfacesAndDefaultTheirGroupVersionKind() {
        String widget = typed("io/kube4j/api/demo/v1/Widget.java");
        assertThat(widget).contains("public final class Widget implements KubernetesObject {",
                "public static final String API_VERSION = \"demo.example.com/v1\";",
                "public static final String KIND = \"Widget\";",
                "this.apiVersion = apiVersion != null ? apiVersion : API_VERSION;",
                "public Builder metadata(Consumer<ObjectMeta.Builder> edit) {",
                "import io.kube4j.api.meta.v1.ObjectMeta;");
        assertThat(typed("io/kube4j/api/demo/v1/WidgetList.java"))
                .contains("public final class WidgetList implements KubernetesList<Widget> {");
        assertThat(typed("io/kube4j/api/demo/v1/Options.java")).doesNotContain("API_VERSION", "implements");
    }

    @Test
    void modelSourcesFollowTheModelConventions() {
        String spec = typed("io/kube4j/api/demo/v1/WidgetSpec.java");
        assertThat(spec).contains(
                "@JsonProperty(\"continue\")", "public String continueToken() {",
                "@JsonProperty(\"$ref\")", "public String ref() {",
                "@JsonProperty(\"x-kubernetes-list-type\")", "public String xKubernetesListType() {",
                "public Integer intValue() {", "public String classValue() {",
                "@JsonInclude(JsonInclude.Include.NON_EMPTY)\n    public List<Object> enumValues() {",
                "public Builder addEnumValue(Object item) {",
                "public Builder addPolicy(WidgetCondition item) {",
                "public Builder addPolicy(Consumer<WidgetCondition.Builder> edit) {",
                "public Builder putExtraEntry(String key, List<String> value) {",
                "public Builder putData(String key, byte[] value) {",
                "public Builder putExtra(String name, Object value) {",
                "@JsonFormat(shape = JsonFormat.Shape.STRING, pattern = \"yyyy-MM-dd'T'HH:mm:ss'Z'\", timezone = \"UTC\")\n"
                        + "    public Instant when() {",
                "pattern = \"yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'\", timezone = \"UTC\")\n    public Instant at() {",
                "public Quantity size() {", "public IntOrString port() {", "public Object raw() {",
                "return Frozen.bytes(cert);", "Arrays.equals(this.cert, that.cert)",
                ".addSecret(\"token\", this.token)", "this.matrix = Frozen.nestedList(matrix);",
                "this.data = Frozen.bytesMap(data);", "@JsonAnySetter Map<String, Object> extras) {",
                "@JsonAnyGetter\n    public Map<String, Object> extras() {", "private WidgetSpec(");
        assertThat(spec).doesNotContain("public WidgetSpec(");
        assertThat(typed("io/kube4j/api/core/v1/Secret.java"))
                .contains(".addSecret(\"data\", this.data)", ".addSecret(\"stringData\", this.stringData)");
        assertThat(out.core().get("io/kube4j/api/meta/v1/FieldsV1.java"))
                .contains("public static FieldsV1 of(String json) {", "@JsonValue", "public String json() {");
    }

    @Test
    void codecsStreamWithNestedCodecsAndHoistedCollectionCodecs() {
        String codec = typed("io/kube4j/api/demo/v1/codec/WidgetSpecCodec.java");
        assertThat(codec).contains(
                "public final class WidgetSpecCodec implements ObjectCodec<WidgetSpec> {",
                "public static final WidgetSpecCodec INSTANCE = new WidgetSpecCodec();",
                "b.policies(JsonCollections.readList(p, WidgetConditionCodec.INSTANCE));",
                "b.inline(WidgetSpecInlineCodec.INSTANCE.read(p));",
                "b.data(JsonCollections.readBytesMap(p));",
                "b.when(Codecs.readTime(p));",
                "Codecs.writeMicroTime(",
                "private static final ValueCodec<List<String>> C0 = JsonCollections.listOf(Codecs.STRING);",
                "private static final ValueCodec<List<Integer>> C1 = JsonCollections.listOf(Codecs.INT32);",
                "b.putExtra(p.currentName(), JsonValues.read(p));");
        assertThat(codec).doesNotContain("getClass()", "reflect", "readTree");
    }

    @Test
    void outputIsDeterministicAndIndependentOfSpecOrder(@TempDir Path tmp) throws Exception {
        assertThat(Generator.generate(Fixtures.spec())).isEqualTo(out);
        ObjectMapper json = new ObjectMapper();
        JsonNode spec = json.readTree(Fixtures.specPath().toFile());
        Path shuffled = tmp.resolve("swagger.json");
        Files.writeString(shuffled, json.writeValueAsString(reversed(spec)));
        Generator.Output again = Generator.generate(SpecLoader.load(shuffled));
        assertThat(again.core()).isEqualTo(out.core());
        assertThat(again.typed()).isEqualTo(out.typed());
    }

    @Test
    void mainReplacesStaleFilesAndWritesFixtures(@TempDir Path tmp) throws Exception {
        Path core = tmp.resolve("client-core");
        Path typed = tmp.resolve("client-typed");
        Path stale = typed.resolve(Main.SOURCES).resolve("io/kube4j/api/gone/v1/Old.java");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "stale");
        Main.main(new String[] {"--spec", Fixtures.specPath().toString(), "--core", core.toString(),
            "--typed", typed.toString()});
        assertThat(stale).doesNotExist();
        assertThat(typed.resolve(Main.SOURCES).resolve("io/kube4j/api/demo/v1/Widget.java")).exists();
        assertThat(Files.readAllLines(core.resolve(Main.FIXTURES))).hasSize(out.coreModels().size());
        assertThat(Files.readAllLines(typed.resolve(Main.FIXTURES))).hasSize(out.typedModels().size());
    }

    /** The same document with every object's keys in reverse order. */
    private static JsonNode reversed(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.reverse(names);
            ObjectNode copy = new ObjectMapper().createObjectNode();
            for (String name : names) {
                copy.set(name, reversed(node.get(name)));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = new ObjectMapper().createArrayNode();
            node.forEach(e -> copy.add(reversed(e)));
            return copy;
        }
        return node;
    }
}
