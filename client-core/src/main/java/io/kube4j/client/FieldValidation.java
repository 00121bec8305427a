package io.kube4j.client;

/** How the server treats unknown or duplicate fields in a write ({@code fieldValidation}). */
public enum FieldValidation {
    /** Drop unknown fields silently. */
    IGNORE("Ignore"),
    /** Drop unknown fields and answer with a {@code Warning} header for each. */
    WARN("Warn"),
    /** Reject the request with 422 Invalid. */
    STRICT("Strict");

    private final String wireValue;

    FieldValidation(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The query value, e.g. {@code "Strict"}. */
    public String wireValue() {
        return wireValue;
    }
}
