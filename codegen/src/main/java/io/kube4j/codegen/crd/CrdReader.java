package io.kube4j.codegen.crd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads CustomResourceDefinitions from YAML or JSON files: several documents per file, {@code List} kinds
 * expanded, other kinds skipped. Only {@code apiextensions.k8s.io/v1} is accepted (v1beta1 was removed in
 * Kubernetes 1.22). Problems are reported as {@link IllegalArgumentException}s naming file and document.
 */
public final class CrdReader {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String API_VERSION = "apiextensions.k8s.io/v1";

    private CrdReader() {
    }

    /** Every CRD in the files and, for directories, their {@code .yaml}, {@code .yml} and {@code .json} files. */
    public static List<Crd> read(List<Path> inputs) {
        List<Crd> out = new ArrayList<>();
        for (Path input : inputs) {
            for (Path file : files(input)) {
                out.addAll(readFile(file));
            }
        }
        return out;
    }

    /** The CRDs of one file. */
    public static List<Crd> readFile(Path file) {
        List<Crd> out = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            int n = 0;
            while (docs.hasNextValue()) {
                JsonNode doc = docs.nextValue();
                n++;
                collect(doc, file + " document " + n, out);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid YAML/JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    private static List<Path> files(Path input) {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("no such file or directory: " + input);
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
    }

    private static void collect(JsonNode doc, String where, List<Crd> out) {
        if (doc == null || doc.isNull() || doc.isMissingNode()) {
            return; // an empty document between two ---
        }
        if (!doc.isObject()) {
            throw new IllegalArgumentException(where + ": expected an object, got " + doc.getNodeType());
        }
        String kind = doc.path("kind").asText("");
        if (kind.equals("List")) {
            int i = 0;
            for (JsonNode item : doc.path("items")) {
                collect(item, where + " item " + i++, out);
            }
            return;
        }
        if (!kind.equals("CustomResourceDefinition")) {
            return;
        }
        String apiVersion = doc.path("apiVersion").asText("");
        if (!apiVersion.equals(API_VERSION)) {
            throw new IllegalArgumentException(where + ": " + (apiVersion.isEmpty() ? "no apiVersion" : apiVersion)
                    + " CustomResourceDefinitions are not supported; convert it to " + API_VERSION);
        }
        out.add(parse((ObjectNode) doc, where));
    }

    private static Crd parse(ObjectNode doc, String where) {
        String name = doc.path("metadata").path("name").asText("");
        String at = where + (name.isEmpty() ? "" : " (" + name + ")");
        JsonNode spec = doc.path("spec");
        JsonNode names = spec.path("names");
        String group = required(spec, "group", at + ": spec");
        String kind = required(names, "kind", at + ": spec.names");
        String plural = required(names, "plural", at + ": spec.names");
        String listKind = names.path("listKind").asText(kind + "List");
        String scope = required(spec, "scope", at + ": spec");
        if (!scope.equals("Namespaced") && !scope.equals("Cluster")) {
            throw new IllegalArgumentException(at + ": spec.scope must be Namespaced or Cluster, got " + scope);
        }
        List<Crd.Version> versions = new ArrayList<>();
        for (JsonNode v : spec.path("versions")) {
            String version = required(v, "name", at + ": spec.versions[]");
            if (!v.path("served").asBoolean(false)) {
                continue;
            }
            JsonNode schema = v.path("schema").path("openAPIV3Schema");
            if (!schema.isObject()) {
                throw new IllegalArgumentException(at + ": served version " + version
                        + " has no schema.openAPIV3Schema");
            }
            JsonNode subs = v.path("subresources");
            versions.add(new Crd.Version(version, (ObjectNode) schema.deepCopy(), subs.has("status"),
                    subs.has("scale")));
        }
        if (versions.isEmpty()) {
            throw new IllegalArgumentException(at + ": no served version in spec.versions");
        }
        return new Crd(where, name.isEmpty() ? plural + "." + group : name, group, kind, listKind, plural,
                scope.equals("Namespaced"), List.copyOf(versions));
    }

    private static String required(JsonNode parent, String field, String where) {
        JsonNode v = parent.path(field);
        if (!v.isTextual() || v.asText().isEmpty()) {
            throw new IllegalArgumentException(where + "." + field + " is required");
        }
        return v.asText();
    }
}
