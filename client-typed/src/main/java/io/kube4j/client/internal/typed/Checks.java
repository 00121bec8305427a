package io.kube4j.client.internal.typed;

/** Argument checks shared by the generated typed clients. */
public final class Checks {
    private Checks() {
    }

    /** A namespace for a namespaced client: neither null nor empty. */
    public static String namespace(String namespace) {
        if (namespace == null || namespace.isEmpty()) {
            throw new IllegalArgumentException("a namespace is required (use the all-namespaces view to list or"
                    + " watch every namespace)");
        }
        return namespace;
    }
}
