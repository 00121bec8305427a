package io.kube4j.api.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Comparator;
import java.util.RandomAccess;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * An immutable list backed by an exactly sized array; the one list type generated models hold.
 * Unlike {@link List#of} it accepts {@code null} elements (a JSON array may contain {@code null}),
 * and it can adopt an array without copying when the caller hands over ownership.
 *
 * @param <E> element type
 */
public final class FrozenList<E> extends AbstractList<E> implements RandomAccess {
    private static final Object[] NO_ELEMENTS = {};
    private static final FrozenList<Object> EMPTY = new FrozenList<>(NO_ELEMENTS);

    private final Object[] elements;

    private FrozenList(Object[] elements) {
        this.elements = elements;
    }

    /** The shared empty list. */
    @SuppressWarnings("unchecked")
    public static <E> List<E> empty() {
        return (List<E>) EMPTY;
    }

    /** An immutable copy of {@code source}; {@code null} gives the empty list, a frozen list is returned as is. */
    @SuppressWarnings("unchecked")
    public static <E> List<E> copyOf(Collection<? extends E> source) {
        if (source instanceof FrozenList) { // first: the common case on every build()
            return (List<E>) source;
        }
        if (source == null || source.isEmpty()) {
            return empty();
        }
        return new FrozenList<>(source.toArray());
    }

    /**
     * Adopts the first {@code size} slots of {@code elements}: the caller must not touch the array afterwards.
     * Used by codecs, which fill a fresh array while parsing.
     */
    public static <E> List<E> adopt(Object[] elements, int size) {
        if (size == 0) {
            return empty();
        }
        return new FrozenList<>(size == elements.length ? elements : Arrays.copyOf(elements, size));
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }

    @Override
    public Object[] toArray() {
        return elements.clone();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        for (Object e : elements) {
            action.accept((E) e);
        }
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(elements);
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof FrozenList) {
            return Arrays.equals(elements, ((FrozenList<?>) o).elements);
        }
        return super.equals(o);
    }

    // Mutators always throw, even when they would not change anything (as List.of does).

    @Override
    public boolean add(E e) {
        throw Frozen.immutable();
    }

    @Override
    public void add(int index, E element) {
        throw Frozen.immutable();
    }

    @Override
    public E set(int index, E element) {
        throw Frozen.immutable();
    }

    @Override
    public E remove(int index) {
        throw Frozen.immutable();
    }

    @Override
    public boolean remove(Object o) {
        throw Frozen.immutable();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        throw Frozen.immutable();
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        throw Frozen.immutable();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw Frozen.immutable();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw Frozen.immutable();
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        throw Frozen.immutable();
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        throw Frozen.immutable();
    }

    @Override
    public void sort(Comparator<? super E> c) {
        throw Frozen.immutable();
    }

    @Override
    public void clear() {
        throw Frozen.immutable();
    }
}
