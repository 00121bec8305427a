/** Label and field selectors with Kubernetes' syntax, validation and matching (apimachinery's labels/fields). */
package io.kube4j.api.labels;
