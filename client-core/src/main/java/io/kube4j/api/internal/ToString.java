package io.kube4j.api.internal;

import java.util.Collection;
import java.util.Map;

/**
 * Builds the {@code Name{field=value, ...}} strings of generated models: absent values and empty
 * collections are left out, byte arrays show only their length, and sensitive fields show only their keys.
 */
public final class ToString {
    private final StringBuilder out;
    private boolean first = true;

    private ToString(String typeName) {
        out = new StringBuilder(64).append(typeName).append('{');
    }

    /** Starts the string for a type. */
    public static ToString of(String typeName) {
        return new ToString(typeName);
    }

    /** Appends {@code name=value} unless the value is absent or an empty collection. */
    public ToString add(String name, Object value) {
        if (isAbsent(value)) {
            return this;
        }
        name(name);
        if (value instanceof byte[]) {
            out.append('[').append(((byte[]) value).length).append(" bytes]");
        } else {
            out.append(value);
        }
        return this;
    }

    /** Appends a sensitive field: a map shows its keys only, anything else shows {@code ***}. */
    public ToString addSecret(String name, Object value) {
        if (isAbsent(value)) {
            return this;
        }
        name(name);
        if (value instanceof Map) {
            out.append('{');
            boolean firstKey = true;
            for (Object key : ((Map<?, ?>) value).keySet()) {
                if (!firstKey) {
                    out.append(", ");
                }
                firstKey = false;
                out.append(key).append("=***");
            }
            out.append('}');
        } else {
            out.append("***");
        }
        return this;
    }

    private void name(String name) {
        if (!first) {
            out.append(", ");
        }
        first = false;
        out.append(name).append('=');
    }

    private static boolean isAbsent(Object value) {
        return value == null
                || value instanceof Collection && ((Collection<?>) value).isEmpty()
                || value instanceof Map && ((Map<?, ?>) value).isEmpty();
    }

    @Override
    public String toString() {
        return out.append('}').toString();
    }
}
