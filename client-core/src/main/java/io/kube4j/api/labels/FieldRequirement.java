package io.kube4j.api.labels;

import java.util.Map;

/**
 * One term of a {@link FieldSelector}: a field, {@link Operator#EQUALS} or {@link Operator#NOT_EQUALS}, and a
 * value, as apimachinery's {@code fields.Requirement}.
 *
 * @param field the field path, such as {@code metadata.name} or {@code status.phase}
 * @param operator {@link Operator#EQUALS} or {@link Operator#NOT_EQUALS}
 * @param value the value, unescaped
 */
public record FieldRequirement(String field, Operator operator, String value) {
    public FieldRequirement {
        if (field == null || value == null) {
            throw new IllegalArgumentException("field selector field and value must not be null");
        }
        if (operator != Operator.EQUALS && operator != Operator.NOT_EQUALS) {
            throw new IllegalArgumentException("field selectors support only = and != (got " + operator + ")");
        }
    }

    /** {@code field=value}. */
    public static FieldRequirement eq(String field, String value) {
        return new FieldRequirement(field, Operator.EQUALS, value);
    }

    /** {@code field!=value}. */
    public static FieldRequirement notEq(String field, String value) {
        return new FieldRequirement(field, Operator.NOT_EQUALS, value);
    }

    /** Whether the fields satisfy this term; a missing field counts as {@code ""}, as in Go. */
    public boolean matches(Map<String, String> fields) {
        String actual = fields.getOrDefault(field, "");
        return operator == Operator.EQUALS ? actual.equals(value) : !actual.equals(value);
    }

    /** {@code field=value} or {@code field!=value}, with {@code \ , =} in the value escaped. */
    @Override
    public String toString() {
        return field + (operator == Operator.EQUALS ? "=" : "!=") + FieldSelector.escapeValue(value);
    }
}
