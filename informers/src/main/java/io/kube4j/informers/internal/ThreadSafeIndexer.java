package io.kube4j.informers.internal;

import io.kube4j.informers.IndexFunction;
import io.kube4j.informers.Indexer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache: objects by key plus one inverted index per index function, under one read-write lock. The
 * lock is held only for in-memory work, so reads never wait on I/O. Writes come from the informer's
 * reflector thread (and {@link #addIndexers} from any thread); {@link #replace} swaps the whole content
 * at once, so readers see either the old list or the new one.
 */
public final class ThreadSafeIndexer<T> implements Indexer<T> {
    private static final Logger LOG = LoggerFactory.getLogger(ThreadSafeIndexer.class);

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final String description;
    private Map<String, T> items = new HashMap<>();
    private final Map<String, IndexFunction<T>> indexers = new LinkedHashMap<>();
    /** index name → index value → keys. */
    private Map<String, Map<String, Set<String>>> indices = new HashMap<>();

    public ThreadSafeIndexer(String description) {
        this.description = description;
    }

    /** Stores {@code object} under {@code key}; returns the object it replaced, or null. */
    public T put(String key, T object) {
        lock.writeLock().lock();
        try {
            T old = items.put(key, object);
            if (old != null) {
                unindex(indices, key, old);
            }
            index(indices, key, object);
            return old;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the object under {@code key}; returns it, or null if there was none. */
    public T remove(String key) {
        lock.writeLock().lock();
        try {
            T old = items.remove(key);
            if (old != null) {
                unindex(indices, key, old);
            }
            return old;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Replaces the whole content at once; returns the previous content (keyed). */
    public Map<String, T> replace(Map<String, T> content) {
        Map<String, T> fresh = new HashMap<>(content);
        Map<String, Map<String, Set<String>>> freshIndices = new HashMap<>();
        lock.writeLock().lock();
        try {
            // Indexing under the lock keeps the index functions and the content in step with addIndexers.
            fresh.forEach((k, v) -> index(freshIndices, k, v));
            Map<String, T> old = items;
            items = fresh;
            indices = freshIndices;
            return old;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Adds index functions; existing objects are indexed at once.
     *
     * @throws IllegalArgumentException if an index of that name exists
     */
    public void addIndexers(Map<String, IndexFunction<T>> more) {
        lock.writeLock().lock();
        try {
            for (String name : more.keySet()) {
                if (indexers.containsKey(name)) {
                    throw new IllegalArgumentException("an index named \"" + name + "\" already exists on " + description);
                }
            }
            for (Map.Entry<String, IndexFunction<T>> e : more.entrySet()) {
                indexers.put(e.getKey(), e.getValue());
                Map<String, Set<String>> index = new HashMap<>();
                indices.put(e.getKey(), index);
                items.forEach((k, v) -> indexOne(index, e.getKey(), e.getValue(), k, v));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A copy of the content, keyed, taken atomically. */
    public Map<String, T> snapshot() {
        lock.readLock().lock();
        try {
            return new HashMap<>(items);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<T> list() {
        lock.readLock().lock();
        try {
            return new ArrayList<>(items.values());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<String> listKeys() {
        lock.readLock().lock();
        try {
            return new ArrayList<>(items.keySet());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Optional<T> getByKey(String key) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(items.get(key));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public int size() {
        lock.readLock().lock();
        try {
            return items.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<T> byIndex(String indexName, String value) {
        lock.readLock().lock();
        try {
            Set<String> keys = indexOf(indexName).getOrDefault(value, Set.of());
            List<T> out = new ArrayList<>(keys.size());
            for (String k : keys) {
                out.add(items.get(k));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<String> indexKeys(String indexName, String value) {
        lock.readLock().lock();
        try {
            return new ArrayList<>(indexOf(indexName).getOrDefault(value, Set.of()));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<T> index(String indexName, T object) {
        lock.readLock().lock();
        try {
            Map<String, Set<String>> index = indexOf(indexName);
            Set<String> keys = new HashSet<>();
            for (String value : values(indexName, indexers.get(indexName), object)) {
                keys.addAll(index.getOrDefault(value, Set.of()));
            }
            List<T> out = new ArrayList<>(keys.size());
            for (String k : keys) {
                out.add(items.get(k));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<String> listIndexValues(String indexName) {
        lock.readLock().lock();
        try {
            return new ArrayList<>(indexOf(indexName).keySet());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Set<String> indexNames() {
        lock.readLock().lock();
        try {
            return Set.copyOf(indexers.keySet());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "Indexer{" + description + ", " + size() + " objects, indexes " + indexNames() + "}";
    }

    private Map<String, Set<String>> indexOf(String indexName) {
        Map<String, Set<String>> index = indices.get(indexName);
        if (index == null) {
            throw new IllegalArgumentException("no index named \"" + indexName + "\" on " + description
                    + "; it has " + indexers.keySet());
        }
        return index;
    }

    private void index(Map<String, Map<String, Set<String>>> target, String key, T object) {
        for (Map.Entry<String, IndexFunction<T>> e : indexers.entrySet()) {
            indexOne(target.computeIfAbsent(e.getKey(), n -> new HashMap<>()), e.getKey(), e.getValue(), key, object);
        }
    }

    private void indexOne(Map<String, Set<String>> index, String name, IndexFunction<T> fn, String key, T object) {
        for (String value : values(name, fn, object)) {
            if (value != null) {
                index.computeIfAbsent(value, v -> new HashSet<>()).add(key);
            }
        }
    }

    private void unindex(Map<String, Map<String, Set<String>>> target, String key, T object) {
        for (Map.Entry<String, IndexFunction<T>> e : indexers.entrySet()) {
            Map<String, Set<String>> index = target.get(e.getKey());
            if (index == null) {
                continue;
            }
            for (String value : values(e.getKey(), e.getValue(), object)) {
                Set<String> keys = index.get(value);
                if (keys != null && keys.remove(key) && keys.isEmpty()) {
                    index.remove(value);
                }
            }
        }
    }

    private List<String> values(String name, IndexFunction<T> fn, T object) {
        try {
            List<String> values = fn.values(object);
            return values == null ? List.of() : values;
        } catch (RuntimeException e) {
            LOG.error("{}: index function \"{}\" failed; the object is left out of that index", description, name, e);
            return List.of();
        }
    }
}
