/** {@link io.kube4j.api.intstr.IntOrString}, an int32-or-string field value. */
package io.kube4j.api.intstr;
