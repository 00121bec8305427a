package io.kube4j.discovery;

import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.api.schema.GroupVersionResource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource of one group-version, as discovery reports it, with its subresources folded in (legacy
 * discovery lists them as separate {@code pods/status} entries).
 *
 * @param group the API group, {@code ""} for core
 * @param version the version
 * @param name the plural resource name used in URLs, e.g. {@code deployments}
 * @param singularName the singular name, e.g. {@code deployment} (derived from the kind when the server sends none)
 * @param kind the kind of its objects, e.g. {@code Deployment}
 * @param namespaced whether its objects live in namespaces
 * @param verbs the verbs it supports ({@code get}, {@code list}, {@code watch}, {@code create}, ...)
 * @param shortNames short names such as {@code deploy}
 * @param categories categories such as {@code all}
 * @param subresources its subresources
 */
public record ApiResource(String group, String version, String name, String singularName, String kind,
        boolean namespaced, List<String> verbs, List<String> shortNames, List<String> categories,
        List<ApiSubresource> subresources) {
    public ApiResource {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        singularName = singularName == null || singularName.isEmpty() ? kind.toLowerCase(java.util.Locale.ROOT)
                : singularName;
        verbs = List.copyOf(verbs);
        shortNames = List.copyOf(shortNames);
        categories = List.copyOf(categories);
        subresources = List.copyOf(subresources);
    }

    /** The resource's group, version and plural name. */
    public GroupVersionResource groupVersionResource() {
        return GroupVersionResource.of(group, version, name);
    }

    /** The group, version and kind of its objects. */
    public GroupVersionKind groupVersionKind() {
        return GroupVersionKind.of(group, version, kind);
    }

    /** Whether the resource supports {@code verb}. */
    public boolean supports(String verb) {
        return verbs.contains(verb);
    }

    /** The named subresource, if the resource has it. */
    public Optional<ApiSubresource> subresource(String name) {
        return subresources.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
