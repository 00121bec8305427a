package io.kube4j.api.labels;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One condition of a {@link LabelSelector}: a key, an {@link Operator} and a set of values, validated as
 * apimachinery's {@code labels.NewRequirement} does. Values are kept sorted and without duplicates. Immutable.
 */
public final class Requirement {
    private final String key;
    private final Operator operator;
    private final List<String> values;

    private Requirement(String key, Operator operator, List<String> values) {
        this.key = key;
        this.operator = operator;
        this.values = values;
    }

    /**
     * A validated requirement: {@code in}/{@code notin} need at least one value, {@code =}, {@code ==},
     * {@code !=}, {@code gt} and {@code lt} exactly one ({@code gt}/{@code lt} an integer), and {@code exists}
     * and {@code !} none; the key must be a valid label key and every value a valid label value.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static Requirement of(String key, Operator operator, Collection<String> values) {
        if (operator == null) {
            throw new IllegalArgumentException("label selector operator must not be null");
        }
        if (values == null) {
            throw new IllegalArgumentException("label selector values must not be null (use an empty list)");
        }
        Optional<String> keyProblem = LabelValidation.keyProblem(key);
        if (keyProblem.isPresent()) {
            throw new IllegalArgumentException("invalid label key \"" + key + "\": " + keyProblem.get());
        }
        checkValueCount(key, operator, values.size());
        TreeSet<String> sorted = new TreeSet<>();
        for (String value : values) {
            Optional<String> problem = LabelValidation.valueProblem(value);
            if (problem.isPresent()) {
                throw new IllegalArgumentException("invalid value \"" + value + "\" for label \"" + key + "\": "
                        + problem.get());
            }
            if ((operator == Operator.GREATER_THAN || operator == Operator.LESS_THAN) && parseLong(value) == null) {
                throw new IllegalArgumentException("invalid value \"" + value + "\" for label \"" + key + "\": for '"
                        + operator.symbol() + "' the value must be an integer");
            }
            sorted.add(value);
        }
        return new Requirement(key, operator, List.copyOf(sorted));
    }

    /** Same as {@link #of(String, Operator, Collection)}. */
    public static Requirement of(String key, Operator operator, String... values) {
        if (values == null) {
            throw new IllegalArgumentException("label selector values must not be null (use no values)");
        }
        return of(key, operator, Arrays.asList(values));
    }

    /** The label key. */
    public String key() {
        return key;
    }

    /** The operator. */
    public Operator operator() {
        return operator;
    }

    /** The values, sorted, without duplicates; empty for {@code exists} and {@code !}. */
    public List<String> values() {
        return values;
    }

    /** Whether a set of labels satisfies this requirement. */
    public boolean matches(Map<String, String> labels) {
        String actual = labels.get(key);
        switch (operator) {
            case IN:
            case EQUALS:
            case DOUBLE_EQUALS:
                return actual != null && values.contains(actual);
            case NOT_IN:
            case NOT_EQUALS:
                return actual == null || !values.contains(actual);
            case EXISTS:
                return labels.containsKey(key);
            case DOES_NOT_EXIST:
                return !labels.containsKey(key);
            case GREATER_THAN:
            case LESS_THAN:
                Long have = actual == null ? null : parseLong(actual);
                if (have == null) {
                    return false;
                }
                long want = parseLong(values.get(0));
                return operator == Operator.GREATER_THAN ? have > want : have < want;
            default:
                throw new AssertionError(operator);
        }
    }

    /** The selector syntax of this requirement, as Go prints it: {@code tier in (a,b)}, {@code !x}, {@code a>1}. */
    @Override
    public String toString() {
        String joined = String.join(",", values);
        switch (operator) {
            case IN: return key + " in (" + joined + ")";
            case NOT_IN: return key + " notin (" + joined + ")";
            case EQUALS: return key + "=" + joined;
            case DOUBLE_EQUALS: return key + "==" + joined;
            case NOT_EQUALS: return key + "!=" + joined;
            case EXISTS: return key;
            case DOES_NOT_EXIST: return "!" + key;
            case GREATER_THAN: return key + ">" + joined;
            case LESS_THAN: return key + "<" + joined;
            default: throw new AssertionError(operator);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Requirement r && key.equals(r.key) && operator == r.operator && values.equals(r.values);
    }

    @Override
    public int hashCode() {
        return (key.hashCode() * 31 + operator.hashCode()) * 31 + values.hashCode();
    }

    private static void checkValueCount(String key, Operator operator, int count) {
        String problem = null;
        switch (operator) {
            case IN:
            case NOT_IN:
                if (count == 0) {
                    problem = "for 'in', 'notin' operators, values set can't be empty";
                }
                break;
            case EQUALS:
            case DOUBLE_EQUALS:
            case NOT_EQUALS:
                if (count != 1) {
                    problem = "exact-match compatibility requires one single value";
                }
                break;
            case EXISTS:
            case DOES_NOT_EXIST:
                if (count != 0) {
                    problem = "values set must be empty for exists and does not exist";
                }
                break;
            case GREATER_THAN:
            case LESS_THAN:
                if (count != 1) {
                    problem = "for 'gt', 'lt' operators, exactly one value is required";
                }
                break;
            default:
                throw new AssertionError(operator);
        }
        if (problem != null) {
            throw new IllegalArgumentException("invalid requirement for label \"" + key + "\": " + problem
                    + " (got " + count + ")");
        }
    }

    /** Go's {@code strconv.ParseInt(s, 10, 64)}: optional sign, decimal digits, in range; otherwise null. */
    static Long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
