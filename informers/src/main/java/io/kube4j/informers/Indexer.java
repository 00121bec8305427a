package io.kube4j.informers;

import java.util.List;
import java.util.Set;

/**
 * A {@link Store} with secondary indexes: each index has a name and an {@link IndexFunction}; an object is
 * found under every value its function returns. Every informer has the {@link Indexers#NAMESPACE} index.
 * Thread-safe; reads never block on I/O.
 */
public interface Indexer<T> extends Store<T> {
    /**
     * The objects indexed under {@code value} in index {@code indexName}.
     *
     * @throws IllegalArgumentException if there is no such index
     */
    List<T> byIndex(String indexName, String value);

    /** The keys of the objects indexed under {@code value}; see {@link #byIndex}. */
    List<String> indexKeys(String indexName, String value);

    /** The objects that share at least one value of index {@code indexName} with {@code object}. */
    List<T> index(String indexName, T object);

    /** The values index {@code indexName} currently holds. */
    List<String> listIndexValues(String indexName);

    /** The names of the indexes. */
    Set<String> indexNames();
}
