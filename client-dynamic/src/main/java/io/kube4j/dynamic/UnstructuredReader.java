package io.kube4j.dynamic;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.kube4j.api.codec.CodecException;
import io.kube4j.api.codec.Codecs;
import io.kube4j.api.codec.JsonValues;
import io.kube4j.api.internal.FrozenList;
import io.kube4j.api.internal.FrozenMap;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Streams objects and lists straight from a parser into frozen maps (no tree, no text). Items of a list that
 * lack {@code apiVersion}/{@code kind} (the server omits them in lists of built-in types) get the list's
 * apiVersion and its kind without the {@code List} suffix, as client-go's {@code UnstructuredList} does.
 */
final class UnstructuredReader {
    private UnstructuredReader() {
    }

    static Unstructured readObject(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT && t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            throw CodecException.expected(p, "a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) JsonValues.read(p);
        return new Unstructured(map);
    }

    static UnstructuredList readList(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        Object[] kv = new Object[8];
        int n = 0;
        String apiVersion = null;
        String kind = null;
        List<Unstructured> items = FrozenList.empty();
        boolean itemsBeforeKind = false;
        for (String name = Codecs.firstField(p); name != null; name = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            if ("items".equals(name)) {
                itemsBeforeKind = apiVersion == null || kind == null;
                items = readItems(p, apiVersion, itemKind(kind));
                continue;
            }
            Object v = JsonValues.read(p);
            if ("apiVersion".equals(name) && value == JsonToken.VALUE_STRING) {
                apiVersion = (String) v;
            } else if ("kind".equals(name) && value == JsonToken.VALUE_STRING) {
                kind = (String) v;
            }
            if (n == kv.length) {
                kv = Arrays.copyOf(kv, n * 2);
            }
            kv[n++] = name;
            kv[n++] = v;
        }
        Codecs.endObject(p);
        if (itemsBeforeKind && (apiVersion != null || kind != null)) {
            items = fillDefaults(items, apiVersion, itemKind(kind)); // rare: items came before the type fields
        }
        return new UnstructuredList(FrozenMap.adopt(kv, n / 2), items);
    }

    private static List<Unstructured> readItems(JsonParser p, String apiVersion, String kind) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return FrozenList.empty();
        }
        if (t != JsonToken.START_ARRAY) {
            throw CodecException.expected(p, "an array of objects");
        }
        Object[] items = new Object[16];
        int n = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw CodecException.expected(p, t == null ? "',' or ']'" : "an object");
            }
            if (n == items.length) {
                items = Arrays.copyOf(items, n * 2);
            }
            items[n++] = new Unstructured(readItem(p, apiVersion, kind));
        }
        return FrozenList.adopt(items, n);
    }

    /** One item's fields, with room for the two type fields in front should it lack them. */
    private static Map<String, Object> readItem(JsonParser p, String apiVersion, String kind) throws IOException {
        Object[] kv = new Object[24];
        int n = 4;
        boolean hasApiVersion = false;
        boolean hasKind = false;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            if (n == kv.length) {
                kv = Arrays.copyOf(kv, n * 2);
            }
            hasApiVersion |= "apiVersion".equals(name);
            hasKind |= "kind".equals(name);
            kv[n++] = name;
            kv[n++] = JsonValues.read(p);
        }
        Codecs.endObject(p);
        int start = 4;
        if (hasKind || kind == null) {
            return FrozenMap.adopt(Arrays.copyOfRange(kv, start, n), (n - start) / 2);
        }
        kv[--start] = kind;
        kv[--start] = "kind";
        if (!hasApiVersion && apiVersion != null) {
            kv[--start] = apiVersion;
            kv[--start] = "apiVersion";
        }
        return FrozenMap.adopt(Arrays.copyOfRange(kv, start, n), (n - start) / 2);
    }

    static List<Unstructured> fillDefaults(List<Unstructured> items, String apiVersion, String kind) {
        Object[] out = new Object[items.size()];
        int i = 0;
        for (Unstructured item : items) {
            Map<String, Object> m = item.object();
            if (kind != null && !m.containsKey("kind")) {
                item = item.withKind(kind);
                if (apiVersion != null && !m.containsKey("apiVersion")) {
                    item = item.withApiVersion(apiVersion);
                }
            }
            out[i++] = item;
        }
        return FrozenList.adopt(out, i);
    }

    /** {@code PodList} gives {@code Pod}; a plain {@code List} holds mixed kinds and gives none. */
    static String itemKind(String listKind) {
        if (listKind == null || !listKind.endsWith("List") || listKind.length() == 4) {
            return null;
        }
        return listKind.substring(0, listKind.length() - 4);
    }
}
