package io.kube4j.samples.operator;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.client.ApplyOptions;
import io.kube4j.client.KubernetesClient;
import io.kube4j.controller.Reconciler;
import io.kube4j.controller.Result;
import io.kube4j.events.EventRecorder;
import io.kube4j.events.EventType;
import io.kube4j.informers.ObjectKey;
import io.kube4j.informers.SharedIndexInformer;
import io.kube4j.samples.operator.api.v1.Greeting;
import io.kube4j.samples.operator.api.v1.GreetingClient;
import io.kube4j.samples.operator.api.v1.GreetingStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the world match one Greeting: a ConfigMap {@code <name>-greeting} holding the greetings, controlled by
 * the Greeting (so the garbage collector deletes it with it), and the Greeting's status. Both writes are
 * server-side applies of the whole intent, so reconciling again is harmless; reads come from the informers'
 * caches, and a write is skipped when the cache already shows the desired state.
 */
public final class GreetingReconciler implements Reconciler {
    /** The field manager of everything the operator writes. */
    public static final String MANAGER = "greeting-operator";
    /** The label on the ConfigMaps the operator owns (its ConfigMap informer watches only these). */
    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";

    private static final Logger LOG = LoggerFactory.getLogger(GreetingReconciler.class);
    private static final ApplyOptions APPLY = ApplyOptions.fieldManager(MANAGER).force();

    private final KubernetesClient client;
    private final SharedIndexInformer<Greeting> greetings;
    private final SharedIndexInformer<ConfigMap> configMaps;
    private final EventRecorder events;

    public GreetingReconciler(KubernetesClient client, SharedIndexInformer<Greeting> greetings,
            SharedIndexInformer<ConfigMap> configMaps, EventRecorder events) {
        this.client = client;
        this.greetings = greetings;
        this.configMaps = configMaps;
        this.events = events;
    }

    @Override
    public Result reconcile(ObjectKey key) {
        Optional<Greeting> cached = greetings.lister().get(key.namespace(), key.name());
        if (cached.isEmpty()) {
            return Result.done(); // deleted: the garbage collector removes the ConfigMap it controlled
        }
        Greeting greeting = cached.get();
        ConfigMap desired = configMapFor(greeting);
        String name = desired.metadata().name();
        Optional<ConfigMap> current = configMaps.lister().get(key.namespace(), name);
        if (current.isEmpty() || !current.get().data().equals(desired.data())
                || current.get().metadata().ownerReferences().stream().noneMatch(r -> greeting.metadata().uid().equals(r.uid()))) {
            client.coreV1().configMaps(key.namespace()).apply(desired, APPLY);
            LOG.info("{}: applied configmap {}", key, name);
            events.eventf(greeting, null, EventType.NORMAL, "ConfigMapApplied", "Apply",
                    "configmap %s holds %d greeting(s)", name, desired.data().get("greetings.txt").split("\n").length);
        }
        GreetingStatus status = GreetingStatus.builder().configMap(name)
                .observedGeneration(greeting.metadata().generation())
                .recipients(recipients(greeting).size()).build();
        if (!status.equals(greeting.status())) {
            new GreetingClient(client.restClient(), key.namespace()).applyStatus(Greeting.builder()
                    .metadata(m -> m.name(key.name()).namespace(key.namespace())).status(status).build(), APPLY);
            LOG.info("{}: status configMap={} observedGeneration={}", key, name, status.observedGeneration());
        }
        return Result.done();
    }

    /** The ConfigMap a Greeting asks for: one line per recipient ("world" when it names none). */
    static ConfigMap configMapFor(Greeting g) {
        String text = recipients(g).stream().map(r -> g.spec().message() + ", " + r + "!")
                .collect(Collectors.joining("\n", "", "\n"));
        return ConfigMap.builder()
                .metadata(m -> m.name(g.metadata().name() + "-greeting").namespace(g.metadata().namespace())
                        .putLabel(MANAGED_BY, MANAGER)
                        .addOwnerReference(o -> o.apiVersion(Greeting.API_VERSION).kind(Greeting.KIND)
                                .name(g.metadata().name()).uid(g.metadata().uid())
                                .controller(true).blockOwnerDeletion(true)))
                .data(Map.of("greetings.txt", text))
                .build();
    }

    private static List<String> recipients(Greeting g) {
        return g.spec() == null || g.spec().recipients().isEmpty() ? List.of("world") : g.spec().recipients();
    }
}
