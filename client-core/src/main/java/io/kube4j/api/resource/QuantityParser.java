package io.kube4j.api.resource;

import io.kube4j.api.resource.Quantity.Format;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Parses the quantity grammar of apimachinery's {@code ParseQuantity}:
 * {@code [+-] digits [. digits] suffix}, where the suffix is a binary SI suffix ({@code Ki … Ei}),
 * a decimal SI suffix ({@code n u m "" k M G T P E}) or a decimal exponent ({@code e3}, {@code E-3}).
 */
final class QuantityParser {
    private static final BigDecimal MAX_INT64 = BigDecimal.valueOf(Long.MAX_VALUE);
    /** The smallest representable step: values are rounded up (away from zero) to nanos. */
    private static final int NANO_SCALE = 9;

    private QuantityParser() {
    }

    static Quantity parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("quantity must not be null");
        }
        if (text.isEmpty()) {
            throw invalid(text, "empty string");
        }
        int end = text.length();
        int pos = 0;
        boolean negative = false;
        char first = text.charAt(0);
        if (first == '-' || first == '+') {
            negative = first == '-';
            pos++;
        }
        int intStart = pos;
        while (pos < end && isDigit(text.charAt(pos))) {
            pos++;
        }
        int intEnd = pos;
        int fracStart = pos;
        int fracEnd = pos;
        if (pos < end && text.charAt(pos) == '.') {
            fracStart = ++pos;
            while (pos < end && isDigit(text.charAt(pos))) {
                pos++;
            }
            fracEnd = pos;
        }
        // Go accepts "Gi", "." or "-" as zero; the published Quantity pattern requires a digit, and so do we.
        if (intEnd == intStart && fracEnd == fracStart) {
            throw invalid(text, "expected a number before the suffix");
        }
        String suffix = text.substring(pos);
        checkSuffixShape(text, suffix);
        Suffix parsed = interpret(text, suffix);

        String intDigits = stripLeadingZeros(text.substring(intStart, intEnd));
        String fracDigits = text.substring(fracStart, fracEnd);
        BigDecimal value = exactValue(text, intDigits, fracDigits, parsed, negative);
        Format format = parsed.format;
        if (value.scale() > NANO_SCALE) {
            // Ask for some resource, get some resource: round away from zero to 1n.
            value = value.setScale(NANO_SCALE, RoundingMode.UP);
        }
        if (format == Format.BINARY_SI) {
            if (value.abs().compareTo(MAX_INT64) > 0) {
                value = negative ? MAX_INT64.negate() : MAX_INT64;
            }
            if (value.signum() != 0 && value.abs().compareTo(BigDecimal.ONE) < 0) {
                format = Format.DECIMAL_SI;
            }
        }
        String keep = keptSpelling(text, intDigits, fracDigits, parsed);
        return new Quantity(value, format, keep);
    }

    /** Suffix letters, then an optional sign, then digits, then the end: the shape Go's scanner accepts. */
    private static void checkSuffixShape(String text, String suffix) {
        int i = 0;
        int n = suffix.length();
        while (i < n && "eEinumkKMGTP".indexOf(suffix.charAt(i)) >= 0) {
            i++;
        }
        if (i < n && (suffix.charAt(i) == '+' || suffix.charAt(i) == '-')) {
            i++;
        }
        while (i < n && isDigit(suffix.charAt(i))) {
            i++;
        }
        if (i < n) {
            int at = text.length() - n + i;
            throw invalid(text, "unexpected character '" + text.charAt(at) + "' at position " + at);
        }
    }

    private record Suffix(int base, int exponent, Format format) {
    }

    private static Suffix interpret(String text, String suffix) {
        switch (suffix) {
            case "": return new Suffix(10, 0, Format.DECIMAL_SI);
            case "n": return new Suffix(10, -9, Format.DECIMAL_SI);
            case "u": return new Suffix(10, -6, Format.DECIMAL_SI);
            case "m": return new Suffix(10, -3, Format.DECIMAL_SI);
            case "k": return new Suffix(10, 3, Format.DECIMAL_SI);
            case "M": return new Suffix(10, 6, Format.DECIMAL_SI);
            case "G": return new Suffix(10, 9, Format.DECIMAL_SI);
            case "T": return new Suffix(10, 12, Format.DECIMAL_SI);
            case "P": return new Suffix(10, 15, Format.DECIMAL_SI);
            case "E": return new Suffix(10, 18, Format.DECIMAL_SI);
            case "Ki": return new Suffix(2, 10, Format.BINARY_SI);
            case "Mi": return new Suffix(2, 20, Format.BINARY_SI);
            case "Gi": return new Suffix(2, 30, Format.BINARY_SI);
            case "Ti": return new Suffix(2, 40, Format.BINARY_SI);
            case "Pi": return new Suffix(2, 50, Format.BINARY_SI);
            case "Ei": return new Suffix(2, 60, Format.BINARY_SI);
            default:
                break;
        }
        if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
            String exp = suffix.substring(1);
            try {
                return new Suffix(10, Integer.parseInt(exp), Format.DECIMAL_EXPONENT);
            } catch (NumberFormatException e) {
                boolean number = exp.matches("[+-]?[0-9]+");
                throw invalid(text, number ? "exponent '" + exp + "' out of range" : "unknown suffix '" + suffix + "'");
            }
        }
        throw invalid(text, "unknown suffix '" + suffix + "' (expected one of n u m k M G T P E Ki Mi Gi Ti Pi Ei"
                + " or an exponent like e3)");
    }

    private static BigDecimal exactValue(String text, String intDigits, String fracDigits, Suffix suffix,
            boolean negative) {
        String digits = intDigits + fracDigits;
        BigInteger unscaled = digits.length() <= 18 ? BigInteger.valueOf(digits.isEmpty() ? 0 : Long.parseLong(digits))
                : new BigInteger(digits);
        if (negative) {
            unscaled = unscaled.negate();
        }
        try {
            BigDecimal value = new BigDecimal(unscaled, fracDigits.length());
            if (suffix.base == 10) {
                return value.scaleByPowerOfTen(suffix.exponent);
            }
            return value.multiply(BigDecimal.valueOf(1L << suffix.exponent));
        } catch (ArithmeticException e) {
            throw invalid(text, "value out of range");
        }
    }

    /**
     * Go keeps the input text as the serialized form when its int64 fast path sees an already canonical
     * looking value (e.g. "100m", "+5", "1E3", "1.500k"); we keep it under exactly the same conditions
     * so that what we write back is what the API server would write.
     */
    private static String keptSpelling(String text, String intDigits, String fracDigits, Suffix suffix) {
        if (text.equals("0")) {
            return text;
        }
        String num = intDigits.isEmpty() ? "0" : intDigits;
        String shifted = num + fracDigits;
        if (suffix.format == Format.BINARY_SI) {
            if (!fracDigits.isEmpty()) {
                return null;
            }
            int precision = 15 - num.length() - suffix.exponent * 3 / 10 - 1;
            if (precision < 0) {
                return null;
            }
            long value = Long.parseLong(num);
            return (value & 0x07) != 0 ? text : null;
        }
        int precision = 18 - shifted.length();
        long scale = (long) suffix.exponent - fracDigits.length();
        if (precision < 0 || scale < -NANO_SCALE) {
            return null;
        }
        boolean canonicalLooking = scale % 3 == 0 && !shifted.endsWith("000") && shifted.charAt(0) != '0';
        return canonicalLooking ? text : null;
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("invalid quantity \"" + text + "\": " + why
                + "; quantities look like 100m, 1.5, 512Mi, 2Gi, 1e3");
    }
}
