package io.kube4j.samples.demo;

import io.kube4j.api.apps.v1.Deployment;
import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.core.v1.Namespace;
import io.kube4j.api.core.v1.Pod;
import io.kube4j.client.Config;
import io.kube4j.client.KubernetesClient;
import io.kube4j.client.ListOptions;
import io.kube4j.client.Watch;
import io.kube4j.client.WatchEvent;
import io.kube4j.samples.Waits;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The README's first program: a namespace, a ConfigMap and a Deployment; the Deployment's Pods listed and
 * watched as the controllers create them; then everything removed by deleting the namespace.
 */
public final class Demo {
    private Demo() {
    }

    public static void run(Config config, PrintStream out) throws InterruptedException {
        try (KubernetesClient client = KubernetesClient.create(config)) {
            out.println("Connected to " + config.server() + " (Kubernetes "
                    + client.discovery().serverVersion().gitVersion() + ")");
            String ns = "kube4j-demo-" + UUID.randomUUID().toString().substring(0, 6);
            client.coreV1().namespaces().create(Namespace.builder().metadata(m -> m.name(ns)).build());
            out.println("namespace/" + ns + " created");
            try {
                client.coreV1().configMaps(ns).create(ConfigMap.builder()
                        .metadata(m -> m.name("web-settings"))
                        .putData("GREETING", "Hello from kube4j")
                        .build());
                out.println("configmap/web-settings created");

                ListOptions web = ListOptions.builder().labelSelector("app=web").timeoutSeconds(60).build();
                try (Watch<Pod> pods = client.coreV1().pods(ns).watch(web)) { // watch first: see every Pod arrive
                    client.appsV1().deployments(ns).create(Deployment.builder()
                            .metadata(m -> m.name("web"))
                            .spec(s -> s.replicas(2)
                                    .selector(sel -> sel.putMatchLabel("app", "web"))
                                    .template(t -> t.metadata(m -> m.putLabel("app", "web"))
                                            .spec(p -> p.addContainer(c -> c.name("nginx").image("nginx:1.27")
                                                    .addEnvFrom(e -> e.configMapRef(r -> r.name("web-settings")))))))
                            .build());
                    out.println("deployment.apps/web created (2 replicas); watching its Pods:");
                    Set<String> seen = new HashSet<>();
                    for (WatchEvent<Pod> e : pods) {
                        Pod p = e.object();
                        out.printf("  %-9s pod/%s (%s)%n", e.type(), p.metadata().name(), p.status().phase());
                        if (seen.add(p.metadata().name()) && seen.size() == 2) {
                            break; // the ReplicaSet controller created both
                        }
                    }
                }

                List<Pod> list = client.coreV1().pods(ns).list(ListOptions.labelSelector("app=web")).items();
                out.println("Pods of deployment web:");
                for (Pod p : list) {
                    String node = p.spec().nodeName() == null ? "<none>" : p.spec().nodeName();
                    out.printf("  %-28s %-9s node=%s%n", p.metadata().name(), p.status().phase(), node);
                }
                if (list.stream().allMatch(p -> p.spec().nodeName() == null)) {
                    out.println("  They stay Pending: this cluster schedules no Pods (the local test server runs "
                            + "kube-apiserver and kube-controller-manager only: no scheduler, no kubelet).");
                }
            } finally {
                Instant start = Instant.now();
                client.coreV1().namespaces().delete(ns); // deletes everything in it
                out.println("namespace/" + ns + " deleted; waiting until it is gone...");
                Waits.untilTrue("namespace " + ns + " to go", Duration.ofMinutes(2),
                        () -> client.coreV1().namespaces().find(ns).isEmpty());
                out.println("namespace/" + ns + " is gone (" + Duration.between(start, Instant.now()).toSeconds()
                        + "s). Done.");
            }
        }
    }
}
