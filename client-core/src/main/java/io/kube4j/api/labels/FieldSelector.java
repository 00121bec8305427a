package io.kube4j.api.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A field selector (apimachinery's {@code fields.Selector}): terms {@code field=value}, {@code field==value}
 * or {@code field!=value} separated by commas, where {@code \}, {@code ,} and {@code =} in values are escaped
 * with {@code \}. Field names are not validated here; the API server decides which fields it supports.
 * Immutable.
 */
public final class FieldSelector extends Conjunction<FieldRequirement> {
    private static final Comparator<FieldRequirement> BY_PRINTED_FORM =
            Comparator.comparing(FieldRequirement::toString);
    private static final FieldSelector EVERYTHING = new FieldSelector(List.of(), false);
    private static final FieldSelector NOTHING = new FieldSelector(List.of(), true);

    private FieldSelector(List<FieldRequirement> requirements, boolean nothing) {
        super(requirements, nothing);
    }

    /** The selector that matches everything; prints as {@code ""}. */
    public static FieldSelector everything() {
        return EVERYTHING;
    }

    /** The selector that matches nothing; like Go it prints as {@code ""}, so never send it to a server. */
    public static FieldSelector nothing() {
        return NOTHING;
    }

    /**
     * Parses a field selector as Go's {@code fields.ParseSelector}: terms are sorted, empty terms ignored,
     * {@code ==} means {@code =}, and whitespace is part of names and values.
     *
     * @throws IllegalArgumentException naming the input and the offending term
     */
    public static FieldSelector parse(String selector) {
        if (selector == null) {
            throw new IllegalArgumentException("field selector must not be null (use \"\" for everything)");
        }
        List<String> terms = splitTerms(selector);
        terms.sort(Comparator.naturalOrder());
        List<FieldRequirement> result = new ArrayList<>();
        for (String term : terms) {
            if (term.isEmpty()) {
                continue;
            }
            FieldRequirement r = parseTerm(selector, term);
            if (!r.field().isEmpty() || !r.value().isEmpty()) {
                result.add(r);
            }
        }
        return result.isEmpty() ? EVERYTHING : new FieldSelector(List.copyOf(result), false);
    }

    /** The selector requiring every term, in the order of their printed form. */
    public static FieldSelector of(Collection<FieldRequirement> requirements) {
        List<FieldRequirement> sorted = sorted(requirements, BY_PRINTED_FORM, "field selector requirements");
        return sorted.isEmpty() ? EVERYTHING : new FieldSelector(sorted, false);
    }

    /** {@code field=value} for every entry. */
    public static FieldSelector fromMap(Map<String, String> fields) {
        if (fields == null) {
            throw new IllegalArgumentException("fields must not be null");
        }
        List<FieldRequirement> all = new ArrayList<>();
        fields.forEach((k, v) -> all.add(FieldRequirement.eq(k, v)));
        return of(all);
    }

    /** {@code field=value}. */
    public static FieldSelector eq(String field, String value) {
        return of(List.of(FieldRequirement.eq(field, value)));
    }

    /** {@code field!=value}. */
    public static FieldSelector notEq(String field, String value) {
        return of(List.of(FieldRequirement.notEq(field, value)));
    }

    /** This selector and more terms (Go's {@code AndSelectors}). */
    public FieldSelector and(FieldRequirement... more) {
        if (more == null) {
            throw new IllegalArgumentException("field selector requirements must not be null");
        }
        if (matchesNothing()) {
            return this;
        }
        List<FieldRequirement> all = new ArrayList<>(requirements());
        all.addAll(Arrays.asList(more));
        return of(all);
    }

    /** Whether the fields satisfy every term; a missing field counts as {@code ""}. */
    public boolean matches(Map<String, String> fields) {
        return allMatch(fields, "fields", FieldRequirement::matches);
    }

    /** The value a field must equal, if some {@code =} term pins it (Go's {@code RequiresExactMatch}). */
    public Optional<String> requiresExactMatch(String field) {
        for (FieldRequirement r : requirements()) {
            if (r.operator() == Operator.EQUALS && r.field().equals(field)) {
                return Optional.of(r.value());
            }
        }
        return Optional.empty();
    }

    /** Escapes {@code \}, {@code ,} and {@code =} with a backslash, as Go's {@code fields.EscapeValue}. */
    public static String escapeValue(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == ',' || c == '=') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Reverses {@link #escapeValue}.
     *
     * @throws IllegalArgumentException on an unknown escape sequence or an unescaped {@code ,} or {@code =}
     */
    public static String unescapeValue(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        boolean escaped = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (escaped) {
                if (c != '\\' && c != ',' && c != '=') {
                    throw new IllegalArgumentException("invalid field selector: invalid escape sequence '\\" + c
                            + "' in value \"" + value + "\"");
                }
                sb.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == ',' || c == '=') {
                throw new IllegalArgumentException("invalid field selector: unescaped '" + c + "' in value \""
                        + value + "\"");
            } else {
                sb.append(c);
            }
        }
        if (escaped) {
            throw new IllegalArgumentException("invalid field selector: value \"" + value
                    + "\" ends with an incomplete escape '\\'");
        }
        return sb.toString();
    }

    /** Splits on commas that are not escaped with a backslash. */
    private static List<String> splitTerms(String selector) {
        List<String> terms = new ArrayList<>();
        if (selector.isEmpty()) {
            return terms;
        }
        int start = 0;
        boolean escaped = false;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == ',') {
                terms.add(selector.substring(start, i));
                start = i + 1;
            }
        }
        terms.add(selector.substring(start));
        return terms;
    }

    /** Splits a term at its first operator: {@code !=}, then {@code ==}, then {@code =}, at each position. */
    private static FieldRequirement parseTerm(String selector, String term) {
        for (int i = 0; i < term.length(); i++) {
            String op = term.startsWith("!=", i) ? "!=" : term.startsWith("==", i) ? "==" : term.startsWith("=", i)
                    ? "=" : null;
            if (op != null) {
                String field = term.substring(0, i);
                String value = unescapeValue(term.substring(i + op.length()));
                return new FieldRequirement(field, op.equals("!=") ? Operator.NOT_EQUALS : Operator.EQUALS, value);
            }
        }
        throw new IllegalArgumentException("invalid field selector \"" + selector + "\": can't understand '" + term
                + "' (expected field=value, field==value or field!=value)");
    }
}
