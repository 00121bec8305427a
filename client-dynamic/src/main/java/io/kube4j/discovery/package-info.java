/**
 * What the server serves ({@link io.kube4j.discovery.DiscoveryClient}: version, groups, resources, with
 * aggregated or legacy discovery and memory and disk caches) and kind to resource mapping
 * ({@link io.kube4j.discovery.RestMapper}).
 */
package io.kube4j.discovery;
