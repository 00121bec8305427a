package io.kube4j.controller.internal;

import io.kube4j.api.KubernetesObject;
import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.api.meta.v1.OwnerReference;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.informers.ObjectKey;
import java.util.List;
import java.util.function.Function;

/**
 * Maps an owned object to the key of its controlling owner of one kind: the owner reference with
 * {@code controller: true} whose group and kind match (any version), in the object's namespace for a
 * namespaced owner. Like controller-runtime's {@code Owns}.
 */
public final class OwnerKeys implements Function<KubernetesObject, List<ObjectKey>> {
    private final String group;
    private final String kind;
    private final boolean ownerNamespaced;

    public OwnerKeys(GroupVersionKind owner, boolean ownerNamespaced) {
        this.group = owner.group() == null ? "" : owner.group();
        this.kind = owner.kind();
        this.ownerNamespaced = ownerNamespaced;
    }

    @Override
    public List<ObjectKey> apply(KubernetesObject object) {
        ObjectMeta meta = object.metadata();
        if (meta == null) {
            return List.of();
        }
        for (OwnerReference ref : meta.ownerReferences()) {
            if (Boolean.TRUE.equals(ref.controller()) && kind.equals(ref.kind()) && ref.name() != null
                    && group.equals(groupOf(ref.apiVersion()))) {
                return List.of(ObjectKey.of(ownerNamespaced ? meta.namespace() : null, ref.name()));
            }
        }
        return List.of();
    }

    private static String groupOf(String apiVersion) {
        if (apiVersion == null) {
            return "";
        }
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }
}
