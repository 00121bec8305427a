package io.kube4j.codegen.model;

import java.util.List;

/**
 * Everything the templates need to write one model class and its codec; independent of where the schema
 * came from (the Kubernetes OpenAPI document today, a CRD's openAPIV3Schema later).
 *
 * @param schemaName   the schema's name in its source, e.g. {@code io.k8s.api.core.v1.Pod}
 * @param javaPackage  e.g. {@code io.kube4j.api.core.v1}
 * @param className    e.g. {@code Pod}
 * @param groupVersion for Javadoc, e.g. {@code v1} or {@code apps/v1}
 * @param shape        a normal object or raw JSON text
 * @param gvk          the single group-version-kind, or {@code null} (none, or several as for DeleteOptions)
 * @param role         whether it implements {@code KubernetesObject}/{@code KubernetesList}
 * @param listItem     for {@link Role#LIST}: the item type
 * @param fields       properties in output order
 * @param resource     for a served kind: its resource (written as {@code @KubeResource}), else {@code null}
 */
public record ModelDesc(String schemaName, String javaPackage, String className, String groupVersion, Shape shape,
        Gvk gvk, Role role, TypeRef.Model listItem, List<FieldDesc> fields, ResourceRef resource) {

    /** A model that is not (yet) known to be served as a resource. */
    public ModelDesc(String schemaName, String javaPackage, String className, String groupVersion, Shape shape,
            Gvk gvk, Role role, TypeRef.Model listItem, List<FieldDesc> fields) {
        this(schemaName, javaPackage, className, groupVersion, shape, gvk, role, listItem, fields, null);
    }

    /** This model, served as {@code resource}. */
    public ModelDesc withResource(ResourceRef resource) {
        return new ModelDesc(schemaName, javaPackage, className, groupVersion, shape, gvk, role, listItem, fields,
                resource);
    }

    /** How the model is represented. */
    public enum Shape {
        /** A class with one field per property plus extras. */
        OBJECT,
        /** A class holding the value as JSON text ({@code FieldsV1}). */
        RAW_JSON
    }

    /** Which kube4j interface the model implements. */
    public enum Role {
        NONE, OBJECT, LIST
    }

    public String qualifiedName() {
        return javaPackage + "." + className;
    }

    public TypeRef.Model ref() {
        return new TypeRef.Model(javaPackage, className, shape == Shape.OBJECT);
    }
}
