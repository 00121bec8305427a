package io.kube4j.codegen.crd;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What the generator needs of one {@code apiextensions.k8s.io/v1} CustomResourceDefinition.
 *
 * @param source     where it was read, for messages (file and document number)
 * @param name       {@code metadata.name}, e.g. {@code widgets.example.com}
 * @param group      {@code spec.group}
 * @param kind       {@code spec.names.kind}
 * @param listKind   {@code spec.names.listKind}, by default the kind + {@code List}
 * @param plural     {@code spec.names.plural}
 * @param namespaced {@code spec.scope} is {@code Namespaced}
 * @param versions   the served versions, in the CRD's order
 */
public record Crd(String source, String name, String group, String kind, String listKind, String plural,
        boolean namespaced, List<Version> versions) {

    /**
     * One served version.
     *
     * @param name   e.g. {@code v1beta1}
     * @param schema its {@code schema.openAPIV3Schema}
     * @param status whether it has the {@code status} subresource
     * @param scale  whether it has the {@code scale} subresource
     */
    public record Version(String name, ObjectNode schema, boolean status, boolean scale) {
    }
}
