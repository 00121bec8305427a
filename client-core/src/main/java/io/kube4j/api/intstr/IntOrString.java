package io.kube4j.api.intstr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigInteger;

/**
 * A value that is either a 32-bit integer or a string, written to JSON as a number or a string
 * (ports such as {@code 8080} or {@code "http"}, rollout limits such as {@code 1} or {@code "25%"});
 * the equivalent of apimachinery's {@code intstr.IntOrString}. Immutable.
 */
public final class IntOrString {
    private final Integer intValue;
    private final String strValue;

    private IntOrString(Integer intValue, String strValue) {
        this.intValue = intValue;
        this.strValue = strValue;
    }

    /** An integer value. */
    public static IntOrString of(int value) {
        return new IntOrString(value, null);
    }

    /** A string value, kept as a string even if it looks like a number (Go's {@code FromString}). */
    public static IntOrString of(String value) {
        if (value == null) {
            throw new IllegalArgumentException("IntOrString string value must not be null");
        }
        return new IntOrString(null, value);
    }

    /** An integer if {@code value} is a decimal int32, otherwise a string (Go's {@code intstr.Parse}). */
    public static IntOrString parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("IntOrString value must not be null");
        }
        try {
            return of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return of(value);
        }
    }

    /** JSON creator: a JSON integer in int32 range or a JSON string. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static IntOrString fromJson(Object json) {
        if (json instanceof String s) {
            return of(s);
        }
        if (json instanceof Integer i) {
            return of(i);
        }
        if (json instanceof Long || json instanceof BigInteger || json instanceof Short || json instanceof Byte) {
            BigInteger big = new BigInteger(json.toString());
            if (big.bitLength() > 31) {
                throw new IllegalArgumentException("invalid IntOrString: " + json + " is out of the int32 range");
            }
            return of(big.intValue());
        }
        if (json instanceof Number) {
            throw new IllegalArgumentException("invalid IntOrString: " + json + " is not an integer");
        }
        String type = json == null ? "null" : json.getClass().getSimpleName();
        throw new IllegalArgumentException("invalid IntOrString: expected a JSON integer or string, got " + type);
    }

    /** Whether this holds an integer. */
    public boolean isInt() {
        return intValue != null;
    }

    /** Whether this holds a string. */
    public boolean isString() {
        return strValue != null;
    }

    /**
     * The integer.
     *
     * @throws IllegalStateException if this holds a string
     */
    public int intValue() {
        if (intValue == null) {
            throw new IllegalStateException("IntOrString holds the string \"" + strValue + "\", not an integer");
        }
        return intValue;
    }

    /**
     * The string.
     *
     * @throws IllegalStateException if this holds an integer
     */
    public String strValue() {
        if (strValue == null) {
            throw new IllegalStateException("IntOrString holds the integer " + intValue + ", not a string");
        }
        return strValue;
    }

    /** The JSON value: an {@link Integer} or a {@link String}. */
    @JsonValue
    public Object value() {
        return intValue != null ? intValue : strValue;
    }

    /**
     * Resolves an absolute or percentage value against {@code total}, like Go's
     * {@code GetScaledValueFromIntOrPercent}: an integer is returned as is; {@code "25%"} of 10 is 3 when
     * rounding up and 2 when rounding down.
     *
     * @throws IllegalArgumentException if this holds a string that is not an integer followed by {@code %}
     */
    public int scaledValue(int total, boolean roundUp) {
        if (intValue != null) {
            return intValue;
        }
        if (!strValue.endsWith("%")) {
            throw new IllegalArgumentException("invalid value for IntOrString: \"" + strValue
                    + "\" is neither an integer nor a percentage like \"25%\"");
        }
        String digits = strValue.substring(0, strValue.length() - 1);
        long percent;
        try {
            percent = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid value for IntOrString: \"" + strValue
                    + "\" is not an integer percentage like \"25%\"");
        }
        long product = percent * total;
        long scaled = roundUp ? -Math.floorDiv(-product, 100) : Math.floorDiv(product, 100);
        if (scaled != (int) scaled) {
            throw new ArithmeticException(strValue + " of " + total + " does not fit an int");
        }
        return (int) scaled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntOrString other && value().equals(other.value());
    }

    @Override
    public int hashCode() {
        return value().hashCode();
    }

    /** The integer in decimal or the string, as Go's {@code String()}. */
    @Override
    public String toString() {
        return intValue != null ? intValue.toString() : strValue;
    }
}
