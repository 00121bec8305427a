package io.kube4j.discovery;

import io.kube4j.api.schema.GroupVersionKind;
import java.util.List;
import java.util.Objects;

/**
 * A subresource of an {@link ApiResource}, such as {@code status}, {@code scale} or {@code log}.
 *
 * @param name the subresource name, e.g. {@code scale}
 * @param kind what it accepts and returns, e.g. {@code autoscaling/v1 Scale}; its kind may be empty for
 *     subresources that have none (such as {@code log})
 * @param verbs the verbs it supports
 */
public record ApiSubresource(String name, GroupVersionKind kind, List<String> verbs) {
    public ApiSubresource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        verbs = List.copyOf(verbs);
    }
}
