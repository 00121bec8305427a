/** {@link io.kube4j.api.resource.Quantity}, Kubernetes' fixed-point resource amounts. */
package io.kube4j.api.resource;
