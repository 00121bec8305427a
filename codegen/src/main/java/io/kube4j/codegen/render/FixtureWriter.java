package io.kube4j.codegen.render;

import io.kube4j.codegen.model.FieldDesc;
import io.kube4j.codegen.model.ModelDesc;
import io.kube4j.codegen.model.TypeRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one JSON fixture per model with every property set (nested models to a fixed depth), as JSON
 * Lines: {@code {"class":"io.kube4j.api.core.v1.Pod","fixture":{...}}}. Model tests round-trip each
 * fixture through the codec and through a plain Jackson mapper, so they need no OpenAPI document.
 * Values are chosen to exercise the hard cases: int64 beyond 32 bits, exact big integers in free-form
 * JSON, base64, both timestamp formats, both IntOrString forms.
 */
public final class FixtureWriter {
    /** Nested models deeper than this are written as {@code {}} (each model has its own full fixture). */
    static final int MAX_DEPTH = 1;

    private final Map<String, ModelDesc> byClass = new HashMap<>();

    private FixtureWriter(List<ModelDesc> all) {
        for (ModelDesc m : all) {
            byClass.put(m.qualifiedName(), m);
        }
    }

    /**
     * The fixtures of {@code models} (in order); {@code all} must contain every model they reference.
     */
    public static String write(List<ModelDesc> models, List<ModelDesc> all) {
        FixtureWriter w = new FixtureWriter(all);
        StringBuilder out = new StringBuilder();
        for (ModelDesc m : models) {
            out.append("{\"class\":\"").append(m.qualifiedName()).append("\",\"fixture\":");
            w.model(m, 0, out);
            out.append("}\n");
        }
        return out.toString();
    }

    private void model(ModelDesc m, int depth, StringBuilder out) {
        if (m.shape() == ModelDesc.Shape.RAW_JSON) {
            out.append("{\"f:metadata\":{\"f:labels\":{\".\":{},\"f:app\":{}}},\"f:spec\":{}}");
            return;
        }
        out.append('{');
        int i = 0;
        for (FieldDesc f : m.fields()) {
            // Beyond MAX_DEPTH only apiVersion/kind: models default them, so a round trip would add them.
            if (depth <= MAX_DEPTH || m.gvk() != null && List.of("apiVersion", "kind").contains(f.jsonName())) {
                if (i > 0) {
                    out.append(',');
                }
                quote(f.jsonName(), out);
                out.append(':');
                if (m.gvk() != null && f.jsonName().equals("apiVersion")) {
                    quote(m.gvk().apiVersion(), out);
                } else if (m.gvk() != null && f.jsonName().equals("kind")) {
                    quote(m.gvk().kind(), out);
                } else {
                    value(f.type(), f.javaName(), i, depth, out);
                }
                i++;
            }
        }
        out.append('}');
    }

    private void value(TypeRef t, String name, int index, int depth, StringBuilder out) {
        if (t instanceof TypeRef.Scalar s) {
            switch (s.kind()) {
                case STRING -> quote(name + "-value", out);
                case INT32 -> out.append(100 + index);
                case INT64 -> out.append(5_000_000_000L + index);
                case DOUBLE -> out.append("1.5");
                case BOOLEAN -> out.append(index % 2 == 0);
                case BYTES -> quote("aGVsbG8gd29ybGQ=", out);
                case TIME -> quote("2024-01-02T03:04:05Z", out);
                case MICRO_TIME -> quote("2024-01-02T03:04:05.123456Z", out);
                case QUANTITY -> quote(index % 2 == 0 ? "250m" : "2Gi", out);
                case INT_OR_STRING -> {
                    if (index % 2 == 0) {
                        out.append(8080);
                    } else {
                        quote("http", out);
                    }
                }
                default -> out.append("{\"k\":[1,\"x\",true,null,{\"n\":9223372036854775807}],")
                        .append("\"big\":123456789012345678901234567890,\"f\":2.25}");
            }
        } else if (t instanceof TypeRef.Model m) {
            ModelDesc target = byClass.get(m.qualifiedName());
            if (target == null) {
                throw new IllegalStateException("fixture references unknown model " + m.qualifiedName());
            }
            model(target, depth + 1, out);
        } else if (t instanceof TypeRef.ListOf l) {
            out.append('[');
            value(l.element(), name, index, depth, out);
            out.append(',');
            value(l.element(), name, index + 1, depth, out);
            out.append(']');
        } else {
            TypeRef v = ((TypeRef.MapOf) t).value();
            out.append("{\"k1\":");
            value(v, name, index, depth, out);
            out.append(",\"k2.example.com/x\":");
            value(v, name, index + 1, depth, out);
            out.append('}');
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
}
