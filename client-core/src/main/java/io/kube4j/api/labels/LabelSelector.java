package io.kube4j.api.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A label selector (apimachinery's {@code labels.Selector}): parse the string syntax with {@link #parse},
 * build one with {@link #builder()}, test labels with {@link #matches}, and send {@link #toString()} as a
 * {@code labelSelector} query parameter. Requirements are kept sorted by key, as Go does, so equal selectors
 * print identically. Immutable.
 *
 * <pre>{@code
 * LabelSelector s = LabelSelector.parse("app=web,tier in (backend,frontend),!canary");
 * LabelSelector same = LabelSelector.builder().eq("app", "web").in("tier", "frontend", "backend")
 *         .notExists("canary").build();
 * }</pre>
 */
public final class LabelSelector extends Conjunction<Requirement> {
    private static final Comparator<Requirement> BY_KEY = Comparator.comparing(Requirement::key);
    private static final LabelSelector EVERYTHING = new LabelSelector(List.of(), false);
    private static final LabelSelector NOTHING = new LabelSelector(List.of(), true);

    private LabelSelector(List<Requirement> requirements, boolean nothing) {
        super(requirements, nothing);
    }

    /** The selector that matches every set of labels; it prints as {@code ""}. */
    public static LabelSelector everything() {
        return EVERYTHING;
    }

    /**
     * The selector that matches nothing. Like Go's {@code labels.Nothing()} it prints as {@code ""}, which the
     * API server reads as "everything": check {@link #matchesNothing()} before sending a selector.
     */
    public static LabelSelector nothing() {
        return NOTHING;
    }

    /**
     * Parses the selector syntax exactly as Kubernetes does: {@code a=b}, {@code a==b}, {@code a!=b},
     * {@code a in (b,c)}, {@code a notin (b)}, {@code a}, {@code !a}, {@code a>1}, {@code a<1}, separated by
     * commas; whitespace around tokens is ignored; {@code ""} selects everything.
     *
     * @throws IllegalArgumentException naming the input, the problem and its position
     */
    public static LabelSelector parse(String selector) {
        if (selector == null) {
            throw new IllegalArgumentException("label selector must not be null (use \"\" for everything)");
        }
        return of(LabelSelectorParser.parse(selector));
    }

    /** The selector requiring every requirement. */
    public static LabelSelector of(Collection<Requirement> requirements) {
        List<Requirement> sorted = sorted(requirements, BY_KEY, "label selector requirements");
        return sorted.isEmpty() ? EVERYTHING : new LabelSelector(sorted, false);
    }

    /** {@code key=value} for every entry (Go's {@code SelectorFromValidatedSet}, but validated). */
    public static LabelSelector fromMap(Map<String, String> labels) {
        return fromParts(labels, List.of());
    }

    /**
     * The selector of a {@code meta/v1 LabelSelector}: {@code key=value} for each {@code matchLabels} entry plus
     * the {@code matchExpressions} (see {@link Operator#fromMatchExpression}). Empty parts select everything,
     * as in Go's {@code LabelSelectorAsSelector}; a null model selector means {@link #nothing()} there.
     */
    public static LabelSelector fromParts(Map<String, String> matchLabels, List<Requirement> expressions) {
        List<Requirement> all = new ArrayList<>();
        if (matchLabels != null) {
            matchLabels.forEach((k, v) -> all.add(Requirement.of(k, Operator.EQUALS, v)));
        }
        if (expressions != null) {
            all.addAll(expressions);
        }
        return of(all);
    }

    /** A builder of a selector; requirements are validated as they are added. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the labels satisfy every requirement; {@link #nothing()} matches none. */
    public boolean matches(Map<String, String> labels) {
        return allMatch(labels, "labels", Requirement::matches);
    }

    /** This selector with more requirements (Go's {@code Add}); {@link #nothing()} stays nothing. */
    public LabelSelector and(Requirement... more) {
        if (matchesNothing()) {
            return this;
        }
        if (more == null) {
            throw new IllegalArgumentException("label selector requirements must not be null");
        }
        List<Requirement> all = new ArrayList<>(requirements());
        all.addAll(Arrays.asList(more));
        return of(all);
    }

    /**
     * The value a label must have, if the first requirement on {@code key} pins exactly one value
     * ({@code =}, {@code ==} or {@code in} with one value), as Go's {@code RequiresExactMatch}.
     */
    public Optional<String> requiresExactMatch(String key) {
        for (Requirement r : requirements()) {
            if (r.key().equals(key)) {
                boolean exact = r.operator() == Operator.EQUALS || r.operator() == Operator.DOUBLE_EQUALS
                        || r.operator() == Operator.IN;
                return exact && r.values().size() == 1 ? Optional.of(r.values().get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Collects requirements; each method validates its arguments and throws IllegalArgumentException. */
    public static final class Builder {
        private final List<Requirement> requirements = new ArrayList<>();

        private Builder() {
        }

        /** {@code key=value}. */
        public Builder eq(String key, String value) {
            return add(Requirement.of(key, Operator.EQUALS, value));
        }

        /** {@code key!=value}. */
        public Builder notEq(String key, String value) {
            return add(Requirement.of(key, Operator.NOT_EQUALS, value));
        }

        /** {@code key in (values)}. */
        public Builder in(String key, String... values) {
            return add(Requirement.of(key, Operator.IN, values));
        }

        /** {@code key in (values)}. */
        public Builder in(String key, Collection<String> values) {
            return add(Requirement.of(key, Operator.IN, values));
        }

        /** {@code key notin (values)}. */
        public Builder notIn(String key, String... values) {
            return add(Requirement.of(key, Operator.NOT_IN, values));
        }

        /** {@code key notin (values)}. */
        public Builder notIn(String key, Collection<String> values) {
            return add(Requirement.of(key, Operator.NOT_IN, values));
        }

        /** {@code key}: the label is present. */
        public Builder exists(String key) {
            return add(Requirement.of(key, Operator.EXISTS));
        }

        /** {@code !key}: the label is absent. */
        public Builder notExists(String key) {
            return add(Requirement.of(key, Operator.DOES_NOT_EXIST));
        }

        /** {@code key>value}. */
        public Builder gt(String key, long value) {
            return add(Requirement.of(key, Operator.GREATER_THAN, Long.toString(value)));
        }

        /** {@code key<value}. */
        public Builder lt(String key, long value) {
            return add(Requirement.of(key, Operator.LESS_THAN, Long.toString(value)));
        }

        /** Any requirement. */
        public Builder add(Requirement requirement) {
            if (requirement == null) {
                throw new IllegalArgumentException("label selector requirement must not be null");
            }
            requirements.add(requirement);
            return this;
        }

        /** The selector; with no requirements, {@link #everything()}. */
        public LabelSelector build() {
            return of(requirements);
        }
    }
}
