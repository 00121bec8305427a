package io.kube4j.dynamic.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.kube4j.api.codec.CodecException;
import io.kube4j.api.codec.Codecs;
import io.kube4j.api.codec.JsonValues;
import io.kube4j.api.internal.Frozen;
import io.kube4j.api.internal.FrozenList;
import io.kube4j.api.internal.FrozenMap;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads free-form JSON into frozen values with Kubernetes' number rule: a number with an integral value is an
 * integer ({@code Integer}, {@code Long} or {@code BigInteger}, the smallest that fits) even when written
 * {@code 2.0} or {@code 1e3}, as the API server and client-go treat it (they re-encode such a float64 as
 * {@code 2}); only numbers with a real fraction are {@code Double}. Everything else as {@link JsonValues}.
 */
public final class ExactJson {
    private static final double EXACT_LONG_LIMIT = 0x1p53;
    private static final int MAX_INTEGER_DIGITS = 400;

    private ExactJson() {
    }

    /** Reads the value at the current token. */
    public static Object read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT) {
            return readObject(p);
        }
        if (t == JsonToken.START_ARRAY) {
            return readArray(p);
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            return fraction(p);
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            switch (p.getNumberType()) {
                case INT:
                    return p.getIntValue();
                case LONG:
                    return Frozen.number(p.getLongValue()); // a token buffer may hold a small value as long
                default:
                    return Frozen.number(p.getBigIntegerValue());
            }
        }
        return JsonValues.read(p);
    }

    /** Reads an object whose first token is current; an empty map for a parser already on its end. */
    public static Map<String, Object> readObject(JsonParser p) throws IOException {
        Object[] kv = null;
        int n = 0;
        for (String name = Codecs.firstField(p); name != null; name = p.nextFieldName()) {
            p.nextToken();
            if (kv == null) {
                kv = new Object[8];
            } else if (n == kv.length) {
                kv = Arrays.copyOf(kv, n * 2);
            }
            kv[n++] = name;
            kv[n++] = read(p);
        }
        Codecs.endObject(p);
        return kv == null ? FrozenMap.empty() : FrozenMap.adopt(kv, n / 2);
    }

    private static List<Object> readArray(JsonParser p) throws IOException {
        Object[] items = null;
        int n = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw CodecException.expected(p, "',' or ']'");
            }
            if (items == null) {
                items = new Object[4];
            } else if (n == items.length) {
                items = Arrays.copyOf(items, n * 2);
            }
            items[n++] = read(p);
        }
        return items == null ? FrozenList.empty() : FrozenList.adopt(items, n);
    }

    private static Object fraction(JsonParser p) throws IOException {
        double d = p.getDoubleValue();
        if (d == Math.rint(d) && Math.abs(d) < EXACT_LONG_LIMIT) {
            return Frozen.number((long) d);
        }
        if (Double.isFinite(d) && d != Math.rint(d)) {
            return d;
        }
        BigDecimal exact = p.getDecimalValue();
        if (exact.precision() - exact.scale() <= MAX_INTEGER_DIGITS) {
            try {
                return Frozen.number(exact.toBigIntegerExact());
            } catch (ArithmeticException notIntegral) {
                // a fraction beyond double's range
            }
        }
        return Double.isFinite(d) ? (Object) d : exact;
    }

    /** Applies the integral-number rule to a number given in Java ({@code 2.0} becomes {@code 2}). */
    public static Number number(Number n) {
        Number canonical = Frozen.number(n);
        if (canonical instanceof Double) {
            double d = (Double) canonical;
            if (d == Math.rint(d) && Math.abs(d) < EXACT_LONG_LIMIT) {
                return Frozen.number((long) d);
            }
        } else if (canonical instanceof BigDecimal) {
            BigDecimal b = (BigDecimal) canonical;
            if (b.precision() - b.scale() <= MAX_INTEGER_DIGITS) {
                try {
                    return Frozen.number(b.toBigIntegerExact());
                } catch (ArithmeticException notIntegral) {
                    return b;
                }
            }
        }
        return canonical;
    }
}
