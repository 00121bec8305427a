/**
 * The dynamic client: every resource, built-in or custom, over {@link io.kube4j.dynamic.Unstructured}
 * objects. {@link io.kube4j.dynamic.DynamicClient#resource} gives the verbs of one resource,
 * {@link io.kube4j.dynamic.UnstructuredConverter} converts to and from typed models.
 */
package io.kube4j.dynamic;
