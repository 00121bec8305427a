package io.kube4j.codegen.client;

import java.util.List;

/**
 * One API group-version's accessor class (e.g. {@code CoreV1Client}) and its resource clients.
 *
 * @param javaPackage e.g. {@code io.kube4j.client.apps.v1}
 * @param className   e.g. {@code AppsV1Client}
 * @param accessor    the method on {@code KubernetesClient}, e.g. {@code appsV1}
 * @param apiVersion  e.g. {@code apps/v1}
 * @param clients     the resources, sorted by plural
 */
public record GroupVersionDesc(String javaPackage, String className, String accessor, String apiVersion,
        List<ClientDesc> clients) {
}
