package io.kube4j.samples.cli;

import io.kube4j.client.Config;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One in-process run of the CLI: its exit code and what it printed. */
public record CliResult(int code, String out, String err) {
    /** Runs {@code args} against {@code config} with {@code stdin} as standard input. */
    public static CliResult runWithInput(Config config, String stdin, String... args) {
        return run(config, stdin, false, args);
    }

    /** Runs {@code args} as if its output were a terminal. */
    public static CliResult runOnTerminal(Config config, String... args) {
        return run(config, "", true, args);
    }

    private static CliResult run(Config config, String stdin, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            Console console = new Console(o, e, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), terminal);
            int code = Kubectl.run(List.of(args), console, (kubeconfig, context, notes) -> config);
            return new CliResult(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    public static CliResult run(Config config, String... args) {
        return runWithInput(config, "", args);
    }

    /** The output's lines. */
    public List<String> lines() {
        return out.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
