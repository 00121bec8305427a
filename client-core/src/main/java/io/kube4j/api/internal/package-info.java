/**
 * Implementation details of generated models (frozen collections, copy helpers, {@code toString} and JSON
 * text utilities). Not API: may change in any release.
 */
package io.kube4j.api.internal;
