package io.kube4j.codegen.spec;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads an OpenAPI document (2.0 or 3.0) with swagger-parser. kube4j reads Kubernetes' {@code swagger.json}:
 * unlike the per-group v3 documents it also holds the discovery types ({@code APIGroup}, {@code version.Info}).
 * swagger-parser converts 2.0 to its 3.0 model, keeping the {@code x-kubernetes-*} extensions.
 */
public final class SpecLoader {
    private SpecLoader() {
    }

    /** Parses the document at {@code file}, leaving {@code $ref}s unresolved. */
    public static OpenAPI load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("OpenAPI document not found: " + file);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIParser().readLocation(file.toAbsolutePath().toUri().toString(), null,
                options);
        if (result.getOpenAPI() == null) {
            throw new IllegalArgumentException("cannot parse " + file + ": " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    /** Parses a document given as text; {@code source} names it in errors. */
    public static OpenAPI parse(String contents, String source) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIParser().readContents(contents, null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalArgumentException("cannot parse " + source + ": " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    /** The named schemas, sorted by name. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static SortedMap<String, Schema<?>> schemas(OpenAPI api) {
        SortedMap<String, Schema<?>> out = new TreeMap<>();
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            for (Map.Entry<String, Schema> e : api.getComponents().getSchemas().entrySet()) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }
}
