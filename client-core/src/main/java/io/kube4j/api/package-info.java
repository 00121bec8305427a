/**
 * Kubernetes API models. Every built-in kind lives in {@code io.kube4j.api.<group>.<version>} (generated
 * from the OpenAPI spec): immutable classes with builders ({@code Pod.builder()}, {@code pod.toBuilder()}),
 * accessors named like the JSON fields, unknown fields kept in {@code extras()}. Kinds implement
 * {@link io.kube4j.api.KubernetesObject}, list kinds {@link io.kube4j.api.KubernetesList}.
 */
package io.kube4j.api;
