package io.kube4j.codegen.model;

/**
 * The API resource a kind is served as; generated models of served kinds carry it as
 * {@code @io.kube4j.api.KubeResource}.
 *
 * @param gvk        the kind
 * @param plural     the resource name in URLs
 * @param namespaced the scope
 * @param listClass  the qualified list class, or {@code null} when the kind has none (create-only kinds)
 */
public record ResourceRef(Gvk gvk, String plural, boolean namespaced, String listClass) {
}
