package io.kube4j.codegen;

import java.io.UncheckedIOException;

/**
 * Entry point of the executable jar ({@code java -jar kube4j-codegen-<version>-cli.jar crd ...}): runs
 * {@link Main} and turns a bad argument or input into a one-line message and exit code 2 (I/O failures: 1).
 */
public final class Cli {
    private Cli() {
    }

    public static void main(String[] args) {
        try {
            Main.main(args);
        } catch (IllegalArgumentException e) {
            System.err.println("kube4j-codegen: " + e.getMessage());
            System.exit(2);
        } catch (UncheckedIOException | java.io.IOException e) {
            System.err.println("kube4j-codegen: " + e.getMessage());
            System.exit(1);
        }
    }
}
