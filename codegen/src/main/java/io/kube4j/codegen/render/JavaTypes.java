package io.kube4j.codegen.render;

import io.kube4j.codegen.model.ScalarKind;
import io.kube4j.codegen.model.TypeRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Java source snippets for a {@link TypeRef}, with names resolved through one file's {@link Imports}. */
final class JavaTypes {
    private static final String CODECS = "io.kube4j.api.codec.Codecs";
    private static final String COLLECTIONS = "io.kube4j.api.codec.JsonCollections";
    private static final String VALUES = "io.kube4j.api.codec.JsonValues";
    private static final String FROZEN = "io.kube4j.api.internal.Frozen";

    private static final Map<ScalarKind, String> QUALIFIED = Map.of(
            ScalarKind.STRING, "java.lang.String",
            ScalarKind.INT32, "java.lang.Integer",
            ScalarKind.INT64, "java.lang.Long",
            ScalarKind.DOUBLE, "java.lang.Double",
            ScalarKind.BOOLEAN, "java.lang.Boolean",
            ScalarKind.TIME, "java.time.Instant",
            ScalarKind.MICRO_TIME, "java.time.Instant",
            ScalarKind.QUANTITY, "io.kube4j.api.resource.Quantity",
            ScalarKind.INT_OR_STRING, "io.kube4j.api.intstr.IntOrString",
            ScalarKind.ANY, "java.lang.Object");

    private final Imports imports;
    private final Map<String, Hoisted> hoisted = new LinkedHashMap<>();

    /** A nested collection codec kept in a {@code static final} field so reads allocate nothing for it. */
    record Hoisted(String name, String javaType, String expr) {
    }

    JavaTypes(Imports imports) {
        this.imports = imports;
    }

    /** The hoisted codec constants, in order of first use. */
    List<Hoisted> hoisted() {
        return List.copyOf(hoisted.values());
    }

    /** The Java type, e.g. {@code List<Container>}. */
    String javaType(TypeRef t) {
        if (t instanceof TypeRef.Scalar s) {
            return s.kind() == ScalarKind.BYTES ? "byte[]" : imports.use(QUALIFIED.get(s.kind()));
        }
        if (t instanceof TypeRef.Model m) {
            return imports.use(m.qualifiedName());
        }
        if (t instanceof TypeRef.ListOf l) {
            return imports.use(List.class.getName()) + "<" + javaType(l.element()) + ">";
        }
        return imports.use(Map.class.getName()) + "<String, " + javaType(((TypeRef.MapOf) t).value()) + ">";
    }

    /** The model class name if {@code t} is a model, else {@code null}. */
    String modelType(TypeRef t) {
        return t instanceof TypeRef.Model m && m.buildable() ? imports.use(m.qualifiedName()) : null;
    }

    /** Freezes a value handed to a constructor or setter: immutable collections, frozen JSON. */
    String freeze(TypeRef t, String expr) {
        if (t.is(ScalarKind.ANY)) {
            return imports.use(FROZEN) + ".value(" + expr + ")";
        }
        if (t instanceof TypeRef.ListOf l) {
            String method = l.element().is(ScalarKind.ANY) ? "valueList" : l.element().isCollection() ? "nestedList" : "list";
            return imports.use(FROZEN) + "." + method + "(" + expr + ")";
        }
        if (t instanceof TypeRef.MapOf m) {
            String method = m.value().is(ScalarKind.BYTES) ? "bytesMap" : m.value().is(ScalarKind.ANY) ? "valueMap"
                    : m.value().isCollection() ? "nestedMap" : "map";
            return imports.use(FROZEN) + "." + method + "(" + expr + ")";
        }
        return expr;
    }

    /** What a builder setter stores: like {@link #freeze} but byte arrays are copied too. */
    String setterValue(TypeRef t, String expr) {
        return t.is(ScalarKind.BYTES) ? imports.use(FROZEN) + ".bytes(" + expr + ")" : freeze(t, expr);
    }

    /** What an accessor returns: byte arrays are copied so callers cannot change them. */
    String accessorValue(TypeRef t, String expr) {
        return t.is(ScalarKind.BYTES) ? imports.use(FROZEN) + ".bytes(" + expr + ")" : expr;
    }

    /** The {@code @JsonFormat} annotation for timestamps, or {@code null}. */
    String jsonFormat(TypeRef t) {
        TypeRef base = t;
        while (base instanceof TypeRef.ListOf || base instanceof TypeRef.MapOf) {
            base = base instanceof TypeRef.ListOf l ? l.element() : ((TypeRef.MapOf) base).value();
        }
        String pattern = base.is(ScalarKind.TIME) ? "yyyy-MM-dd'T'HH:mm:ss'Z'"
                : base.is(ScalarKind.MICRO_TIME) ? "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'" : null;
        if (pattern == null) {
            return null;
        }
        String format = imports.use("com.fasterxml.jackson.annotation.JsonFormat");
        return "@" + format + "(shape = " + format + ".Shape.STRING, pattern = \"" + pattern + "\", timezone = \"UTC\")";
    }

    /** An expression reading the value at the parser {@code p}'s current token. */
    String read(TypeRef t) {
        if (t instanceof TypeRef.Scalar s) {
            switch (s.kind()) {
                case STRING: return imports.use(CODECS) + ".readString(p)";
                case INT32: return imports.use(CODECS) + ".readInt32(p)";
                case INT64: return imports.use(CODECS) + ".readInt64(p)";
                case DOUBLE: return imports.use(CODECS) + ".readDouble(p)";
                case BOOLEAN: return imports.use(CODECS) + ".readBoolean(p)";
                case BYTES: return imports.use(CODECS) + ".readBytes(p)";
                case TIME: case MICRO_TIME: return imports.use(CODECS) + ".readTime(p)";
                case QUANTITY: return imports.use(CODECS) + ".readQuantity(p)";
                case INT_OR_STRING: return imports.use(CODECS) + ".readIntOrString(p)";
                default: return imports.use(VALUES) + ".read(p)";
            }
        }
        if (t instanceof TypeRef.Model m) {
            return codecClass(m) + ".INSTANCE.read(p)";
        }
        if (t instanceof TypeRef.ListOf l) {
            return imports.use(COLLECTIONS) + ".readList(p, " + codec(l.element()) + ")";
        }
        TypeRef value = ((TypeRef.MapOf) t).value();
        if (value.is(ScalarKind.BYTES)) {
            return imports.use(COLLECTIONS) + ".readBytesMap(p)";
        }
        return imports.use(COLLECTIONS) + ".readMap(p, " + codec(value) + ")";
    }

    /** A statement writing the non-null value {@code v} to the generator {@code g} (without the semicolon). */
    String write(TypeRef t, String v) {
        if (t instanceof TypeRef.Scalar s) {
            switch (s.kind()) {
                case STRING: return "g.writeString(" + v + ")";
                case INT32: return "g.writeNumber((int) " + v + ")";
                case INT64: return "g.writeNumber((long) " + v + ")";
                case DOUBLE: return "g.writeNumber((double) " + v + ")";
                case BOOLEAN: return "g.writeBoolean(" + v + ")";
                case BYTES: return imports.use(CODECS) + ".writeBytes(" + v + ", g)";
                case TIME: return imports.use(CODECS) + ".writeTime(" + v + ", g)";
                case MICRO_TIME: return imports.use(CODECS) + ".writeMicroTime(" + v + ", g)";
                case QUANTITY: return imports.use(CODECS) + ".writeQuantity(" + v + ", g)";
                case INT_OR_STRING: return imports.use(CODECS) + ".writeIntOrString(" + v + ", g)";
                default: return imports.use(VALUES) + ".write(" + v + ", g)";
            }
        }
        if (t instanceof TypeRef.Model m) {
            return codecClass(m) + ".INSTANCE.write(" + v + ", g)";
        }
        if (t instanceof TypeRef.ListOf l) {
            return imports.use(COLLECTIONS) + ".writeList(" + v + ", " + codec(l.element()) + ", g)";
        }
        TypeRef value = ((TypeRef.MapOf) t).value();
        if (value.is(ScalarKind.BYTES)) {
            return imports.use(COLLECTIONS) + ".writeBytesMap(" + v + ", g)";
        }
        return imports.use(COLLECTIONS) + ".writeMap(" + v + ", " + codec(value) + ", g)";
    }

    /** An expression for the {@code ValueCodec} of a type (used for list and map elements). */
    String codec(TypeRef t) {
        if (t instanceof TypeRef.Scalar s) {
            return imports.use(CODECS) + "." + (s.kind() == ScalarKind.ANY ? "ANY" : s.kind().name());
        }
        if (t instanceof TypeRef.Model m) {
            return codecClass(m) + ".INSTANCE";
        }
        String expr = t instanceof TypeRef.ListOf l
                ? imports.use(COLLECTIONS) + ".listOf(" + codec(l.element()) + ")"
                : imports.use(COLLECTIONS) + ".mapOf(" + codec(((TypeRef.MapOf) t).value()) + ")";
        Hoisted h = hoisted.get(expr);
        if (h == null) {
            h = new Hoisted("C" + hoisted.size(), imports.use("io.kube4j.api.codec.ValueCodec") + "<" + javaType(t) + ">",
                    expr);
            hoisted.put(expr, h);
        }
        return h.name();
    }

    private String codecClass(TypeRef.Model m) {
        return imports.use(m.javaPackage() + ".codec." + m.className() + "Codec");
    }
}
