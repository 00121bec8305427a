package io.kube4j.codegen;

import io.kube4j.codegen.client.ClientDesc;
import io.kube4j.codegen.client.ClientPlanner;
import io.kube4j.codegen.client.GroupVersionDesc;
import io.kube4j.codegen.model.Gvk;
import io.kube4j.codegen.model.ModelDesc;
import io.kube4j.codegen.model.ResourceRef;
import io.kube4j.codegen.model.SchemaMapper;
import io.kube4j.codegen.model.TypeRef;
import io.kube4j.codegen.render.FixtureWriter;
import io.kube4j.codegen.render.ClientRenderer;
import io.kube4j.codegen.render.ModelRenderer;
import io.kube4j.codegen.spec.KubernetesNames;
import io.kube4j.codegen.spec.ResourceTable;
import io.kube4j.codegen.spec.SpecLoader;
import io.kube4j.codegen.spec.SyntheticSchemas;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Kubernetes OpenAPI document → model descriptions → Java sources. Output is a pure function of the
 * document: schemas and properties are processed in sorted order, so regeneration is byte-identical.
 */
public final class Generator {
    /** Simple names the templates write literally; a generated class with one of them would shadow it. */
    static final Set<String> RESERVED_CLASS_NAMES = Set.of("Object", "String", "Integer", "Long", "Double",
            "Boolean", "Class", "Override", "Map", "List", "Objects", "Arrays", "Consumer", "Builder", "Frozen",
            "Builders", "ToString", "JsonText", "Codecs", "JsonCollections", "JsonValues", "RawJson", "ObjectCodec",
            "ValueCodec", "FieldMatcher", "JsonParser", "JsonGenerator", "JsonToken", "IOException",
            "JsonAnyGetter", "JsonAnySetter", "JsonCreator", "JsonInclude", "JsonProperty", "JsonPropertyOrder",
            "JsonFormat", "JsonValue", "Instant", "Quantity", "IntOrString", "KubernetesObject", "KubernetesList",
            "KubeResource");

    /** Generated sources of both modules: module → path relative to {@code src/generated/java} → content. */
    public record Output(SortedMap<String, String> core, SortedMap<String, String> typed,
            List<ModelDesc> coreModels, List<ModelDesc> typedModels, List<GroupVersionDesc> clients) {
    }

    private Generator() {
    }

    /** Describes every schema of the document as a model. */
    public static List<ModelDesc> describe(OpenAPI api) {
        SortedMap<String, Schema<?>> schemas = SpecLoader.schemas(api);
        SyntheticSchemas.addMissing(schemas);
        SchemaMapper mapper = new SchemaMapper(name -> resolve(name, schemas));
        Map<String, String> groupVersions = groupVersions(schemas);
        List<ModelDesc> models = new ArrayList<>();
        for (Map.Entry<String, Schema<?>> e : schemas.entrySet()) {
            String name = e.getKey();
            if (KubernetesNames.special(name).isPresent()) {
                continue;
            }
            KubernetesNames.Target t = KubernetesNames.target(name);
            String gv = groupVersions.getOrDefault(t.javaPackage(),
                    t.javaPackage().substring("io.kube4j.api.".length()).replace('.', '/'));
            if (KubernetesNames.isRawJson(name)) {
                models.add(new ModelDesc(name, t.javaPackage(), t.className(), gv, ModelDesc.Shape.RAW_JSON, null,
                        ModelDesc.Role.NONE, null, List.of()));
            } else {
                mapper.map(name, t.javaPackage(), t.className(), gv, e.getValue(), models);
            }
        }
        checkNames(models);
        return models;
    }

    /** Renders every model and codec of the document, and the typed clients of its resources. */
    public static Output generate(OpenAPI api) {
        List<ModelDesc> described = describe(api);
        ClientPlanner.Plan plan = ClientPlanner.plan(ResourceTable.from(api), described);
        List<ModelDesc> models = new ArrayList<>(described.size());
        for (ModelDesc m : described) {
            ResourceRef r = plan.resources().get(m.qualifiedName());
            models.add(r == null ? m : m.withResource(r));
        }
        ModelRenderer renderer = new ModelRenderer();
        Map<String, Set<String>> namesByPackage = new HashMap<>();
        for (ModelDesc m : models) {
            namesByPackage.computeIfAbsent(m.javaPackage(), k -> new HashSet<>()).add(m.className());
            namesByPackage.computeIfAbsent(m.javaPackage() + ".codec", k -> new HashSet<>())
                    .add(m.className() + "Codec");
        }
        Set<String> corePackages = new HashSet<>();
        for (ModelDesc m : models) {
            if (m.schemaName() != null
                    && KubernetesNames.target(m.schemaName()).module() == KubernetesNames.Module.CORE) {
                corePackages.add(m.javaPackage()); // inline models follow their owner's package
            }
        }
        SortedMap<String, String> core = new TreeMap<>();
        SortedMap<String, String> typed = new TreeMap<>();
        List<ModelDesc> coreModels = new ArrayList<>();
        List<ModelDesc> typedModels = new ArrayList<>();
        for (ModelDesc m : models) {
            boolean isCore = corePackages.contains(m.javaPackage());
            SortedMap<String, String> out = isCore ? core : typed;
            (isCore ? coreModels : typedModels).add(m);
            String dir = m.javaPackage().replace('.', '/');
            out.put(dir + "/" + m.className() + ".java",
                    renderer.renderModel(m, namesByPackage.get(m.javaPackage())));
            out.put(dir + "/codec/" + m.className() + "Codec.java",
                    renderer.renderCodec(m, namesByPackage.get(m.javaPackage() + ".codec")));
        }
        renderClients(plan.groupVersions(), typed);
        return new Output(core, typed, coreModels, typedModels, plan.groupVersions());
    }

    /** Adds the resource clients, group-version classes, {@code KubernetesApis} and {@code ResourceTypes}. */
    private static void renderClients(List<GroupVersionDesc> groups, SortedMap<String, String> out) {
        if (groups.isEmpty()) {
            return;
        }
        ClientRenderer renderer = new ClientRenderer(ModelRenderer.HEADER);
        for (GroupVersionDesc g : groups) {
            Set<String> names = new HashSet<>();
            names.add(g.className());
            g.clients().forEach(c -> names.add(c.className()));
            String dir = g.javaPackage().replace('.', '/') + "/";
            out.put(dir + g.className() + ".java", renderer.renderGroup(g, names));
            for (ClientDesc c : g.clients()) {
                out.put(dir + c.className() + ".java", renderer.renderClient(c, names));
            }
        }
        out.put("io/kube4j/client/KubernetesApis.java", renderer.renderApis(groups));
        out.put("io/kube4j/client/ResourceTypes.java", renderer.renderResourceTypes(groups));
    }

    /** The test fixtures (JSON Lines) of one module's models (see {@link FixtureWriter}). */
    public static String fixtures(Output out, boolean core) {
        List<ModelDesc> all = new ArrayList<>(out.coreModels());
        all.addAll(out.typedModels());
        return FixtureWriter.write(core ? out.coreModels() : out.typedModels(), all);
    }

    private static TypeRef resolve(String name, SortedMap<String, Schema<?>> schemas) {
        var special = KubernetesNames.special(name);
        if (special.isPresent()) {
            return TypeRef.scalar(special.get());
        }
        if (!schemas.containsKey(name)) {
            throw new IllegalArgumentException("$ref to unknown schema " + name);
        }
        KubernetesNames.Target t = KubernetesNames.target(name);
        return new TypeRef.Model(t.javaPackage(), t.className(), !KubernetesNames.isRawJson(name));
    }

    /** Java package → the apiVersion its kinds carry (first in sorted order), for Javadoc. */
    private static Map<String, String> groupVersions(SortedMap<String, Schema<?>> schemas) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, Schema<?>> e : schemas.entrySet()) {
            if (KubernetesNames.special(e.getKey()).isPresent()) {
                continue;
            }
            KubernetesNames.Target t = KubernetesNames.target(e.getKey());
            Gvk gvk = SchemaMapper.singleGvk(e.getValue());
            if (gvk != null && t.module() == KubernetesNames.Module.TYPED) {
                out.putIfAbsent(t.javaPackage(), gvk.apiVersion());
            }
        }
        return out;
    }

    /**
     * Fails when a model's class name is one the templates use for another class, or two models share a name.
     */
    public static void checkNames(List<ModelDesc> models) {
        Set<String> seen = new HashSet<>();
        for (ModelDesc m : models) {
            if (RESERVED_CLASS_NAMES.contains(m.className())) {
                throw new IllegalStateException("schema " + m.schemaName() + " maps to class name " + m.className()
                        + ", which generated code uses for another class");
            }
            if (!seen.add(m.qualifiedName())) {
                throw new IllegalStateException("two schemas map to " + m.qualifiedName());
            }
        }
    }
}
