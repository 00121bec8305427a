package io.kube4j.samples.cli;

import io.kube4j.client.Config;
import java.io.PrintStream;

/** Turns {@code --kubeconfig} and {@code --context} (either may be null) into a {@link Config}. */
@FunctionalInterface
public interface ConfigSource {
    Config resolve(String kubeconfig, String context, PrintStream notes);
}
