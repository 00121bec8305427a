/** Implementation of discovery (document parsing, loading, disk cache, matching); not API. */
package io.kube4j.discovery.internal;
