package io.kube4j.codegen.model;

import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns one object schema into a {@link ModelDesc}. It knows nothing about where schemas live: {@code $ref}s
 * are resolved through a {@link RefResolver}, so the same mapper serves the Kubernetes OpenAPI document and
 * (later) a CRD's openAPIV3Schema. Inline object schemas with properties become their own models, named
 * after their owner and field ({@code Spec} of {@code CronTab} → {@code CronTabSpec}; array items take the
 * singular: {@code CronTabSpecContainer}).
 *
 * <p>Kubernetes' structural-schema extensions: {@code x-kubernetes-int-or-string} → {@code IntOrString};
 * {@code x-kubernetes-preserve-unknown-fields} on an object without properties → free-form JSON (with
 * properties, unknown fields land in the model's {@code extras}); {@code x-kubernetes-embedded-resource} → a
 * model with {@code apiVersion}, {@code kind} and an {@code ObjectMeta} {@code metadata} that implements
 * {@code KubernetesObject}.
 */
public final class SchemaMapper {
    /** Resolves a {@code $ref}'s schema name to a type. */
    @FunctionalInterface
    public interface RefResolver {
        TypeRef resolve(String schemaName);
    }

    /** Properties {@code toString} hides, by JSON name, for any model. */
    private static final Set<String> SENSITIVE_NAMES = Set.of("token", "password", "privateKey", "clientKey",
            "clientSecret", "secretKey", "accessKey");

    /** Properties {@code toString} hides, by schema and JSON name. */
    private static final Map<String, Set<String>> SENSITIVE_FIELDS = Map.of(
            "io.k8s.api.core.v1.Secret", Set.of("data", "stringData"));

    /** The meta/v1 ObjectMeta schema embedded resources get as {@code metadata}. */
    public static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

    private final RefResolver refs;
    /** Qualified names of the inline models made so far, to keep them distinct. */
    private final Set<String> inlineNames = new HashSet<>();

    public SchemaMapper(RefResolver refs) {
        this.refs = refs;
    }

    /** The name a {@code $ref} points to: the part after the last {@code /}. */
    public static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /**
     * Maps a named object schema, adding the model and any inline object models to {@code out}.
     *
     * @param schemaName   the schema's name in its source, or {@code null} for an inline schema
     * @param groupVersion for Javadoc, e.g. {@code apps/v1}
     */
    public ModelDesc map(String schemaName, String javaPackage, String className, String groupVersion,
            Schema<?> schema, Collection<ModelDesc> out) {
        Gvk gvk = singleGvk(schema);
        List<FieldDesc> fields = new ArrayList<>();
        Map<String, Schema> props = schema.getProperties() == null ? Map.of() : new TreeMap<>(schema.getProperties());
        Set<String> usedNames = new HashSet<>();
        for (String first : List.of("apiVersion", "kind", "metadata")) {
            if (props.containsKey(first)) {
                fields.add(field(schemaName, javaPackage, className, groupVersion, first, props.get(first), usedNames,
                        out));
            }
        }
        for (Map.Entry<String, Schema> e : props.entrySet()) {
            if (!List.of("apiVersion", "kind", "metadata").contains(e.getKey())) {
                fields.add(field(schemaName, javaPackage, className, groupVersion, e.getKey(), e.getValue(),
                        usedNames, out));
            }
        }
        fields = withHelperNames(fields);
        ModelDesc.Role role = ModelDesc.Role.NONE;
        TypeRef.Model listItem = null;
        if ((gvk != null || isEmbeddedResource(schema)) && isString(fields, "apiVersion") && isString(fields, "kind")) {
            TypeRef meta = typeOf(fields, "metadata");
            TypeRef items = typeOf(fields, "items");
            if (meta instanceof TypeRef.Model m && m.className().equals("ObjectMeta")) {
                role = ModelDesc.Role.OBJECT;
            } else if (meta instanceof TypeRef.Model m && m.className().equals("ListMeta")
                    && items instanceof TypeRef.ListOf l && l.element() instanceof TypeRef.Model item) {
                role = ModelDesc.Role.LIST;
                listItem = item;
            }
        }
        ModelDesc model = new ModelDesc(schemaName, javaPackage, className, groupVersion, ModelDesc.Shape.OBJECT,
                gvk, role, listItem, List.copyOf(fields));
        out.add(model);
        return model;
    }

    private FieldDesc field(String schemaName, String javaPackage, String className, String groupVersion,
            String jsonName, Schema<?> prop, Set<String> usedNames, Collection<ModelDesc> out) {
        String javaName = Naming.javaName(jsonName);
        while (!usedNames.add(javaName)) {
            javaName = javaName + "Value"; // two JSON names that map to one Java name
        }
        TypeRef type = typeOf(prop, javaPackage, className + Naming.capitalize(javaName), groupVersion, out);
        boolean sensitive = SENSITIVE_NAMES.contains(jsonName)
                || schemaName != null && SENSITIVE_FIELDS.getOrDefault(schemaName, Set.of()).contains(jsonName);
        return new FieldDesc(jsonName, javaName, type, sensitive, null);
    }

    /** Fills in add/put helper names, renaming any that would clash with another builder method. */
    private static List<FieldDesc> withHelperNames(List<FieldDesc> fields) {
        Set<String> taken = new HashSet<>(Set.of("putExtra", "removeExtra", "extras", "build"));
        for (FieldDesc f : fields) {
            taken.add(f.javaName());
        }
        Map<String, Integer> wanted = new HashMap<>();
        for (FieldDesc f : fields) {
            if (f.type().isCollection()) {
                wanted.merge(Naming.itemName(f.javaName()), 1, Integer::sum);
            }
        }
        List<FieldDesc> result = new ArrayList<>();
        for (FieldDesc f : fields) {
            if (!f.type().isCollection()) {
                result.add(f);
                continue;
            }
            String item = Naming.itemName(f.javaName());
            String prefix = f.type() instanceof TypeRef.ListOf ? "add" : "put";
            if (wanted.get(item) > 1 || taken.contains(prefix + item) || taken.contains("remove" + item)) {
                item = Naming.capitalize(f.javaName()) + (prefix.equals("add") ? "Item" : "Entry");
            }
            taken.add(prefix + item);
            result.add(new FieldDesc(f.jsonName(), f.javaName(), f.type(), f.sensitive(), item));
        }
        return result;
    }

    /** The type of a property schema; inline object schemas become models named {@code inlineName}. */
    public TypeRef typeOf(Schema<?> s, String javaPackage, String inlineName, String groupVersion,
            Collection<ModelDesc> out) {
        if (s.get$ref() != null) {
            return refs.resolve(refName(s.get$ref()));
        }
        Map<String, Object> ext = s.getExtensions() == null ? Map.of() : s.getExtensions();
        if (Boolean.TRUE.equals(ext.get("x-kubernetes-int-or-string"))) {
            return TypeRef.scalar(ScalarKind.INT_OR_STRING);
        }
        String type = s.getType();
        String format = s.getFormat();
        if (type == null) {
            return TypeRef.scalar(ScalarKind.ANY);
        }
        switch (type) {
            case "string":
                if ("byte".equals(format)) {
                    return TypeRef.scalar(ScalarKind.BYTES);
                }
                if ("date-time".equals(format)) {
                    return TypeRef.scalar(ScalarKind.TIME);
                }
                if ("int-or-string".equals(format)) {
                    return TypeRef.scalar(ScalarKind.INT_OR_STRING);
                }
                return TypeRef.scalar(ScalarKind.STRING);
            case "integer":
                return TypeRef.scalar("int32".equals(format) ? ScalarKind.INT32 : ScalarKind.INT64);
            case "number":
                return TypeRef.scalar(ScalarKind.DOUBLE);
            case "boolean":
                return TypeRef.scalar(ScalarKind.BOOLEAN);
            case "array":
                if (s.getItems() == null) {
                    return new TypeRef.ListOf(TypeRef.scalar(ScalarKind.ANY));
                }
                String singular = Naming.singular(inlineName);
                return new TypeRef.ListOf(typeOf(s.getItems(), javaPackage,
                        singular.equals(inlineName) ? inlineName + "Item" : singular, groupVersion, out));
            case "object":
                if (isEmbeddedResource(s)) {
                    return map(null, javaPackage, inlineClass(javaPackage, inlineName), groupVersion,
                            embeddedResource(s), out).ref();
                }
                if (s.getProperties() != null && !s.getProperties().isEmpty()) {
                    return map(null, javaPackage, inlineClass(javaPackage, inlineName), groupVersion, s, out).ref();
                }
                Object additional = s.getAdditionalProperties();
                if (additional instanceof Schema<?> value) {
                    return new TypeRef.MapOf(typeOf(value, javaPackage, inlineName + "Value", groupVersion, out));
                }
                if (Boolean.TRUE.equals(additional)) {
                    return new TypeRef.MapOf(TypeRef.scalar(ScalarKind.ANY));
                }
                return TypeRef.scalar(ScalarKind.ANY);
            default:
                throw new IllegalArgumentException("unsupported schema type '" + type + "' for " + inlineName);
        }
    }

    /** A class name for an inline model, distinct from the inline models made before it in the package. */
    private String inlineClass(String javaPackage, String inlineName) {
        String base = Naming.className(inlineName);
        String name = base;
        for (int i = 2; !inlineNames.add(javaPackage + "." + name); i++) {
            name = base + i;
        }
        return name;
    }

    private static boolean isEmbeddedResource(Schema<?> s) {
        return s.getExtensions() != null && Boolean.TRUE.equals(s.getExtensions().get("x-kubernetes-embedded-resource"));
    }

    /** The schema of an embedded resource: its own properties plus apiVersion, kind and ObjectMeta metadata. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> embeddedResource(Schema<?> s) {
        Map<String, Schema> props = new LinkedHashMap<>();
        if (s.getProperties() != null) {
            props.putAll(s.getProperties());
        }
        props.put("apiVersion", new StringSchema());
        props.put("kind", new StringSchema());
        props.put("metadata", new Schema<>().$ref("#/components/schemas/" + OBJECT_META));
        ObjectSchema copy = new ObjectSchema();
        copy.setProperties(props);
        copy.setExtensions(s.getExtensions());
        return copy;
    }

    /** The one {@code x-kubernetes-group-version-kind} of a schema, or {@code null} for none or several. */
    public static Gvk singleGvk(Schema<?> schema) {
        List<Gvk> all = gvks(schema);
        return all.size() == 1 ? all.get(0) : null;
    }

    /** Every {@code x-kubernetes-group-version-kind} of a schema. */
    public static List<Gvk> gvks(Schema<?> schema) {
        Object ext = schema.getExtensions() == null ? null : schema.getExtensions().get("x-kubernetes-group-version-kind");
        List<Gvk> result = new ArrayList<>();
        if (ext instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    result.add(new Gvk(String.valueOf(m.get("group")), String.valueOf(m.get("version")),
                            String.valueOf(m.get("kind"))));
                }
            }
        }
        return result;
    }

    private static TypeRef typeOf(List<FieldDesc> fields, String jsonName) {
        for (FieldDesc f : fields) {
            if (f.jsonName().equals(jsonName)) {
                return f.type();
            }
        }
        return null;
    }

    private static boolean isString(List<FieldDesc> fields, String jsonName) {
        TypeRef t = typeOf(fields, jsonName);
        return t != null && t.is(ScalarKind.STRING);
    }
}
