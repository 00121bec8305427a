/**
 * Manifests: read multi-document YAML or JSON ({@link io.kube4j.dynamic.manifest.Manifests}) and apply, create
 * or delete every object through the RestMapper ({@link io.kube4j.dynamic.manifest.ManifestApplier}), the
 * {@code kubectl apply --server-side -f} equivalent.
 */
package io.kube4j.dynamic.manifest;
