/** Group, version, kind and resource names (apimachinery's runtime/schema). */
package io.kube4j.api.schema;
