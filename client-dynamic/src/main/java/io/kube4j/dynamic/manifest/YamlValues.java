package io.kube4j.dynamic.manifest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.kube4j.api.codec.CodecException;
import io.kube4j.api.codec.JsonValues;
import io.kube4j.api.internal.FrozenList;
import io.kube4j.api.internal.FrozenMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one YAML document into frozen JSON values like {@link JsonValues}, plus what YAML adds and Kubernetes'
 * YAML reader (go-yaml) honours: anchors on mappings and sequences, aliases to them, and {@code <<} merge keys
 * (keys written in the mapping win over merged ones, earlier merged mappings over later ones). Jackson reports
 * no anchors on scalars, so an alias to a scalar is an error rather than a silently wrong value.
 */
final class YamlValues {
    private final Map<String, Object> anchors = new HashMap<>();

    Object read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING && p instanceof YAMLParser && ((YAMLParser) p).isCurrentAlias()) {
            String name = p.getText();
            if (!anchors.containsKey(name)) {
                throw CodecException.invalid(p, "unknown YAML alias *" + name
                        + " (aliases must refer to an anchored mapping or sequence earlier in the same document)", null);
            }
            return anchors.get(name);
        }
        Object anchorId = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY ? p.getObjectId() : null;
        Object value;
        if (t == JsonToken.START_OBJECT) {
            value = readObject(p);
        } else if (t == JsonToken.START_ARRAY) {
            value = readArray(p);
        } else {
            value = JsonValues.read(p);
        }
        if (anchorId != null) {
            anchors.put(anchorId.toString(), value);
        }
        return value;
    }

    private Map<String, Object> readObject(JsonParser p) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<Object> merges = new ArrayList<>();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            Object v = read(p);
            if ("<<".equals(name)) {
                merges.add(checkMerge(p, v));
            } else {
                fields.put(name, v);
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw CodecException.expected(p, "a key or the end of the mapping");
        }
        for (Object merge : merges) {
            List<?> sources = merge instanceof List ? (List<?>) merge : List.of(merge);
            for (Object source : sources) {
                ((Map<?, ?>) source).forEach((k, v) -> fields.putIfAbsent((String) k, v));
            }
        }
        Object[] kv = new Object[fields.size() * 2];
        int i = 0;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            kv[i++] = e.getKey();
            kv[i++] = e.getValue();
        }
        return FrozenMap.adopt(kv, i / 2);
    }

    private static Object checkMerge(JsonParser p, Object v) throws IOException {
        boolean ok = v instanceof Map;
        if (v instanceof List) {
            ok = true;
            for (Object o : (List<?>) v) {
                ok &= o instanceof Map;
            }
        }
        if (!ok) {
            throw CodecException.invalid(p, "a YAML merge key (<<) needs a mapping or a list of mappings", null);
        }
        return v;
    }

    private List<Object> readArray(JsonParser p) throws IOException {
        List<Object> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw CodecException.expected(p, "',' or ']'");
            }
            items.add(read(p));
        }
        return FrozenList.copyOf(items);
    }
}
