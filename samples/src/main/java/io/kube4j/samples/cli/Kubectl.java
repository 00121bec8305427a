package io.kube4j.samples.cli;

import io.kube4j.client.ApiException;
import io.kube4j.client.Config;
import io.kube4j.client.KubeException;
import io.kube4j.samples.Clusters;
import io.kube4j.samples.cli.describe.DescribeCommand;
import io.kube4j.samples.cli.get.GetCommand;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A kubectl-like CLI on kube4j: {@code get}, {@code describe}, {@code apply}, {@code delete}, {@code logs},
 * {@code scale}, {@code rollout status}, {@code api-resources}, {@code version}. {@link #run} is the whole
 * program with the console and the cluster passed in, so tests run it in-process.
 *
 * <p>Errors print like kubectl's ({@code Error from server (NotFound): pods "x" not found}) and exit with 1;
 * a stack trace only with {@code -v}.
 */
public final class Kubectl {
    static final String PROGRAM = "kube4j-samples";
    private static final List<Flag> GLOBAL = List.of(
            Flag.value("namespace", "n", "the namespace of this request"),
            Flag.value("kubeconfig", null, "the kubeconfig file to use"),
            Flag.value("context", null, "the kubeconfig context to use"),
            Flag.bool("v", "v", "verbose: print stack traces of errors"),
            Flag.bool("help", "h", "help for the command"));
    private static final List<Command> COMMANDS = List.of(new GetCommand(), new DescribeCommand(),
            new ApplyCommand(), new DeleteCommand(), new LogsCommand(), new ScaleCommand(), new RolloutCommand(),
            new ApiResourcesCommand(), new VersionCommand());

    private Kubectl() {
    }

    /** Whether {@code word} names a CLI command. */
    public static boolean isCommand(String word) {
        return COMMANDS.stream().anyMatch(c -> c.name().equals(word));
    }

    /** Runs against the configured cluster, else the local one. */
    public static int run(List<String> args, Console console) {
        return run(args, console, Clusters::resolve);
    }

    /**
     * Runs one command line.
     *
     * @return the exit code: 0 for success, 1 for any error
     */
    public static int run(List<String> args, Console console, ConfigSource configs) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            printHelp(console.out());
            return 0;
        }
        Command command = COMMANDS.stream().filter(c -> c.name().equals(args.get(0))).findFirst().orElse(null);
        if (command == null) {
            console.err().println("error: unknown command \"" + args.get(0) + "\" for \"" + PROGRAM + "\"");
            console.err().println("Run '" + PROGRAM + " --help' for usage.");
            return 1;
        }
        boolean verbose = args.stream().anyMatch(a -> a.equals("-v") || a.startsWith("-v=") || a.startsWith("--v="));
        try {
            List<Flag> flags = new ArrayList<>(command.flags());
            flags.addAll(GLOBAL);
            Args parsed = Args.parse(args.subList(1, args.size()), flags);
            if (parsed.flag("help")) {
                printUsage(command, console.out());
                return 0;
            }
            Config config = configs.resolve(parsed.value("kubeconfig").orElse(null),
                    parsed.value("context").orElse(null), console.err());
            try (Session session = new Session(console, config, parsed.value("namespace").orElse(null), verbose)) {
                return command.run(session, parsed);
            }
        } catch (UsageException e) {
            console.err().println("error: " + e.getMessage());
            console.err().println("See '" + PROGRAM + " " + command.name() + " --help' for usage.");
            return 1;
        } catch (Exception e) {
            printError(e, console.err(), verbose);
            return 1;
        }
    }

    /** kubectl's error line: the server's reason and message for API errors, {@code error: ...} otherwise. */
    /** Prints {@link #errorLine}, and the stack trace when verbose. */
    public static void printError(Throwable e, PrintStream err, boolean verbose) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        err.println(errorLine(e));
        if (verbose) {
            e.printStackTrace(err);
        }
    }

    /** The line kubectl prints for a failure. */
    public static String errorLine(Throwable e) {
        if (e instanceof ApiException a) {
            String message = a.status().message() == null || a.status().message().isEmpty() ? a.getMessage()
                    : a.status().message();
            return a.reason().isEmpty() ? "Error from server: " + message
                    : "Error from server (" + a.reason() + "): " + message;
        }
        if (e instanceof KubeException || e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e instanceof java.io.IOException) {
            return "error: " + e.getMessage();
        }
        return "error: " + e;
    }

    private static void printHelp(PrintStream out) {
        out.println("kube4j-samples: a kubectl-like CLI built on kube4j, plus runnable samples.");
        out.println();
        out.println("Samples:");
        out.println("  demo          create a namespace, a ConfigMap and a Deployment, watch its Pods, clean up");
        out.println("  operator      run the Greeting operator (--demo: show it at work, then exit)");
        out.println("  controller    run the 60-line WelcomeController");
        out.println();
        out.println("Commands:");
        for (Command c : COMMANDS) {
            out.printf("  %-13s %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("Usage: " + PROGRAM + " <command> [flags]; '" + PROGRAM + " <command> --help' for a command's flags.");
        out.println("The cluster: --kubeconfig, else KUBECONFIG, ~/.kube/config or the pod's service account, else");
        out.println("the local kube-apiserver of scripts/kube-apiserver.sh.");
    }

    private static void printUsage(Command command, PrintStream out) {
        out.println(command.summary());
        out.println();
        out.println("Usage: " + PROGRAM + " " + command.usage());
        out.println();
        out.println("Flags:");
        command.flags().forEach(f -> out.println(f.usage()));
        out.println();
        out.println("Global flags:");
        GLOBAL.forEach(f -> out.println(f.usage()));
    }
}
