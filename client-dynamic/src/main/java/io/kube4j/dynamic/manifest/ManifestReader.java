package io.kube4j.dynamic.manifest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.kube4j.api.codec.CodecException;
import io.kube4j.api.codec.JsonValues;
import io.kube4j.client.Json;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.dynamic.internal.NestedPaths;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a manifest: a YAML stream split on {@code ---} lines as kubectl splits it (so every document gets its
 * index and line even when a later one is broken), or a stream of JSON objects. Empty documents are skipped
 * and not counted. Each document must be an object with {@code apiVersion} and {@code kind}; {@code List}
 * documents are expanded into their items. Reading stops at the first bad document.
 */
final class ManifestReader {
    private final String source;
    private final List<ManifestObject> objects = new ArrayList<>();
    private int index;

    private ManifestReader(String source) {
        this.source = source;
    }

    static Manifest read(String text, String source) {
        ManifestReader reader = new ManifestReader(source);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        ManifestException error = looksLikeJson(body) ? reader.readJson(body) : reader.readYaml(body);
        return new Manifest(reader.objects, error);
    }

    private static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    private ManifestException readYaml(String text) {
        for (Chunk chunk : Chunk.split(text)) {
            int docLine = chunk.firstContentLine;
            try (JsonParser p = Json.yamlMapper().getFactory().createParser(chunk.text)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    docLine = chunk.startLine + Math.max(p.currentLocation().getLineNr(), 1) - 1;
                    if (t == JsonToken.VALUE_NULL) {
                        continue; // a document holding only "~" or "null": empty, as for kubectl
                    }
                    Object value = new YamlValues().read(p);
                    add(value, docLine);
                    docLine = chunk.firstContentLine;
                }
            } catch (JsonProcessingException e) {
                return malformed("YAML", e, docLine, chunk.startLine - 1);
            } catch (ManifestException e) {
                return e;
            } catch (IOException e) {
                return failure(docLine, "cannot read: " + e, e);
            }
        }
        return null;
    }

    private ManifestException readJson(String text) {
        int docLine = 1;
        try (JsonParser p = Json.mapper().getFactory().createParser(text)) {
            while (p.nextToken() != null) {
                docLine = p.currentLocation().getLineNr();
                add(JsonValues.read(p), docLine);
            }
        } catch (JsonProcessingException e) {
            return malformed("JSON", e, docLine, 0);
        } catch (ManifestException e) {
            return e;
        } catch (IOException e) {
            return failure(docLine, "cannot read: " + e, e);
        }
        return null;
    }

    /** Checks one document and adds its object(s); throws the document's ManifestException. */
    private void add(Object value, int line) {
        int doc = index++;
        if (!(value instanceof Map)) {
            throw failure(doc, line, "expected an object with apiVersion and kind but found " + NestedPaths.jsonType(value), null);
        }
        @SuppressWarnings("unchecked")
        Unstructured u = Unstructured.of((Map<String, Object>) value);
        String problem = problem(u);
        if (problem != null) {
            throw failure(doc, line, problem, null);
        }
        Object items = u.object().get("items");
        boolean list = items instanceof List && (u.kind().equals("List") || u.kind().endsWith("List"));
        if (!list) {
            objects.add(new ManifestObject(doc, -1, line, u));
            return;
        }
        String itemKind = u.kind().equals("List") ? null : u.kind().substring(0, u.kind().length() - 4);
        int i = 0;
        for (Object item : (List<?>) items) {
            if (!(item instanceof Map)) {
                throw failure(doc, line, "item " + i + ": expected an object but found " + NestedPaths.jsonType(item), null);
            }
            @SuppressWarnings("unchecked")
            Unstructured it = Unstructured.of((Map<String, Object>) item);
            if (it.object().get("kind") == null && itemKind != null) {
                it = it.withKind(itemKind).withApiVersion(u.apiVersion());
            }
            String itemProblem = problem(it);
            if (itemProblem != null) {
                throw failure(doc, line, "item " + i + ": " + itemProblem, null);
            }
            objects.add(new ManifestObject(doc, i++, line, it));
        }
    }

    /** What makes an object unusable, or null. */
    private static String problem(Unstructured u) {
        Map<String, Object> m = u.object();
        for (String field : new String[] {"apiVersion", "kind"}) {
            Object v = m.get(field);
            if (v == null) {
                return "no " + field + " (every object needs apiVersion and kind)";
            }
            if (!(v instanceof String) || ((String) v).isEmpty()) {
                return field + " must be a non-empty string but is " + NestedPaths.jsonType(v);
            }
        }
        Object meta = m.get("metadata");
        if (meta != null && !(meta instanceof Map)) {
            return "metadata must be an object but is " + NestedPaths.jsonType(meta);
        }
        return null;
    }

    private ManifestException malformed(String format, JsonProcessingException e, int docLine, int lineOffset) {
        JsonLocation loc = e.getLocation();
        String where = loc == null || loc.getLineNr() < 1 ? ""
                : " at line " + (loc.getLineNr() + lineOffset) + ", column " + loc.getColumnNr();
        String detail;
        if (e instanceof CodecException) {
            CodecException c = (CodecException) e;
            detail = c.path() + ": " + c.problem();
        } else {
            detail = withoutQuotedSource(e.getOriginalMessage());
        }
        return failure(index, docLine, "malformed " + format + where + ": " + detail, e);
    }

    /** Jackson and SnakeYAML quote the offending source lines (which may hold secrets): keep only the prose. */
    private static String withoutQuotedSource(String message) {
        if (message == null) {
            return "unknown error";
        }
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\r?\n")) {
            if (line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith(" at [Source")) {
                continue;
            }
            int source = line.indexOf(" at [Source");
            String kept = source >= 0 ? line.substring(0, source) : line;
            int quote = kept.indexOf(": was expecting");
            out.append(out.length() == 0 ? "" : "; ").append(kept.length() > 200 ? kept.substring(0, 200) + "..." : kept);
            if (quote >= 0) {
                break;
            }
        }
        return out.length() == 0 ? "unknown error" : out.toString();
    }

    private ManifestException failure(int line, String problem, Throwable cause) {
        return failure(index, line, problem, cause);
    }

    private ManifestException failure(int doc, int line, String problem, Throwable cause) {
        String prefix = (source == null ? "" : source + ": ") + "document " + doc + (line > 0 ? " (line " + line + ")" : "");
        return new ManifestException(doc, line, prefix + ": " + problem, cause);
    }

    /** The text of one {@code ---}-separated document and where it starts. */
    private static final class Chunk {
        final String text;
        final int startLine;
        final int firstContentLine;

        Chunk(String text, int startLine, int firstContentLine) {
            this.text = text;
            this.startLine = startLine;
            this.firstContentLine = firstContentLine;
        }

        static List<Chunk> split(String text) {
            List<Chunk> out = new ArrayList<>();
            String[] lines = text.split("\r?\n", -1);
            StringBuilder current = new StringBuilder();
            int start = 1;
            int firstContent = 0;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (isSeparator(line)) {
                    out.add(new Chunk(current.toString(), start, firstContent == 0 ? start : firstContent));
                    current.setLength(0);
                    start = i + 2;
                    firstContent = 0;
                    continue;
                }
                String trimmed = line.trim();
                if (firstContent == 0 && !trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    firstContent = i + 1;
                }
                current.append(line).append('\n');
            }
            out.add(new Chunk(current.toString(), start, firstContent == 0 ? start : firstContent));
            return out;
        }

        /** kubectl's rule: a line starting with {@code ---} followed by nothing but blanks or a comment. */
        private static boolean isSeparator(String line) {
            if (!line.startsWith("---")) {
                return false;
            }
            String rest = line.substring(3).trim();
            return rest.isEmpty() || rest.startsWith("#");
        }
    }
}
