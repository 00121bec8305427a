package io.kube4j.samples.operator;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.client.KubernetesClient;
import io.kube4j.controller.Controller;
import io.kube4j.dynamic.manifest.ManifestApplier;
import io.kube4j.dynamic.manifest.Manifests;
import io.kube4j.events.EventBroadcaster;
import io.kube4j.informers.InformerOptions;
import io.kube4j.informers.SharedIndexInformer;
import io.kube4j.informers.SharedInformerFactory;
import io.kube4j.samples.operator.api.v1.Greeting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The Greeting operator: two informers (Greetings, and the ConfigMaps it manages), a controller that reconciles a
 * Greeting when it or its ConfigMap changes, and an event recorder. {@link #start()} runs it; {@link #close()}
 * stops it in the right order (controller, informers, events). The client stays the caller's.
 */
public final class GreetingOperator implements AutoCloseable {
    private final SharedInformerFactory factory;
    private final EventBroadcaster events;
    private final Controller controller;

    /** An operator for the Greetings of {@code namespace}, or of every namespace when it is null. */
    public GreetingOperator(KubernetesClient client, String namespace) {
        this.factory = SharedInformerFactory.create(client, Duration.ofMinutes(10));
        InformerOptions.Builder scope = InformerOptions.builder().namespace(namespace);
        SharedIndexInformer<Greeting> greetings = factory.informerFor(Greeting.class, scope.build());
        SharedIndexInformer<ConfigMap> configMaps = factory.informerFor(ConfigMap.class,
                scope.labelSelector(GreetingReconciler.MANAGED_BY + "=" + GreetingReconciler.MANAGER).build());
        this.events = EventBroadcaster.create(client.restClient());
        GreetingReconciler reconciler = new GreetingReconciler(client, greetings, configMaps,
                events.newRecorder("samples.kube4j.io/" + GreetingReconciler.MANAGER));
        this.controller = Controller.builder("greetings", greetings, reconciler)
                .owns(configMaps) // a changed or deleted ConfigMap reconciles its Greeting again
                .workers(2)
                .build();
    }

    /** Installs (server-side applies) the Greeting CRD and waits until the server serves it. */
    public static void installCrd(KubernetesClient client) {
        ManifestApplier.builder(client.restClient()).fieldManager(GreetingReconciler.MANAGER).forceConflicts(true)
                .build().apply(Manifests.read(crdYaml(), "greetings.yaml")).throwIfFailed();
    }

    /** The CRD the model classes were generated from. */
    public static String crdYaml() {
        try (InputStream in = GreetingOperator.class.getResourceAsStream("/crds/greetings.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the informers and the workers and waits until the caches are filled. */
    public void start() {
        controller.start();
        factory.start();
        factory.waitForCacheSync(Duration.ofSeconds(60));
    }

    /** Reconciles run so far. */
    public long reconciles() {
        return controller.reconciles();
    }

    @Override
    public void close() {
        controller.close();
        factory.close();
        events.close();
    }
}
