/**
 * Building a {@link io.kube4j.client.Config}: kubeconfig parsing ({@code KubeconfigDocument}), client-go's
 * merge rules for a {@code KUBECONFIG} list ({@code MergedKubeconfig}), context resolution with file/field
 * error messages ({@code ContextResolver}, {@code YamlFields}, {@code Where}), the in-cluster service account
 * ({@code InClusterLoader}) and auto-detection ({@code AutoDetect}). {@code Environment} is the only way this
 * package sees environment variables and the home directory, so tests inject their own. Nothing here starts a
 * thread; everything runs on the caller's thread.
 */
package io.kube4j.client.internal.config;
