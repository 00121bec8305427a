package io.kube4j.client.internal.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kube4j.client.ConfigException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * One kubeconfig file (or YAML text) split into its named clusters, users and contexts. Values stay raw
 * YAML nodes until a context is resolved, so a broken entry that no context uses does no harm (client-go
 * validates only what the chosen context references).
 */
final class KubeconfigDocument {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A named entry together with the file that defined it (client-go's LocationOfOrigin). */
    record Entry(String name, JsonNode body, KubeconfigDocument document, Where where) {
    }

    final String origin;
    final Path baseDir;
    final String currentContext;
    final Map<String, Entry> clusters;
    final Map<String, Entry> users;
    final Map<String, Entry> contexts;

    private KubeconfigDocument(String origin, Path baseDir, JsonNode root) {
        this.origin = origin;
        this.baseDir = baseDir;
        Where where = Where.root(origin);
        this.currentContext = YamlFields.nonEmpty(root, "current-context", where);
        this.clusters = named(root, "clusters", "cluster", where);
        this.users = named(root, "users", "user", where);
        this.contexts = named(root, "contexts", "context", where);
    }

    /** The file's kubeconfig, or YAML text when {@code file} is null. */
    static KubeconfigDocument parse(String yaml, Path file) {
        String origin = file == null ? "kubeconfig (inline YAML)" : "kubeconfig " + file;
        Path baseDir = file == null ? null : file.toAbsolutePath().getParent();
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            // Never chain or quote the parser's message: it shows the offending line, which may hold a secret.
            throw new ConfigException(origin + ": invalid YAML" + location(e) + problem(e));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            root = JsonNodeFactory.instance.objectNode();
        }
        if (!root.isObject()) {
            throw new ConfigException(origin + ": not a kubeconfig (the top level is not a mapping)");
        }
        return new KubeconfigDocument(origin, baseDir, root);
    }

    /** client-go calls a config with no clusters, users, contexts and current-context empty. */
    boolean isEmpty() {
        return currentContext == null && clusters.isEmpty() && users.isEmpty() && contexts.isEmpty();
    }

    private Map<String, Entry> named(JsonNode root, String listKey, String itemKey, Where where) {
        JsonNode list = YamlFields.array(root, listKey, where);
        Map<String, Entry> out = new LinkedHashMap<>();
        if (list == null) {
            return Collections.unmodifiableMap(out);
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            Where at = where.field(listKey + "[" + i + "]");
            if (item == null || !item.isObject()) {
                throw at.error("expected a mapping with name and " + itemKey);
            }
            String name = YamlFields.nonEmpty(item, "name", at);
            if (name == null) {
                throw at.field("name").error("not set");
            }
            if (out.containsKey(name)) {
                throw where.field(listKey).error("duplicate name \"" + name + "\"");
            }
            Where entryWhere = where.entry(listKey, name);
            JsonNode body = YamlFields.object(item, itemKey, entryWhere);
            out.put(name, new Entry(name, body == null ? JsonNodeFactory.instance.objectNode() : body, this, entryWhere));
        }
        return Collections.unmodifiableMap(out);
    }

    private static String location(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException && ((MarkedYAMLException) t).getProblemMark() != null) {
                var mark = ((MarkedYAMLException) t).getProblemMark();
                return " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            }
        }
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() < 1) {
            return "";
        }
        return " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static String problem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException) {
                String p = ((MarkedYAMLException) t).getProblem();
                // SnakeYAML's problem texts name token kinds, not content; cap the length anyway.
                return p == null ? "" : ": " + (p.length() > 80 ? p.substring(0, 80) + "…" : p);
            }
        }
        return "";
    }
}
