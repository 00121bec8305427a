package io.kube4j.informers.internal;

import io.kube4j.api.KubernetesObject;
import io.kube4j.api.labels.LabelSelector;
import io.kube4j.informers.Indexer;
import io.kube4j.informers.Indexers;
import io.kube4j.informers.Lister;
import io.kube4j.informers.NamespacedLister;
import io.kube4j.informers.ObjectKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Lister} over an informer's {@link Indexer}; namespaces are served by its namespace index. */
public final class CacheLister<T extends KubernetesObject> implements Lister<T> {
    private final Indexer<T> indexer;

    public CacheLister(Indexer<T> indexer) {
        this.indexer = indexer;
    }

    @Override
    public List<T> list() {
        return indexer.list();
    }

    @Override
    public List<T> list(LabelSelector selector) {
        return matching(indexer.list(), selector);
    }

    @Override
    public Optional<T> get(String name) {
        return indexer.getByKey(ObjectKey.of(null, name).toString());
    }

    @Override
    public Optional<T> get(String namespace, String name) {
        return indexer.getByKey(ObjectKey.of(namespace, name).toString());
    }

    @Override
    public NamespacedLister<T> namespace(String namespace) {
        Objects.requireNonNull(namespace, "namespace");
        if (namespace.isEmpty()) {
            throw new IllegalArgumentException("a namespace is required; use list() for all namespaces");
        }
        return new NamespacedLister<>() {
            @Override
            public String namespace() {
                return namespace;
            }

            @Override
            public List<T> list() {
                return indexer.byIndex(Indexers.NAMESPACE, namespace);
            }

            @Override
            public List<T> list(LabelSelector selector) {
                return matching(list(), selector);
            }

            @Override
            public Optional<T> get(String name) {
                return indexer.getByKey(ObjectKey.of(namespace, name).toString());
            }

            @Override
            public String toString() {
                return "NamespacedLister{" + namespace + "}";
            }
        };
    }

    private static <T extends KubernetesObject> List<T> matching(List<T> objects, LabelSelector selector) {
        Objects.requireNonNull(selector, "selector");
        if (selector.isEmpty()) {
            return objects;
        }
        return objects.stream()
                .filter(o -> selector.matches(o.metadata() == null ? java.util.Map.of() : o.metadata().labels()))
                .toList();
    }
}
