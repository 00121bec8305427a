package io.kube4j.client;

import io.kube4j.api.GenericKubernetesList;
import io.kube4j.api.KubeResource;
import io.kube4j.api.KubernetesList;
import io.kube4j.api.KubernetesObject;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.api.schema.GroupVersionResource;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Describes one resource for the generic engine: its group, version and kind, its plural name in URLs,
 * whether it is namespaced, and the Java types of an object and of a list. Generated code defines one
 * constant per resource, e.g. {@code ResourceType.namespaced(GroupVersionKind.of("", "v1", "Pod"), "pods",
 * Pod.class, PodList.class)}; {@link #of(Class)} builds one from a class's {@link KubeResource} annotation.
 * Immutable.
 */
public final class ResourceType<T extends KubernetesObject, L extends KubernetesList<T>> {
    private static final ClassValue<ResourceType<?, ?>> ANNOTATED = new ClassValue<>() {
        @Override
        protected ResourceType<?, ?> computeValue(Class<?> type) {
            return fromAnnotation(type);
        }
    };

    private final GroupVersionKind gvk;
    private final String plural;
    private final boolean namespaced;
    private final Class<T> type;
    private final Class<L> listType;

    private ResourceType(GroupVersionKind gvk, String plural, boolean namespaced, Class<T> type, Class<L> listType) {
        this.gvk = Objects.requireNonNull(gvk, "gvk");
        this.plural = Objects.requireNonNull(plural, "plural");
        if (plural.isEmpty() || plural.contains("/")) {
            throw new IllegalArgumentException("plural must be a non-empty path segment: " + plural);
        }
        if (gvk.version() == null || gvk.version().isEmpty()) {
            throw new IllegalArgumentException("a resource type needs a version: " + gvk);
        }
        this.namespaced = namespaced;
        this.type = Objects.requireNonNull(type, "type");
        this.listType = Objects.requireNonNull(listType, "listType");
    }

    /** A namespaced resource (pods, deployments, ...). */
    public static <T extends KubernetesObject, L extends KubernetesList<T>> ResourceType<T, L> namespaced(
            GroupVersionKind gvk, String plural, Class<T> type, Class<L> listType) {
        return new ResourceType<>(gvk, plural, true, type, listType);
    }

    /** A cluster-scoped resource (nodes, namespaces, clusterroles, ...). */
    public static <T extends KubernetesObject, L extends KubernetesList<T>> ResourceType<T, L> clusterScoped(
            GroupVersionKind gvk, String plural, Class<T> type, Class<L> listType) {
        return new ResourceType<>(gvk, plural, false, type, listType);
    }

    /** A namespaced resource whose class has no list class: lists decode as {@link GenericKubernetesList}. */
    public static <T extends KubernetesObject> ResourceType<T, GenericKubernetesList<T>> namespaced(
            GroupVersionKind gvk, String plural, Class<T> type) {
        return new ResourceType<>(gvk, plural, true, type, genericList());
    }

    /** A cluster-scoped resource whose class has no list class: lists decode as {@link GenericKubernetesList}. */
    public static <T extends KubernetesObject> ResourceType<T, GenericKubernetesList<T>> clusterScoped(
            GroupVersionKind gvk, String plural, Class<T> type) {
        return new ResourceType<>(gvk, plural, false, type, genericList());
    }

    /**
     * The resource type of a model class annotated with {@link KubeResource} (every generated built-in and CRD
     * model of a served kind is). Cached per class.
     *
     * @throws IllegalArgumentException if the class has no {@code @KubeResource} or it is inconsistent
     */
    @SuppressWarnings("unchecked")
    public static <T extends KubernetesObject> ResourceType<T, ? extends KubernetesList<T>> of(Class<T> type) {
        Objects.requireNonNull(type, "type");
        return (ResourceType<T, ? extends KubernetesList<T>>) ANNOTATED.get(type);
    }

    /** Whether {@link #of(Class)} can describe the class. */
    public static boolean isAnnotated(Class<?> type) {
        return type != null && type.isAnnotationPresent(KubeResource.class)
                && KubernetesObject.class.isAssignableFrom(type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResourceType<?, ?> fromAnnotation(Class<?> type) {
        KubeResource r = type.getAnnotation(KubeResource.class);
        if (r == null) {
            throw new IllegalArgumentException(type.getName() + " has no @" + KubeResource.class.getName()
                    + " annotation: annotate the class, or build a ResourceType with ResourceType.namespaced(...)"
                    + " or ResourceType.clusterScoped(...)");
        }
        if (!KubernetesObject.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type.getName() + " must implement " + KubernetesObject.class.getName());
        }
        String kind = r.kind().isEmpty() ? type.getSimpleName() : r.kind();
        GroupVersionKind gvk = GroupVersionKind.of(r.group(), r.version(), kind);
        Class listType = r.listType() == KubernetesList.class ? GenericKubernetesList.class : r.listType();
        checkListItem(type, listType);
        try {
            return new ResourceType(gvk, r.plural(), r.namespaced(), type, listType);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("@KubeResource of " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    /** A list class that is a {@code KubernetesList<X>} (directly or through a superclass) must have X = the annotated class. */
    private static void checkListItem(Class<?> type, Class<?> listType) {
        if (listType == GenericKubernetesList.class) {
            return;
        }
        Type item = listItem(listType, new HashMap<>());
        if (item instanceof Class<?> c && c != type) {
            throw new IllegalArgumentException("@KubeResource of " + type.getName() + " names list type "
                    + listType.getName() + ", a list of " + c.getName());
        }
    }

    /** X of {@code KubernetesList<X>} as seen from {@code c}, resolving type variables bound by subclasses. */
    private static Type listItem(Class<?> c, Map<TypeVariable<?>, Type> bound) {
        List<Type> supers = new ArrayList<>(List.of(c.getGenericInterfaces()));
        if (c.getGenericSuperclass() != null) {
            supers.add(c.getGenericSuperclass());
        }
        for (Type t : supers) {
            Class<?> raw = t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : t instanceof Class<?> k ? k : null;
            if (raw == null || !KubernetesList.class.isAssignableFrom(raw)) {
                continue;
            }
            if (t instanceof ParameterizedType p) {
                Type[] args = p.getActualTypeArguments();
                for (int i = 0; i < args.length; i++) {
                    Type a = args[i];
                    bound.put(raw.getTypeParameters()[i], a instanceof TypeVariable<?> v && bound.containsKey(v)
                            ? bound.get(v) : a);
                }
                if (raw == KubernetesList.class) {
                    return bound.get(raw.getTypeParameters()[0]);
                }
            }
            return raw == KubernetesList.class ? null : listItem(raw, bound);
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Class<GenericKubernetesList<T>> genericList() {
        return (Class) GenericKubernetesList.class;
    }

    public GroupVersionKind gvk() {
        return gvk;
    }

    /** The API group; empty for the core group. */
    public String group() {
        return gvk.group() == null ? "" : gvk.group();
    }

    public String version() {
        return gvk.version();
    }

    public String kind() {
        return gvk.kind();
    }

    /** The group, version and plural. */
    public GroupVersionResource gvr() {
        return GroupVersionResource.of(group(), version(), plural);
    }

    /** The plural name used in URLs, e.g. {@code pods}. */
    public String plural() {
        return plural;
    }

    public boolean namespaced() {
        return namespaced;
    }

    /** The Java type of one object. */
    public Class<T> type() {
        return type;
    }

    /** The Java type of a list. */
    public Class<L> listType() {
        return listType;
    }

    /** {@code /api/<version>} for the core group, else {@code /apis/<group>/<version>}. */
    public String apiPath() {
        return group().isEmpty() ? "/api/" + version() : "/apis/" + group() + "/" + version();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceType<?, ?> r && gvk.equals(r.gvk) && plural.equals(r.plural)
                && namespaced == r.namespaced && type.equals(r.type) && listType.equals(r.listType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gvk, plural, namespaced, type, listType);
    }

    @Override
    public String toString() {
        return plural + (group().isEmpty() ? "" : "." + group()) + "/" + version()
                + (namespaced ? " (namespaced)" : "");
    }
}
