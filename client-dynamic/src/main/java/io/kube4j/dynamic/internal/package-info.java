/** Implementation of the dynamic client (path reads and updates of frozen JSON, token-buffer conversion); not API. */
package io.kube4j.dynamic.internal;
