package io.kube4j.dynamic.manifest;

import io.kube4j.dynamic.Unstructured;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The order objects are sent in: Namespaces first, then CustomResourceDefinitions, then everything else in
 * manifest order, so that namespaced objects find their namespace and custom objects their type. Deletion
 * runs the exact reverse.
 */
final class ApplyOrder {
    private ApplyOrder() {
    }

    static boolean isNamespace(Unstructured u) {
        return "Namespace".equals(u.kind()) && "v1".equals(u.apiVersion());
    }

    /** 0 for namespaces, 1 for CRDs, 2 for the rest. */
    static int phase(Unstructured u) {
        return isNamespace(u) ? 0 : CrdReadiness.isCrd(u) ? 1 : 2;
    }

    /** Indices of {@code objects} in creation order. */
    static List<Integer> forward(List<ManifestObject> objects) {
        List<Integer> out = new ArrayList<>();
        for (int phase = 0; phase <= 2; phase++) {
            for (int i = 0; i < objects.size(); i++) {
                if (phase(objects.get(i).object()) == phase) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** Indices of {@code objects} in deletion order. */
    static List<Integer> reverse(List<ManifestObject> objects) {
        List<Integer> out = forward(objects);
        Collections.reverse(out);
        return out;
    }
}
