package io.kube4j.samples.cli;

import io.kube4j.client.Config;
import io.kube4j.client.RestClient;
import io.kube4j.discovery.DiscoveryClient;
import io.kube4j.discovery.RestMapper;
import io.kube4j.discovery.RestMapping;
import io.kube4j.dynamic.DynamicClient;
import io.kube4j.dynamic.DynamicResourceClient;
import java.io.PrintStream;

/**
 * What one CLI run shares: the connection (created on first use), discovery and the RestMapper, the
 * namespace, and the console. The server's warnings are printed like kubectl's ({@code Warning: ...}).
 */
public final class Session implements AutoCloseable {
    private final Console console;
    private final Config config;
    private final String namespace;
    private final boolean explicitNamespace;
    private final boolean verbose;
    private RestClient rest;
    private RestMapper mapper;

    Session(Console console, Config config, String namespaceFlag, boolean verbose) {
        this.console = console;
        this.verbose = verbose;
        this.config = config;
        this.explicitNamespace = namespaceFlag != null;
        String ns = namespaceFlag != null ? namespaceFlag : config.namespace();
        this.namespace = ns == null || ns.isEmpty() ? "default" : ns;
    }

    public PrintStream out() {
        return console.out();
    }

    public PrintStream err() {
        return console.err();
    }

    public Console console() {
        return console;
    }

    /** {@code -n}, else the kubeconfig context's namespace, else {@code default}. */
    public String namespace() {
        return namespace;
    }

    /** Whether {@code -n} was given (objects in a manifest must then agree with it). */
    public boolean explicitNamespace() {
        return explicitNamespace;
    }

    /**
     * Prints a failure the command goes on after (e.g. one of several names not found) as kubectl does, with
     * its stack trace under {@code -v}.
     */
    public void report(Throwable failure) {
        Kubectl.printError(failure, console.err(), verbose);
    }

    public Config config() {
        return config;
    }

    public synchronized RestClient rest() {
        if (rest == null) {
            PrintStream err = console.err();
            rest = RestClient.builder(config).warningHandler(w -> err.println("Warning: " + w)).build();
        }
        return rest;
    }

    public DynamicClient dynamic() {
        return DynamicClient.create(rest());
    }

    public synchronized RestMapper mapper() {
        if (mapper == null) {
            mapper = RestMapper.create(DiscoveryClient.create(rest()));
        }
        return mapper;
    }

    /** kubectl's resource argument ({@code po}, {@code pods}, {@code Pod}, {@code deployments.apps}, ...). */
    public RestMapping mapping(String resource) {
        return mapper().mappingFor(resource);
    }

    /**
     * The dynamic client of a mapping in {@code namespace}; cluster-scoped resources ignore it, and a null
     * namespace lists and watches a namespaced resource in all namespaces.
     */
    public DynamicResourceClient client(RestMapping mapping, String namespace) {
        var resource = dynamic().resource(mapping.resource());
        return mapping.namespaced() && namespace != null ? resource.inNamespace(namespace) : resource;
    }

    @Override
    public synchronized void close() {
        if (rest != null) {
            rest.close();
        }
    }
}
