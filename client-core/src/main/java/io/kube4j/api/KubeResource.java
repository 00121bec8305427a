package io.kube4j.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the API resource a model class is served as, so that kube4j can build its
 * {@code io.kube4j.client.ResourceType} from the class alone ({@code ResourceType.of(Widget.class)},
 * {@code client.resources(Widget.class)}, informers). Generated models of built-in kinds and of CRDs carry it;
 * put it on a hand-written class that implements {@link KubernetesObject}:
 *
 * <pre>{@code
 * @KubeResource(group = "example.com", version = "v1", kind = "Widget", plural = "widgets", namespaced = true)
 * public record Widget(String apiVersion, String kind, ObjectMeta metadata, WidgetSpec spec)
 *         implements KubernetesObject { }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KubeResource {
    /** The API group; {@code ""} for the core group. */
    String group();

    /** The API version, e.g. {@code v1}. */
    String version();

    /** The kind; empty means the class's simple name. */
    String kind() default "";

    /** The plural resource name used in URLs, e.g. {@code widgets}. */
    String plural();

    /** Whether objects live in namespaces. */
    boolean namespaced();

    /**
     * The list class ({@code WidgetList}). The default, {@code KubernetesList.class} itself, means the class
     * has none: lists are then decoded as {@link GenericKubernetesList}.
     */
    @SuppressWarnings("rawtypes")
    Class<? extends KubernetesList> listType() default KubernetesList.class;
}
