package io.kube4j.samples.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Where a command reads and writes: the process's streams in {@code main}, captured ones in tests.
 *
 * @param out         results
 * @param err         errors, warnings and notes
 * @param in          {@code apply -f -} reads it
 * @param interactive whether {@code out} is a terminal (progress lines are redrawn in place)
 */
public record Console(PrintStream out, PrintStream err, InputStream in, boolean interactive) {
    /** The process's own streams; interactive when there is a terminal. */
    public static Console system() {
        return new Console(System.out, System.err, System.in, System.console() != null);
    }
}
