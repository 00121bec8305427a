package io.kube4j.dynamic.manifest;

import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.client.KubeException;
import io.kube4j.discovery.RestMapper;
import io.kube4j.dynamic.DynamicResourceClient;
import io.kube4j.dynamic.Unstructured;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Waits until a CustomResourceDefinition is {@code Established} and its kinds are in discovery, so that its
 * custom objects can be mapped and applied. Fails fast when the server refuses the CRD's names.
 */
final class CrdReadiness {
    static final String GROUP = "apiextensions.k8s.io";
    static final String KIND = "CustomResourceDefinition";

    private CrdReadiness() {
    }

    static boolean isCrd(Unstructured u) {
        return KIND.equals(u.kind()) && u.apiVersion() != null && u.apiVersion().startsWith(GROUP + "/");
    }

    /** The kinds a CRD serves: its group and kind in every served version (v1 and v1beta1 shapes). */
    static List<GroupVersionKind> servedKinds(Unstructured crd) {
        String group = crd.getNestedString("spec", "group").orElse("");
        String kind = crd.getNestedString("spec", "names", "kind").orElse("");
        List<GroupVersionKind> out = new ArrayList<>();
        if (group.isEmpty() || kind.isEmpty()) {
            return out;
        }
        for (Object v : crd.getNestedList("spec", "versions").orElse(List.of())) {
            if (v instanceof Map && ((Map<?, ?>) v).get("name") instanceof String
                    && !Boolean.FALSE.equals(((Map<?, ?>) v).get("served"))) {
                out.add(GroupVersionKind.of(group, (String) ((Map<?, ?>) v).get("name"), kind));
            }
        }
        crd.getNestedString("spec", "version").filter(v -> out.stream().noneMatch(g -> g.version().equals(v)))
                .ifPresent(v -> out.add(GroupVersionKind.of(group, v, kind)));
        return out;
    }

    static void await(DynamicResourceClient crds, RestMapper mapper, Unstructured crd, Duration timeout) {
        String name = crd.name();
        AtomicReference<String> refused = new AtomicReference<>();
        long start = System.nanoTime();
        boolean established = Polling.until(timeout, () -> {
            Unstructured current = crds.get(name);
            if (condition(current, "NamesAccepted", "False") != null) {
                refused.set(condition(current, "NamesAccepted", "False"));
                return true;
            }
            return condition(current, "Established", "True") != null;
        });
        if (refused.get() != null) {
            throw new KubeException("CustomResourceDefinition " + name + ": names not accepted: " + refused.get());
        }
        if (!established) {
            throw new KubeException("CustomResourceDefinition " + name + " is not Established after " + timeout);
        }
        Duration left = timeout.minusNanos(System.nanoTime() - start);
        List<GroupVersionKind> kinds = servedKinds(crd);
        boolean discovered = Polling.until(left.isNegative() ? Duration.ZERO : left,
                () -> kinds.stream().allMatch(k -> mapper.findMapping(k).isPresent()));
        if (!discovered) {
            throw new KubeException("CustomResourceDefinition " + name + " is Established but its kinds " + kinds
                    + " are not in discovery after " + timeout);
        }
    }

    /** The condition's message (or its reason, or "") when it has the given status; else null. */
    private static String condition(Unstructured crd, String type, String status) {
        for (Object c : crd.getNestedList("status", "conditions").orElse(List.of())) {
            if (c instanceof Map && type.equals(((Map<?, ?>) c).get("type")) && status.equals(((Map<?, ?>) c).get("status"))) {
                Object message = ((Map<?, ?>) c).get("message");
                Object reason = ((Map<?, ?>) c).get("reason");
                return message instanceof String ? (String) message : reason instanceof String ? (String) reason : "";
            }
        }
        return null;
    }
}
