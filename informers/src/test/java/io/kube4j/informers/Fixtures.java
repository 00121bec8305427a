package io.kube4j.informers;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.core.v1.ConfigMapList;
import io.kube4j.api.meta.v1.Status;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.client.EventType;
import io.kube4j.client.ResourceType;
import io.kube4j.client.WatchEvent;
import java.util.List;

/** ConfigMaps, lists and watch events for informer tests. */
public final class Fixtures {
    public static final ResourceType<ConfigMap, ConfigMapList> CONFIG_MAPS = ResourceType.namespaced(
            GroupVersionKind.of("", "v1", "ConfigMap"), "configmaps", ConfigMap.class, ConfigMapList.class);

    private Fixtures() {
    }

    public static ConfigMap cm(String name, String rv) {
        return cm("ns", name, rv);
    }

    public static ConfigMap cm(String ns, String name, String rv) {
        return ConfigMap.builder().metadata(m -> m.namespace(ns).name(name).resourceVersion(rv)).build();
    }

    public static ConfigMapList list(String rv, String continueToken, ConfigMap... items) {
        return ConfigMapList.builder().metadata(m -> m.resourceVersion(rv).continueToken(continueToken))
                .items(List.of(items)).build();
    }

    public static WatchEvent<ConfigMap> added(ConfigMap cm) {
        return WatchEvent.of(EventType.ADDED, cm);
    }

    public static WatchEvent<ConfigMap> modified(ConfigMap cm) {
        return WatchEvent.of(EventType.MODIFIED, cm);
    }

    public static WatchEvent<ConfigMap> deleted(ConfigMap cm) {
        return WatchEvent.of(EventType.DELETED, cm);
    }

    public static WatchEvent<ConfigMap> bookmark(String rv) {
        return WatchEvent.of(EventType.BOOKMARK, ConfigMap.builder().metadata(m -> m.resourceVersion(rv)).build());
    }

    /** The bookmark that ends the initial events of a WatchList stream. */
    public static WatchEvent<ConfigMap> initialEventsEnd(String rv) {
        return WatchEvent.of(EventType.BOOKMARK, ConfigMap.builder()
                .metadata(m -> m.resourceVersion(rv).putAnnotation("k8s.io/initial-events-end", "true")).build());
    }

    public static WatchEvent<ConfigMap> error(int code, String reason) {
        return WatchEvent.error(Status.builder().status("Failure").code(code).reason(reason)
                .message("scripted " + code).build());
    }
}
