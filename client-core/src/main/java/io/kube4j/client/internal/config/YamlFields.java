package io.kube4j.client.internal.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.kube4j.client.ConfigException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** Typed reads of kubeconfig fields, each failing with the field's location. Absent and {@code null} are the same. */
final class YamlFields {
    private YamlFields() {
    }

    private static JsonNode get(JsonNode obj, String key) {
        JsonNode v = obj == null ? null : obj.get(key);
        return v == null || v.isNull() || v.isMissingNode() ? null : v;
    }

    /** A scalar as text (numbers too, as a kubeconfig token may be all digits); null when absent. */
    static String string(JsonNode obj, String key, Where where) {
        JsonNode v = get(obj, key);
        if (v == null) {
            return null;
        }
        if (!v.isValueNode()) {
            throw where.field(key).error("expected a string, found " + kind(v));
        }
        return v.asText();
    }

    /** A string that counts as absent when empty, like Go's zero value. */
    static String nonEmpty(JsonNode obj, String key, Where where) {
        String s = string(obj, key, where);
        return s == null || s.isEmpty() ? null : s;
    }

    static boolean bool(JsonNode obj, String key, Where where) {
        JsonNode v = get(obj, key);
        if (v == null) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()) {
            switch (v.asText().toLowerCase(Locale.ROOT)) {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    break;
            }
        }
        throw where.field(key).error("expected true or false");
    }

    static JsonNode object(JsonNode obj, String key, Where where) {
        JsonNode v = get(obj, key);
        if (v != null && !v.isObject()) {
            throw where.field(key).error("expected a mapping, found " + kind(v));
        }
        return v;
    }

    static JsonNode array(JsonNode obj, String key, Where where) {
        JsonNode v = get(obj, key);
        if (v != null && !v.isArray()) {
            throw where.field(key).error("expected a list, found " + kind(v));
        }
        return v;
    }

    static List<String> strings(JsonNode obj, String key, Where where) {
        JsonNode arr = array(obj, key, where);
        List<String> out = new ArrayList<>();
        if (arr != null) {
            for (int i = 0; i < arr.size(); i++) {
                JsonNode item = arr.get(i);
                if (item == null || !item.isValueNode() || item.isNull()) {
                    throw where.field(key + "[" + i + "]").error("expected a string");
                }
                out.add(item.asText());
            }
        }
        return out;
    }

    /** A {@code *-data} field: base64 (line breaks ignored, as Go's decoder does). Never echoes the value. */
    static byte[] base64(JsonNode obj, String key, Where where) {
        String s = nonEmpty(obj, key, where);
        if (s == null) {
            return null;
        }
        String compact = s.replace("\r", "").replace("\n", "");
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            String hint = compact.startsWith("-----BEGIN") ? " (it looks like PEM text; *-data fields hold base64-encoded PEM)" : "";
            throw where.field(key).error("not valid base64" + hint);
        }
    }

    /** A file path, resolved against the folder of the kubeconfig that defined it (client-go's rule). */
    static Path path(JsonNode obj, String key, Path baseDir, Where where) {
        String s = nonEmpty(obj, key, where);
        return s == null ? null : resolve(s, baseDir);
    }

    static Path resolve(String s, Path baseDir) {
        Path p = Path.of(s);
        return p.isAbsolute() || baseDir == null ? p : baseDir.resolve(p).normalize();
    }

    /** True when a command names a path (contains a separator) rather than a program on PATH. */
    static boolean isPathLike(String command) {
        return command.indexOf('/') >= 0 || command.indexOf(File.separatorChar) >= 0;
    }

    static byte[] readFile(Path file, Where where) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw where.error("file " + file + " does not exist");
        } catch (IOException e) {
            throw new ConfigException(where + ": cannot read " + file + ": " + e, e);
        }
    }

    static String readText(Path file, Where where) {
        return new String(readFile(file, where), StandardCharsets.UTF_8);
    }

    private static String kind(JsonNode v) {
        if (v.isObject()) {
            return "a mapping";
        }
        if (v.isArray()) {
            return "a list";
        }
        return "a scalar";
    }
}
