package io.kube4j.dynamic;

import io.kube4j.api.schema.GroupVersionResource;
import io.kube4j.client.DeleteOptions;
import io.kube4j.client.NotFoundException;
import io.kube4j.testsupport.Poll;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** CRDs with unique groups for tests against the shared real server. */
final class Crds {
    static final GroupVersionResource CRDS = GroupVersionResource.of("apiextensions.k8s.io", "v1",
            "customresourcedefinitions");

    private Crds() {
    }

    /** A unique group under {@code kube4j.test}. */
    static String uniqueGroup(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8) + ".kube4j.test";
    }

    /** A namespaced Widget CRD (v1) with status and scale subresources and a short name. */
    static Unstructured widgetCrd(String group) {
        return Unstructured.fromJson("""
                {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition",
                 "metadata":{"name":"widgets.%s"},
                 "spec":{"group":"%s","scope":"Namespaced",
                  "names":{"plural":"widgets","singular":"widget","kind":"Widget","listKind":"WidgetList","shortNames":["wdg"]},
                  "versions":[{"name":"v1","served":true,"storage":true,
                   "schema":{"openAPIV3Schema":{"type":"object","properties":{
                    "spec":{"type":"object","properties":{"replicas":{"type":"integer"},"color":{"type":"string"},
                      "big":{"type":"integer","format":"int64"},"tags":{"type":"array","items":{"type":"string"}}}},
                    "status":{"type":"object","properties":{"replicas":{"type":"integer"},"selector":{"type":"string"},
                      "phase":{"type":"string"}}}}}},
                   "subresources":{"status":{},"scale":{"specReplicasPath":".spec.replicas",
                     "statusReplicasPath":".status.replicas","labelSelectorPath":".status.selector"}}}]}}
                """.formatted(group, group));
    }

    /** Polls the CRD until its Established condition is True. */
    static Unstructured awaitEstablished(DynamicClient dyn, String name) {
        return Poll.until("CRD " + name + " Established", () -> {
            Unstructured crd = dyn.resource(CRDS).get(name);
            List<Object> conditions = crd.getNestedList("status", "conditions").orElse(List.of());
            boolean established = conditions.stream().anyMatch(c -> c instanceof Map
                    && "Established".equals(((Map<?, ?>) c).get("type")) && "True".equals(((Map<?, ?>) c).get("status")));
            return established ? crd : null;
        });
    }

    /** Deletes the CRD if it exists. */
    static void delete(DynamicClient dyn, String name) {
        try {
            dyn.resource(CRDS).delete(name, DeleteOptions.DEFAULT);
        } catch (NotFoundException e) {
            // already gone
        }
    }
}
