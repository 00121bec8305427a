package io.kube4j.samples.operator;

import io.kube4j.client.KubernetesClient;
import io.kube4j.leaderelection.LeaderElectionConfig;
import io.kube4j.leaderelection.LeaderElector;
import io.kube4j.samples.cli.Args;
import io.kube4j.samples.cli.ConfigSource;
import io.kube4j.samples.cli.Console;
import io.kube4j.samples.cli.Flag;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * {@code operator [-n namespace] [--lease-namespace ns] [--demo]}: installs the Greeting CRD and runs the operator
 * while this process holds the {@code greeting-operator} Lease (start several: one reconciles, the others wait
 * to take over). Stops on Ctrl-C, releasing the Lease. With {@code --demo}, shows the operator at work instead.
 */
public final class OperatorMain {
    private static final List<Flag> FLAGS = List.of(
            Flag.value("namespace", "n", "reconcile the Greetings of one namespace (default: all)"),
            Flag.value("lease-namespace", null, "where the leader election Lease lives (default: default)"),
            Flag.value("kubeconfig", null, "the kubeconfig file to use"),
            Flag.bool("demo", null, "create, change and delete a Greeting, showing what the operator does"));

    private OperatorMain() {
    }

    public static int run(List<String> argv, Console console, ConfigSource configs) throws InterruptedException {
        Args args = Args.parse(argv, FLAGS);
        PrintStream out = console.out();
        try (KubernetesClient client = KubernetesClient.create(
                configs.resolve(args.value("kubeconfig").orElse(null), null, console.err()))) {
            if (args.flag("demo")) {
                OperatorDemo.run(client, out);
                return 0;
            }
            GreetingOperator.installCrd(client);
            String namespace = args.value("namespace").orElse(null);
            LeaderElectionConfig election = LeaderElectionConfig.builder()
                    .lease(args.value("lease-namespace").orElse("default"), GreetingReconciler.MANAGER)
                    .identity(identity())
                    .releaseOnCancel(true)
                    .onNewLeader(leader -> out.println("Leader is now " + leader))
                    .onStartedLeading(leadership -> {
                        try (GreetingOperator operator = new GreetingOperator(client, namespace)) {
                            operator.start();
                            out.println("Leading: reconciling Greetings in "
                                    + (namespace == null ? "all namespaces" : "namespace " + namespace) + ". Ctrl-C stops.");
                            leadership.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt(); // the term ended
                        }
                    })
                    .onStoppedLeading(() -> out.println("Stopped leading."))
                    .build();
            try (LeaderElector elector = LeaderElector.create(client.restClient(), election)) {
                Runtime.getRuntime().addShutdownHook(new Thread(elector::close, "greeting-operator-shutdown"));
                out.println("Waiting to lead (Lease " + election.leaseNamespace() + "/" + election.leaseName()
                        + ", identity " + election.identity() + ")...");
                elector.run();
            }
            return 0;
        }
    }

    private static String identity() {
        try {
            return InetAddress.getLocalHost().getHostName() + "-" + ProcessHandle.current().pid();
        } catch (UnknownHostException e) {
            return "greeting-operator-" + ProcessHandle.current().pid();
        }
    }
}
