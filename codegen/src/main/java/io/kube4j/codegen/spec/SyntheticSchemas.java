package io.kube4j.codegen.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;

/**
 * meta.k8s.io/v1 kinds that the API server serves but the OpenAPI document does not describe
 * ({@code PartialObjectMetadata(List)} for metadata-only lists and watches, {@code Table} for server-side
 * printing). Their schemas, written after apimachinery's Go types, live in {@code /synthetic/meta-v1.json}
 * and are added to a Kubernetes document that lacks them.
 */
public final class SyntheticSchemas {
    private static final String RESOURCE = "/synthetic/meta-v1.json";
    private static final String META = "io.k8s.apimachinery.pkg.apis.meta.v1.";

    private SyntheticSchemas() {
    }

    /**
     * Adds each synthetic schema the document does not define itself. Only for documents that have meta/v1's
     * {@code ObjectMeta} and {@code ListMeta}, which the synthetic schemas refer to.
     */
    public static void addMissing(SortedMap<String, Schema<?>> schemas) {
        if (!schemas.containsKey(META + "ObjectMeta") || !schemas.containsKey(META + "ListMeta")) {
            return;
        }
        for (Map.Entry<String, Schema<?>> e : load().entrySet()) {
            schemas.putIfAbsent(e.getKey(), e.getValue());
        }
    }

    /** The synthetic schemas by name. */
    public static SortedMap<String, Schema<?>> load() {
        try (InputStream in = SyntheticSchemas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            OpenAPI api = SpecLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
            return SpecLoader.schemas(api);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
