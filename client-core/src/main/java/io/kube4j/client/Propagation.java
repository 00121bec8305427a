package io.kube4j.client;

/** How a delete treats the object's dependents ({@code propagationPolicy}). */
public enum Propagation {
    /** Dependents are left in place with their owner reference removed. */
    ORPHAN("Orphan"),
    /** The owner is deleted now; the garbage collector deletes dependents afterwards. */
    BACKGROUND("Background"),
    /** The owner stays (with a finalizer) until every blocking dependent is deleted. */
    FOREGROUND("Foreground");

    private final String wireValue;

    Propagation(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value the API expects, e.g. {@code "Foreground"}. */
    public String wireValue() {
        return wireValue;
    }
}
