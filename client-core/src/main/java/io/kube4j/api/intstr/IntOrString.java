package io.kube4j.api.intstr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * PLACEHOLDER so the generated models compile on the codegen branch; the types branch owns the real
 * implementation. Only the API the generated code uses is here.
 */
public final class IntOrString {
    private final Integer intValue;
    private final String strValue;

    private IntOrString(Integer intValue, String strValue) {
        this.intValue = intValue;
        this.strValue = strValue;
    }

    public static IntOrString of(int value) {
        return new IntOrString(value, null);
    }

    public static IntOrString of(String value) {
        return new IntOrString(null, Objects.requireNonNull(value, "value"));
    }

    @JsonCreator
    static IntOrString fromJson(Object value) {
        if (value instanceof Integer) {
            return of((Integer) value);
        }
        if (value instanceof String) {
            return of((String) value);
        }
        throw new IllegalArgumentException("expected an int32 or a string");
    }

    public boolean isInt() {
        return intValue != null;
    }

    public int intValue() {
        if (intValue == null) {
            throw new IllegalStateException("not an int: " + strValue);
        }
        return intValue;
    }

    public String strValue() {
        if (strValue == null) {
            throw new IllegalStateException("not a string: " + intValue);
        }
        return strValue;
    }

    @JsonValue
    Object jsonValue() {
        return intValue != null ? intValue : strValue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntOrString && Objects.equals(((IntOrString) o).jsonValue(), jsonValue());
    }

    @Override
    public int hashCode() {
        return jsonValue().hashCode();
    }

    @Override
    public String toString() {
        return String.valueOf(jsonValue());
    }
}
