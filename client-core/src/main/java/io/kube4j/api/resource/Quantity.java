package io.kube4j.api.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.OptionalLong;

/**
 * A fixed-point amount with a unit suffix, as Kubernetes writes resource amounts ({@code 100m},
 * {@code 512Mi}, {@code 1.5}, {@code 1e3}); the equivalent of apimachinery's {@code resource.Quantity}.
 *
 * <p>Parsing and printing follow Go exactly: the value is exact (never a floating point number),
 * amounts finer than {@code 1n} are rounded up away from zero, binary amounts are capped at
 * 2<sup>63</sup>-1, the suffix family of the input (binary SI, decimal SI, decimal exponent) is
 * remembered, and {@link #toString()} prints the canonical form in that family ({@code 1.5Gi} →
 * {@code 1536Mi}, {@code 0.5} → {@code 500m}). Like Go, an input that already looks canonical is
 * printed back as written ({@code +5}, {@code 1E3}); {@link #toCanonicalString()} never does that.
 *
 * <p>Equality is numeric, as Go's {@code Equal}: {@code 1Gi} equals {@code 1073741824}, although
 * they print differently. Instances are immutable; arithmetic returns new instances.
 */
public final class Quantity implements Comparable<Quantity> {
    /** The suffix family used when printing. */
    public enum Format {
        /** Powers of 1024: {@code Ki Mi Gi Ti Pi Ei}. */
        BINARY_SI,
        /** Powers of 1000: {@code n u m "" k M G T P E}. */
        DECIMAL_SI,
        /** Scientific notation with exponents that are multiples of three: {@code 12e6}. */
        DECIMAL_EXPONENT
    }

    /** Zero, printed {@code "0"}. */
    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO, Format.DECIMAL_SI, "0");

    private static final int NANO_SCALE = 9;

    private final BigDecimal value;
    private final Format format;
    /** The input text when Go would reuse it as the serialized form; otherwise null. */
    private final String kept;
    private String canonical;
    private int hash;

    Quantity(BigDecimal value, Format format, String kept) {
        this.value = value;
        this.format = format;
        this.kept = kept;
    }

    /**
     * Parses a quantity such as {@code 250m}, {@code 1.5Gi}, {@code -2k} or {@code 1e-3}.
     *
     * @throws IllegalArgumentException naming the input if it is not a valid quantity
     */
    public static Quantity parse(String text) {
        return QuantityParser.parse(text);
    }

    /** The integer {@code value} in the given format: {@code of(1024, BINARY_SI)} prints {@code 1Ki}. */
    public static Quantity of(long value, Format format) {
        return new Quantity(BigDecimal.valueOf(value), requireFormat(format), null);
    }

    /** {@code value / 1000} in the given format: {@code ofMilli(1500, DECIMAL_SI)} prints {@code 1500m}. */
    public static Quantity ofMilli(long value, Format format) {
        return new Quantity(BigDecimal.valueOf(value, 3), requireFormat(format), null);
    }

    /** An arbitrary decimal amount, rounded up (away from zero) to a multiple of {@code 1n}. */
    public static Quantity of(BigDecimal value, Format format) {
        if (value == null) {
            throw new IllegalArgumentException("quantity value must not be null");
        }
        return new Quantity(roundToNano(value), requireFormat(format), null);
    }

    /**
     * JSON creator: a quantity is written as a string, but a JSON number is accepted too (surrounding
     * whitespace in strings is ignored, as Go's decoder does).
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Quantity fromJson(Object json) {
        if (json instanceof String s) {
            return parse(s.strip());
        }
        if (json instanceof Integer || json instanceof Long || json instanceof Short || json instanceof Byte
                || json instanceof BigInteger) {
            return parse(json.toString());
        }
        if (json instanceof BigDecimal d) {
            return parse(d.toString());
        }
        if (json instanceof Double || json instanceof Float) {
            double d = ((Number) json).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("invalid quantity: " + json + " is not a finite number");
            }
            return parse(json instanceof Float ? new BigDecimal(json.toString()).toString()
                    : BigDecimal.valueOf(d).toString());
        }
        String type = json == null ? "null" : json.getClass().getSimpleName();
        throw new IllegalArgumentException("invalid quantity: expected a JSON string or number, got " + type);
    }

    /** The suffix family this quantity prints in. */
    public Format format() {
        return format;
    }

    /** The serialized form, exactly as Go's {@code Quantity.String()} and the API server write it. */
    @JsonValue
    @Override
    public String toString() {
        return kept != null ? kept : toCanonicalString();
    }

    /** The canonical form computed from the value and format, ignoring how the input was spelled. */
    public String toCanonicalString() {
        String s = canonical;
        if (s == null) {
            s = QuantityFormatter.canonical(value, format);
            canonical = s;
        }
        return s;
    }

    /** The exact value. */
    public BigDecimal asBigDecimal() {
        return value;
    }

    /** The value as a double, possibly losing precision (infinite if out of range). */
    public double asApproximateDouble() {
        return value.doubleValue();
    }

    /** The value if it is an integer that fits a long, like Go's {@code AsInt64}; otherwise empty. */
    public OptionalLong asLong() {
        if (integerDigits() > 19) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(value.longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The value rounded up away from zero to an integer, like Go's {@code Value()}: {@code 100m} → 1.
     *
     * @throws ArithmeticException if the result does not fit a long
     */
    public long value() {
        return scaled(0);
    }

    /**
     * The value in thousandths rounded up away from zero, like Go's {@code MilliValue()}: {@code 1.5} → 1500.
     *
     * @throws ArithmeticException if the result does not fit a long
     */
    public long milliValue() {
        return scaled(3);
    }

    /** -1, 0 or 1 as the value is negative, zero or positive. */
    public int signum() {
        return value.signum();
    }

    /** Whether the value is zero. */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /** This plus {@code other}; the format is this one's, or {@code other}'s if this is zero (as in Go). */
    public Quantity add(Quantity other) {
        requireOther(other);
        return new Quantity(value.add(other.value), isZero() ? other.format : format, null);
    }

    /** This minus {@code other}; the format is this one's, or {@code other}'s if this is zero (as in Go). */
    public Quantity sub(Quantity other) {
        requireOther(other);
        return new Quantity(value.subtract(other.value), isZero() ? other.format : format, null);
    }

    /** This times {@code factor}, in this format. */
    public Quantity mul(long factor) {
        return new Quantity(value.multiply(BigDecimal.valueOf(factor)), format, null);
    }

    /** The negated value, in this format. */
    public Quantity neg() {
        return new Quantity(value.negate(), format, null);
    }

    /** Numeric comparison; the format is ignored. */
    @Override
    public int compareTo(Quantity other) {
        requireOther(other);
        return value.compareTo(other.value);
    }

    /** Numeric equality, like Go's {@code Equal}: {@code 1Gi} equals {@code 1073741824}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity q && value.compareTo(q.value) == 0;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = value.stripTrailingZeros().hashCode();
            hash = h;
        }
        return h;
    }

    private long scaled(int decimals) {
        if (integerDigits() + decimals > 20) {
            throw overflow(decimals);
        }
        try {
            return value.movePointRight(decimals).setScale(0, RoundingMode.UP).longValueExact();
        } catch (ArithmeticException e) {
            throw overflow(decimals);
        }
    }

    /** An upper bound of the number of digits before the decimal point, without expanding the value. */
    private long integerDigits() {
        return (long) value.precision() - value.scale();
    }

    private ArithmeticException overflow(int decimals) {
        return new ArithmeticException("quantity " + this + (decimals == 0 ? "" : " in thousandths")
                + " does not fit a long");
    }

    private static BigDecimal roundToNano(BigDecimal value) {
        return value.scale() > NANO_SCALE ? value.setScale(NANO_SCALE, RoundingMode.UP) : value;
    }

    private static Format requireFormat(Format format) {
        if (format == null) {
            throw new IllegalArgumentException("quantity format must not be null");
        }
        return format;
    }

    private static void requireOther(Quantity other) {
        if (other == null) {
            throw new IllegalArgumentException("other quantity must not be null");
        }
    }
}
