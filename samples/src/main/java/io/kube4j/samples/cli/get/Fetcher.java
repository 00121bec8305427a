package io.kube4j.samples.cli.get;

import io.kube4j.client.ListOptions;
import io.kube4j.client.RequestBuilder;
import io.kube4j.discovery.RestMapping;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.dynamic.UnstructuredList;
import io.kube4j.samples.cli.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * The reads of {@code get}, as kubectl sends them: human-readable output asks the server for a Table
 * (kubectl's Accept header), other formats for the objects; lists are paged by 500 and the pages joined.
 */
final class Fetcher {
    /** kubectl's Accept header for server-side printing: Table v1, then v1beta1, then the object itself. */
    static final String TABLE_ACCEPT = "application/json;as=Table;v=v1;g=meta.k8s.io,"
            + "application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";
    static final long CHUNK_SIZE = 500;

    private final Session session;
    private final boolean table;

    Fetcher(Session session, boolean table) {
        this.session = session;
        this.table = table;
    }

    /** A GET of the resource (one object when {@code name} is set), namespaced unless cluster-scoped or all. */
    RequestBuilder request(RestMapping mapping, String namespace, String name) {
        RequestBuilder r = session.rest().get().group(mapping.resource().group())
                .version(mapping.resource().version());
        if (mapping.namespaced() && namespace != null) {
            r.namespace(namespace);
        }
        r.resource(mapping.resource().resource());
        if (name != null) {
            r.name(name);
        }
        return table ? r.header("Accept", TABLE_ACCEPT) : r;
    }

    /** One object, or its Table when printing for humans. */
    Unstructured get(RestMapping mapping, String namespace, String name) {
        return request(mapping, namespace, name).execute(Unstructured.class);
    }

    /**
     * Every page of a list joined into one answer: a Table with all rows, or a list with all items. The
     * answer's resourceVersion is the first page's (the snapshot the pages belong to).
     */
    Unstructured list(RestMapping mapping, String namespace, ListOptions selectors) {
        ListOptions options = selectors.toBuilder().limit(CHUNK_SIZE).build();
        Unstructured first = null;
        List<Object> all = new ArrayList<>();
        String field = null;
        do {
            Unstructured page = request(mapping, namespace, null).params(options.toQueryParams())
                    .execute(Unstructured.class);
            if (first == null) {
                first = page;
                field = "Table".equals(page.kind()) ? "rows" : "items";
            }
            all.addAll(page.getNestedList(field).orElse(List.of()));
            String next = page.getNestedString("metadata", "continue").orElse("");
            options = next.isEmpty() ? null : options.withContinue(next);
        } while (options != null);
        return first.with(List.of(field), all).without("metadata", "continue");
    }

    /** The list as objects: items carry {@code apiVersion} and {@code kind} (the server leaves them out). */
    static UnstructuredList asList(Unstructured list) {
        return UnstructuredList.of(list.object());
    }
}
