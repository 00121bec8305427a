package io.kube4j.samples.cli;

import java.util.List;

/** One CLI command, e.g. {@code get}. Implementations are small and stateless. */
public interface Command {
    /** The word that selects it, e.g. {@code get}. */
    String name();

    /** The usage line after the program name, e.g. {@code get <resource> [name...] [flags]}. */
    String usage();

    /** One line for the command list. */
    String summary();

    /** Its own flags (the global ones are added by the runner). */
    List<Flag> flags();

    /**
     * Runs the command.
     *
     * @return the exit code: 0 for success
     * @throws Exception any failure; the runner prints it like kubectl and exits with 1
     */
    int run(Session session, Args args) throws Exception;
}
