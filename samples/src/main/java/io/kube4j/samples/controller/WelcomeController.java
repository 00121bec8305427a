package io.kube4j.samples.controller;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.core.v1.Namespace;
import io.kube4j.client.ApplyOptions;
import io.kube4j.client.KubernetesClient;
import io.kube4j.controller.Controller;
import io.kube4j.controller.Reconciler;
import io.kube4j.controller.Result;
import io.kube4j.informers.InformerOptions;
import io.kube4j.informers.ObjectKey;
import io.kube4j.informers.SharedIndexInformer;
import io.kube4j.informers.SharedInformerFactory;
import io.kube4j.samples.Clusters;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A controller in 60 lines: every Namespace labeled {@code kube4j.io/welcome=true} keeps a "welcome" ConfigMap. */
public final class WelcomeController {
    public static final String LABEL = "kube4j.io/welcome";

    public static void main(String[] args) throws Exception {
        try (KubernetesClient client = KubernetesClient.create(Clusters.resolve(System.err));
                AutoCloseable controller = start(client)) {
            System.out.println("Welcoming namespaces labeled " + LABEL + "=true. Ctrl-C stops.");
            Thread.currentThread().join(); // until the process is stopped
        }
    }

    /** Starts the informers and the controller; closing the result stops both. */
    public static AutoCloseable start(KubernetesClient client) {
        SharedInformerFactory factory = SharedInformerFactory.create(client, Duration.ZERO);
        SharedIndexInformer<Namespace> namespaces = factory.informerFor(Namespace.class,
                InformerOptions.builder().labelSelector(LABEL + "=true").build());
        SharedIndexInformer<ConfigMap> welcomes = factory.informerFor(ConfigMap.class,
                InformerOptions.builder().fieldSelector("metadata.name=welcome").build());

        Reconciler reconciler = key -> {                      // key: the Namespace's name
            Optional<Namespace> ns = namespaces.lister().get(key.name());
            if (ns.isEmpty() || ns.get().metadata().deletionTimestamp() != null) {
                return Result.done();                         // not (or no longer) ours
            }
            String message = "Welcome to " + key.name() + "!";
            boolean upToDate = welcomes.lister().get(key.name(), "welcome")
                    .map(cm -> message.equals(cm.data().get("message"))).orElse(false);
            if (!upToDate) {                                  // missing or changed: apply our intent
                client.coreV1().configMaps(key.name()).apply(ConfigMap.builder()
                        .metadata(m -> m.name("welcome").namespace(key.name()))
                        .putData("message", message)
                        .build(), ApplyOptions.fieldManager("welcome-controller").force());
            }
            return Result.done();                             // an exception would retry with backoff
        };

        Controller controller = Controller.builder("welcome", namespaces, reconciler)
                .watches(welcomes, cm -> List.of(ObjectKey.of(null, cm.metadata().namespace())))
                .build();
        controller.start();
        factory.start();
        factory.waitForCacheSync(Duration.ofSeconds(60));
        return () -> {
            controller.close();                               // controller first, then the informers
            factory.close();
        };
    }
}
