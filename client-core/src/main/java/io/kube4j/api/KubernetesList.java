package io.kube4j.api;

import io.kube4j.api.meta.v1.ListMeta;
import java.util.List;

/**
 * A Kubernetes list kind such as {@code PodList}: list metadata plus the items.
 *
 * @param <T> the item type
 */
public interface KubernetesList<T> {
    /** The {@code apiVersion} field. */
    String apiVersion();

    /** The {@code kind} field, e.g. {@code PodList}. */
    String kind();

    /** The {@code metadata} field (resourceVersion, continue token); {@code null} when absent. */
    ListMeta metadata();

    /** The items; never {@code null}. */
    List<T> items();
}
