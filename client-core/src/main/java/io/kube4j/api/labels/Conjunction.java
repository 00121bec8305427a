package io.kube4j.api.labels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * What label and field selectors share: an immutable, sorted list of terms that must all hold, or the
 * selector that matches nothing (which, as in Go, prints as {@code ""} too). Package-private: users see
 * {@link LabelSelector} and {@link FieldSelector}.
 */
abstract sealed class Conjunction<R> permits LabelSelector, FieldSelector {
    private final List<R> requirements;
    private final boolean nothing;

    Conjunction(List<R> requirements, boolean nothing) {
        this.requirements = requirements;
        this.nothing = nothing;
    }

    /** An immutable copy of {@code terms} in {@code order}; {@code what} names them in the null error. */
    static <R> List<R> sorted(Collection<R> terms, Comparator<? super R> order, String what) {
        if (terms == null || terms.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        List<R> sorted = new ArrayList<>(terms);
        sorted.sort(order);
        return List.copyOf(sorted);
    }

    /** The terms, in the order they print. */
    public List<R> requirements() {
        return requirements;
    }

    /** Whether this selects everything (no terms). */
    public boolean isEmpty() {
        return !nothing && requirements.isEmpty();
    }

    /** Whether this is the selector that matches nothing. */
    public boolean matchesNothing() {
        return nothing;
    }

    /** Whether every term holds for {@code values}; {@code what} names them in the null error. */
    final boolean allMatch(Map<String, String> values, String what, BiPredicate<R, Map<String, String>> term) {
        if (values == null) {
            throw new IllegalArgumentException(what + " must not be null (use an empty map)");
        }
        if (nothing) {
            return false;
        }
        for (R r : requirements) {
            if (!term.test(r, values)) {
                return false;
            }
        }
        return true;
    }

    /** The selector string: the terms' printed forms joined by commas. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (R r : requirements) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(r);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Conjunction<?> c && c.getClass() == getClass() && nothing == c.nothing
                && requirements.equals(c.requirements);
    }

    @Override
    public int hashCode() {
        return requirements.hashCode() * 31 + Boolean.hashCode(nothing);
    }
}
