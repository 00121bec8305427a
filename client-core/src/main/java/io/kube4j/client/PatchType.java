package io.kube4j.client;

/** The patch formats the API server accepts, with their {@code Content-Type}. */
public enum PatchType {
    /** RFC 6902 JSON patch: a list of operations. */
    JSON("application/json-patch+json"),
    /** RFC 7386 JSON merge patch. */
    MERGE("application/merge-patch+json"),
    /** Kubernetes strategic merge patch (built-in types only, not custom resources). */
    STRATEGIC_MERGE("application/strategic-merge-patch+json"),
    /** Server-side apply: the body is the full intent of a field manager. */
    APPLY("application/apply-patch+yaml");

    private final String contentType;

    PatchType(String contentType) {
        this.contentType = contentType;
    }

    /** The {@code Content-Type} header value for this patch format. */
    public String contentType() {
        return contentType;
    }
}
