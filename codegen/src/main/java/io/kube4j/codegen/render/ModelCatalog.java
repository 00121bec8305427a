package io.kube4j.codegen.render;

import io.kube4j.codegen.model.FieldDesc;
import io.kube4j.codegen.model.ModelDesc;
import io.kube4j.codegen.model.TypeRef;
import java.util.List;

/**
 * A JSON catalog of generated models (class, shape, GVK, and each field's JSON name, Java name and type),
 * written into the test resources so model tests can build a fully populated fixture for every model
 * without the OpenAPI document. Types are encoded as {@code STRING}, {@code model:<class>},
 * {@code list:<type>}, {@code map:<type>}. One model per line keeps diffs readable.
 */
public final class ModelCatalog {
    private ModelCatalog() {
    }

    /** The catalog text. */
    public static String write(List<ModelDesc> models) {
        StringBuilder out = new StringBuilder("[\n");
        for (int i = 0; i < models.size(); i++) {
            ModelDesc m = models.get(i);
            out.append("{\"class\":").append(quote(m.qualifiedName()))
                    .append(",\"shape\":").append(quote(m.shape().name()))
                    .append(",\"role\":").append(quote(m.role().name()));
            if (m.gvk() != null) {
                out.append(",\"apiVersion\":").append(quote(m.gvk().apiVersion()))
                        .append(",\"kind\":").append(quote(m.gvk().kind()));
            }
            out.append(",\"fields\":[");
            for (int j = 0; j < m.fields().size(); j++) {
                FieldDesc f = m.fields().get(j);
                out.append(j == 0 ? "" : ",").append("{\"json\":").append(quote(f.jsonName()))
                        .append(",\"java\":").append(quote(f.javaName()))
                        .append(",\"type\":").append(quote(encode(f.type())));
                if (f.itemName() != null) {
                    out.append(",\"item\":").append(quote(f.itemName()));
                }
                out.append('}');
            }
            out.append("]}").append(i + 1 < models.size() ? ",\n" : "\n");
        }
        return out.append("]\n").toString();
    }

    /** The catalog's type encoding. */
    public static String encode(TypeRef t) {
        if (t instanceof TypeRef.Scalar s) {
            return s.kind().name();
        }
        if (t instanceof TypeRef.Model m) {
            return "model:" + m.qualifiedName();
        }
        if (t instanceof TypeRef.ListOf l) {
            return "list:" + encode(l.element());
        }
        return "map:" + encode(((TypeRef.MapOf) t).value());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
