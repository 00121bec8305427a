package io.kube4j.samples;

import io.kube4j.samples.cli.Console;
import io.kube4j.samples.cli.Kubectl;
import io.kube4j.samples.controller.WelcomeController;
import io.kube4j.samples.demo.Demo;
import io.kube4j.samples.operator.OperatorMain;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar kube4j-samples.jar <program>}: {@code demo}, {@code operator}, {@code controller}, or a
 * kubectl-like command ({@code get}, {@code apply}, ...; {@code --help} lists them).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] argv) throws Exception {
        List<String> args = Arrays.asList(argv);
        String program = args.isEmpty() ? "" : args.get(0);
        List<String> rest = args.isEmpty() ? args : args.subList(1, args.size());
        Console console = Console.system();
        int code;
        try {
            code = run(program, args, rest, console);
        } catch (Exception e) { // the CLI prints its own errors; this is for the other programs
            console.err().println(Kubectl.errorLine(e));
            if (args.contains("-v")) {
                e.printStackTrace(console.err());
            }
            code = 1;
        }
        System.exit(code);
    }

    private static int run(String program, List<String> args, List<String> rest, Console console) throws Exception {
        return switch (program) {
            case "demo" -> {
                Demo.run(Clusters.resolve(console.err()), console.out());
                yield 0;
            }
            case "operator" -> OperatorMain.run(rest, console, Clusters::resolve);
            case "controller" -> {
                WelcomeController.main(rest.toArray(String[]::new));
                yield 0;
            }
            default -> Kubectl.run(args, console);
        };
    }
}
