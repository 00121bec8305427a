package io.kube4j.benchmarks.data;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a managedFields {@code fieldsV1} set from paths such as {@code f:spec|f:containers|k:{...}|.}. */
final class FieldsV1 {
    private FieldsV1() {
    }

    static void write(JsonGenerator g, String[] paths) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        for (String path : paths) {
            Map<String, Object> node = root;
            for (String key : path.split("\\|")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(key,
                        k -> new LinkedHashMap<String, Object>());
                node = child;
            }
        }
        writeNode(g, root);
    }

    private static void writeNode(JsonGenerator g, Map<String, Object> node) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Object> e : node.entrySet()) {
            g.writeFieldName(e.getKey());
            @SuppressWarnings("unchecked")
            Map<String, Object> child = (Map<String, Object>) e.getValue();
            writeNode(g, child);
        }
        g.writeEndObject();
    }
}
