package io.kube4j.api;

import io.kube4j.api.meta.v1.ObjectMeta;

/**
 * A top-level Kubernetes object: it has one group-version-kind and an {@link ObjectMeta}.
 * Implemented by every generated model whose schema names exactly one
 * {@code x-kubernetes-group-version-kind} and has {@code metadata} of type {@code ObjectMeta}.
 */
public interface KubernetesObject {
    /** The {@code apiVersion} field, e.g. {@code v1} or {@code apps/v1}. */
    String apiVersion();

    /** The {@code kind} field, e.g. {@code Pod}. */
    String kind();

    /** The {@code metadata} field; {@code null} when absent. */
    ObjectMeta metadata();
}
