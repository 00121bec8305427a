package io.kube4j.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects an options object's query parameters in a stable order, skipping unset values. */
final class QueryParams {
    private final Map<String, String> params = new LinkedHashMap<>();

    QueryParams put(String name, Object value) {
        if (value != null) {
            params.put(name, value.toString());
        }
        return this;
    }

    QueryParams putIf(boolean condition, String name, String value) {
        if (condition) {
            params.put(name, value);
        }
        return this;
    }

    Map<String, String> build() {
        return Collections.unmodifiableMap(params);
    }
}
