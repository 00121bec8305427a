package io.kube4j.benchmarks;

import io.kube4j.api.core.v1.Pod;
import io.kube4j.api.core.v1.PodList;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.client.ResourceType;
import io.kube4j.client.RestClient;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/** The resource type and clients the HTTP benchmarks share. */
final class Resources {
    static final ResourceType<Pod, PodList> PODS = ResourceType.namespaced(GroupVersionKind.of("", "v1", "Pod"),
            "pods", Pod.class, PodList.class);

    private Resources() {
    }

    /** An OkHttp client for a local server: no call timeout, generous read timeout. */
    static OkHttpClient http() {
        return new OkHttpClient.Builder().readTimeout(60, TimeUnit.SECONDS).build();
    }

    /** A RestClient on {@code http} without client-side rate limiting (the builder's default). */
    static RestClient rest(OkHttpClient http, URI server) {
        return RestClient.builder(http, server).build();
    }

    static void shutdown(OkHttpClient http) {
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }
}
