package io.kube4j.api.resource;

import io.kube4j.api.resource.Quantity.Format;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Kubernetes' canonical form (apimachinery's {@code CanonicalizeBytes}): no fractional digits, no
 * precision lost, the largest suffix of the quantity's format that allows both.
 */
final class QuantityFormatter {
    private static final String[] DECIMAL_SUFFIXES = {"n", "u", "m", "", "k", "M", "G", "T", "P", "E"};
    private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    private static final BigInteger KI = BigInteger.valueOf(1024);
    private static final BigDecimal BINARY_THRESHOLD = BigDecimal.valueOf(1024);

    private QuantityFormatter() {
    }

    static String canonical(BigDecimal value, Format format) {
        if (value.signum() == 0) {
            return "0";
        }
        if (format == Format.BINARY_SI) {
            // Small or fractional binary values are shown as DecimalSI rather than rounded.
            if (value.abs().compareTo(BINARY_THRESHOLD) < 0 || !isInteger(value)) {
                return decimal(value, Format.DECIMAL_SI);
            }
            return binary(value.toBigIntegerExact());
        }
        return decimal(value, format);
    }

    private static String decimal(BigDecimal value, Format format) {
        BigDecimal stripped = value.stripTrailingZeros();
        BigInteger mantissa = stripped.unscaledValue();
        long exponent = -(long) stripped.scale();
        // Lower the exponent to a multiple of three, moving the factor into the mantissa.
        int down = (int) Math.floorMod(exponent, 3L);
        if (down > 0) {
            mantissa = mantissa.multiply(BigInteger.TEN.pow(down));
            exponent -= down;
        }
        if (format == Format.DECIMAL_EXPONENT) {
            return exponent == 0 ? mantissa.toString() : mantissa + "e" + exponent;
        }
        if (exponent > 18) {
            // Beyond "E" Go emits the bare mantissa, silently changing the value; keep the value instead.
            mantissa = mantissa.multiply(BigInteger.TEN.pow((int) (exponent - 18)));
            exponent = 18;
        }
        // Values are multiples of 1n, so the exponent is never below -9.
        return mantissa + DECIMAL_SUFFIXES[(int) (exponent / 3) + 3];
    }

    private static String binary(BigInteger value) {
        BigInteger mantissa = value;
        int exponent = 0;
        while (exponent < BINARY_SUFFIXES.length - 1) {
            BigInteger[] qr = mantissa.divideAndRemainder(KI);
            if (qr[1].signum() != 0) {
                break;
            }
            mantissa = qr[0];
            exponent++;
        }
        return mantissa + BINARY_SUFFIXES[exponent];
    }

    private static boolean isInteger(BigDecimal value) {
        return value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
