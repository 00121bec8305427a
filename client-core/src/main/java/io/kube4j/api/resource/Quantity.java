package io.kube4j.api.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * PLACEHOLDER so the generated models compile on the codegen branch; the types branch owns the real
 * implementation (Kubernetes' exact parsing and canonical form). Only the API the generated code uses is here.
 */
public final class Quantity {
    private final String text;

    private Quantity(String text) {
        this.text = text;
    }

    /** Parses a quantity such as {@code 100m} or {@code 2Gi}. */
    @JsonCreator
    public static Quantity parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("quantity must not be empty");
        }
        return new Quantity(text.trim());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity && ((Quantity) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @JsonValue
    @Override
    public String toString() {
        return text;
    }
}
