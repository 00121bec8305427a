package io.kube4j.benchmarks;

import io.kube4j.api.core.v1.Pod;
import io.kube4j.api.core.v1.PodList;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.client.ResourceType;

/** The resource type the HTTP benchmarks read. */
final class Resources {
    static final ResourceType<Pod, PodList> PODS = ResourceType.namespaced(GroupVersionKind.of("", "v1", "Pod"),
            "pods", Pod.class, PodList.class);

    private Resources() {
    }
}
