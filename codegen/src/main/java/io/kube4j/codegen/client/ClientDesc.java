package io.kube4j.codegen.client;

import io.kube4j.codegen.model.Gvk;
import io.kube4j.codegen.model.TypeRef;
import java.util.List;
import java.util.SortedSet;

/**
 * One typed resource client to generate: the resource, its Java types and the verbs and subresources the
 * source (the spec's paths or a CRD) says it has.
 *
 * @param javaPackage  e.g. {@code io.kube4j.client.core.v1}
 * @param className    e.g. {@code PodClient}
 * @param accessor     the group-version client's method, e.g. {@code pods}
 * @param gvk          the kind
 * @param plural       the resource name in URLs
 * @param namespaced   the scope
 * @param model        the kind's model class
 * @param list         the list model class, or {@code null} (then lists decode as {@code GenericKubernetesList})
 * @param verbs        discovery verbs: get, list, watch, create, update, patch, delete, deletecollection
 * @param subresources subresources with at least one non-connect verb, plus exec, attach and portforward
 *                     (verb {@code connect}), sorted by name
 */
public record ClientDesc(String javaPackage, String className, String accessor, Gvk gvk, String plural,
        boolean namespaced, TypeRef.Model model, TypeRef.Model list, SortedSet<String> verbs,
        List<Subresource> subresources) {

    /**
     * A subresource.
     *
     * @param name  e.g. {@code status}, {@code scale}, {@code log}
     * @param kind  the model it reads and writes ({@code Scale} for {@code scale}, the kind itself for status)
     * @param verbs get, update, patch, create; or only {@code connect} for exec, attach and portforward
     */
    public record Subresource(String name, TypeRef.Model kind, SortedSet<String> verbs) {
    }

    /** Whether the client has list and watch, so that an all-namespaces view makes sense. */
    public boolean listsAndWatches() {
        return verbs.contains("list") && verbs.contains("watch");
    }

    /** {@code v1} for the core group, {@code <group>/<version>} otherwise. */
    public String apiVersion() {
        return gvk.apiVersion();
    }
}
