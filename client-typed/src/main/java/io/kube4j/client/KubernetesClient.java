package io.kube4j.client;

import io.kube4j.api.KubernetesList;
import io.kube4j.api.KubernetesObject;
import io.kube4j.discovery.DiscoveryClient;
import io.kube4j.dynamic.DynamicClient;
import java.util.Objects;

/**
 * The clientset: typed clients of every built-in API group-version ({@code coreV1()}, {@code appsV1()}, ...),
 * typed access to any {@code @KubeResource} class ({@link #resources}), the dynamic client and discovery, all
 * over one {@link RestClient}.
 *
 * <pre>{@code
 * try (KubernetesClient client = KubernetesClient.create()) {
 *     Pod pod = client.coreV1().pods("default").get("web");
 *     PodList all = client.coreV1().pods().list();
 * }
 * }</pre>
 *
 * <p>Thread-safe; calls run on the caller's thread. {@link #close()} closes the RestClient (its connections,
 * open watches and streams, and its {@code kube4j-} threads); close informer factories first.
 */
public final class KubernetesClient extends KubernetesApis implements AutoCloseable {
    private final Config config;
    private final RestClient rest;
    private final boolean ownsRest;
    private volatile DynamicClient dynamic;
    private volatile DiscoveryClient discovery;

    private KubernetesClient(Config config, RestClient rest, boolean ownsRest) {
        this.config = config;
        this.rest = rest;
        this.ownsRest = ownsRest;
    }

    /**
     * A client for the detected configuration: the KUBECONFIG files, else {@code ~/.kube/config}, else the
     * in-cluster service account ({@link Config#autoDetect()}).
     *
     * @throws ConfigException listing every source tried when none works
     */
    public static KubernetesClient create() {
        return create(Config.autoDetect());
    }

    /** A client for {@code config}; it owns the RestClient it creates. */
    public static KubernetesClient create(Config config) {
        Objects.requireNonNull(config, "config");
        return new KubernetesClient(config, RestClient.create(config), true);
    }

    /**
     * A client over a RestClient you built, e.g. with {@code RestClient.builder(config).warningHandler(...)};
     * {@link #close()} leaves it open (close it yourself). {@code config} is what {@link #config()} answers.
     */
    public static KubernetesClient create(Config config, RestClient restClient) {
        return new KubernetesClient(Objects.requireNonNull(config, "config"),
                Objects.requireNonNull(restClient, "restClient"), false);
    }

    /** The configuration this client was created with. */
    public Config config() {
        return config;
    }

    @Override
    public RestClient restClient() {
        return rest;
    }

    /** The dynamic client (objects as {@code Unstructured}) over the same RestClient; created once. */
    public DynamicClient dynamic() {
        DynamicClient d = dynamic;
        if (d == null) {
            synchronized (this) {
                d = dynamic;
                if (d == null) {
                    d = DynamicClient.create(rest);
                    dynamic = d;
                }
            }
        }
        return d;
    }

    /** Discovery of the server's groups, resources and version; created once, so its cache is shared. */
    public DiscoveryClient discovery() {
        DiscoveryClient d = discovery;
        if (d == null) {
            synchronized (this) {
                d = discovery;
                if (d == null) {
                    d = DiscoveryClient.create(rest);
                    discovery = d;
                }
            }
        }
        return d;
    }

    /**
     * The resource type of a model class annotated with {@code @KubeResource}: every generated built-in and
     * CRD model of a served kind, or a hand-written class.
     *
     * @throws IllegalArgumentException if the class has no such annotation
     */
    public <T extends KubernetesObject> ResourceType<T, ? extends KubernetesList<T>> resourceType(Class<T> type) {
        return ResourceType.of(type);
    }

    /**
     * A client of the resource a model class is served as, e.g. {@code resources(Widget.class)} for a CRD
     * model; {@code inNamespace(ns)} for namespaced resources.
     *
     * @throws IllegalArgumentException if the class has no {@code @KubeResource} annotation
     */
    public <T extends KubernetesObject> GenericResourceClient<T> resources(Class<T> type) {
        return GenericResourceClient.of(rest, ResourceType.of(type));
    }

    /** A client of any resource type, e.g. one built with {@link ResourceType#namespaced}. */
    public <T extends KubernetesObject> GenericResourceClient<T> resources(
            ResourceType<T, ? extends KubernetesList<T>> type) {
        return GenericResourceClient.of(rest, type);
    }

    /**
     * Closes the RestClient this client created (open watches and streams end, its threads stop); a RestClient
     * given to {@link #create(Config, RestClient)} is left open. Idempotent.
     */
    @Override
    public void close() {
        if (ownsRest) {
            rest.close();
        }
    }

    @Override
    public String toString() {
        return "KubernetesClient{" + rest.server() + "}";
    }
}
