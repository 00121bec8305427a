package io.kube4j.samples.operator;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.core.v1.Namespace;
import io.kube4j.client.KubernetesClient;
import io.kube4j.client.PatchType;
import io.kube4j.samples.Waits;
import io.kube4j.samples.operator.api.v1.Greeting;
import io.kube4j.samples.operator.api.v1.GreetingClient;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code operator --demo}: runs the operator on a namespace of its own and shows it at work — a Greeting gets its
 * ConfigMap and status, a changed spec changes the ConfigMap, and deleting the Greeting lets the garbage
 * collector delete the ConfigMap. Then it removes the namespace.
 */
public final class OperatorDemo {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private OperatorDemo() {
    }

    public static void run(KubernetesClient client, PrintStream out) throws InterruptedException {
        GreetingOperator.installCrd(client);
        out.println("CRD greetings.samples.kube4j.io is established.");
        String ns = "greetings-demo-" + UUID.randomUUID().toString().substring(0, 6);
        client.coreV1().namespaces().create(Namespace.builder().metadata(m -> m.name(ns)).build());
        try (GreetingOperator operator = new GreetingOperator(client, ns)) {
            operator.start();
            out.println("Operator running on namespace " + ns + ".");
            GreetingClient greetings = new GreetingClient(client.restClient(), ns);

            greetings.create(Greeting.builder().metadata(m -> m.name("hello"))
                    .spec(s -> s.message("Hello").addRecipient("Alice").addRecipient("Bob")).build());
            out.println("\nCreated greeting/hello: message \"Hello\", recipients Alice and Bob.");
            ConfigMap cm = awaitConfigMap(client, ns, "Hello, Alice!");
            var owner = cm.metadata().ownerReferences().get(0);
            out.println("configmap/" + cm.metadata().name() + " appeared, controlled by " + owner.kind() + "/"
                    + owner.name() + " (controller=" + owner.controller() + "):");
            out.print(indent(cm.data().get("greetings.txt")));
            printStatus(out, awaitStatus(greetings, 1));

            greetings.patch("hello", PatchType.MERGE,
                    "{\"spec\":{\"message\":\"Bonjour\",\"recipients\":[\"Alice\",\"Bob\",\"Carol\"]}}");
            out.println("\nPatched greeting/hello: message \"Bonjour\", recipients Alice, Bob and Carol.");
            cm = awaitConfigMap(client, ns, "Bonjour, Carol!");
            out.println("configmap/" + cm.metadata().name() + " followed:");
            out.print(indent(cm.data().get("greetings.txt")));
            printStatus(out, awaitStatus(greetings, 2));

            greetings.delete("hello");
            out.println("\nDeleted greeting/hello.");
            Waits.untilTrue("the garbage collector to delete hello-greeting", WAIT,
                    () -> client.coreV1().configMaps(ns).find("hello-greeting").isEmpty());
            out.println("configmap/hello-greeting is gone: the garbage collector deleted it with its owner.");
            out.println("\n" + operator.reconciles() + " reconciles in all.");
        } finally {
            client.coreV1().namespaces().delete(ns);
            out.println("Deleted namespace " + ns + ".");
        }
    }

    private static ConfigMap awaitConfigMap(KubernetesClient client, String ns, String line) throws InterruptedException {
        return Waits.until("configmap hello-greeting with \"" + line + "\"", WAIT,
                () -> client.coreV1().configMaps(ns).find("hello-greeting")
                        .filter(c -> Objects.requireNonNullElse(c.data().get("greetings.txt"), "").contains(line)));
    }

    private static Greeting awaitStatus(GreetingClient greetings, long generation) throws InterruptedException {
        return Waits.until("status.observedGeneration " + generation, WAIT, () -> greetings.find("hello")
                .filter(g -> g.status() != null && Long.valueOf(generation).equals(g.status().observedGeneration())));
    }

    private static void printStatus(PrintStream out, Greeting g) {
        out.println("greeting/hello status: configMap=" + g.status().configMap() + ", observedGeneration="
                + g.status().observedGeneration() + ", recipients=" + g.status().recipients());
    }

    private static String indent(String text) {
        return text.lines().map(l -> "    " + l + "\n").reduce("", String::concat);
    }
}
