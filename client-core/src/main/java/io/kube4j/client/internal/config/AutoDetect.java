package io.kube4j.client.internal.config;

import io.kube4j.client.Config;
import io.kube4j.client.ConfigException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code Config.autoDetect()}: the files in {@code KUBECONFIG} (missing ones skipped), else
 * {@code ~/.kube/config}, else in-cluster. A source that exists but is broken is an error, not a reason to
 * try the next one: silently talking to another cluster would be worse.
 */
public final class AutoDetect {
    private AutoDetect() {
    }

    public static Config detect(Environment env, InClusterLoader.Paths inCluster) {
        return detect(env, inCluster, null);
    }

    /**
     * As {@link #detect(Environment, InClusterLoader.Paths)}, with {@code context} (when not null) chosen instead of
     * the files' current context; a named context never falls back to in-cluster, which has none.
     */
    public static Config detect(Environment env, InClusterLoader.Paths inCluster, String context) {
        List<String> tried = new ArrayList<>();
        String list = env.get("KUBECONFIG");
        if (list != null && !list.isBlank()) {
            List<Path> existing = new ArrayList<>();
            for (Path p : split(list)) {
                if (Files.exists(p)) {
                    existing.add(p);
                }
            }
            if (existing.isEmpty()) {
                tried.add("KUBECONFIG=" + list + ": none of the files exist");
            } else {
                Config c = fromFiles(existing, context, env, tried, "KUBECONFIG=" + list);
                if (c != null) {
                    return c;
                }
            }
        }
        Path home = env.homeDir();
        if (home == null) {
            tried.add("~/.kube/config: the home directory is unknown");
        } else {
            Path file = home.resolve(".kube").resolve("config");
            if (!Files.exists(file)) {
                tried.add(file + ": does not exist");
            } else {
                Config c = fromFiles(List.of(file), context, env, tried, file.toString());
                if (c != null) {
                    return c;
                }
            }
        }
        if (context != null) {
            throw new ConfigException("no kubeconfig defines context \"" + context + "\"; tried: "
                    + String.join("; ", tried));
        }
        String why = InClusterLoader.notPossibleReason(env, inCluster);
        if (why == null) {
            try {
                return InClusterLoader.load(env, inCluster);
            } catch (ConfigException e) {
                throw withTried(e, tried);
            }
        }
        tried.add("in-cluster: " + why);
        throw new ConfigException("no Kubernetes configuration found; tried: " + String.join("; ", tried));
    }

    /** Null (and a note in {@code tried}) when the files hold no configuration at all. */
    private static Config fromFiles(List<Path> files, String context, Environment env, List<String> tried,
            String label) {
        try {
            MergedKubeconfig merged = KubeconfigLoader.merge(files);
            if (merged.isEmpty()) {
                tried.add(label + ": empty");
                return null;
            }
            Config c = ContextResolver.resolve(merged, context);
            return withProxyEnvironment(c.toBuilder(), env).build();
        } catch (ConfigException e) {
            throw withTried(e, tried);
        }
    }

    /** Stores {@code HTTPS_PROXY}/{@code HTTP_PROXY}/{@code NO_PROXY} (upper case first, as Go reads them). */
    static Config.Builder withProxyEnvironment(Config.Builder b, Environment env) {
        return b.httpsProxy(envProxy(env, "HTTPS_PROXY", "https_proxy"))
                .httpProxy(envProxy(env, "HTTP_PROXY", "http_proxy"))
                .noProxy(env.firstOf("NO_PROXY", "no_proxy"));
    }

    private static String envProxy(Environment env, String upper, String lower) {
        String value = env.firstOf(upper, lower);
        if (value == null) {
            return null;
        }
        // Go treats a proxy without a scheme as http://host:port.
        String url = value.contains("://") ? value.strip() : "http://" + value.strip();
        ConfigChecks.checkProxyUrl(url, upper);
        return url;
    }

    private static ConfigException withTried(ConfigException e, List<String> tried) {
        if (tried.isEmpty()) {
            return e;
        }
        return new ConfigException(e.getMessage() + " (before that, tried: " + String.join("; ", tried) + ")", e);
    }

    static List<Path> split(String list) {
        Set<Path> out = new LinkedHashSet<>();
        for (String part : list.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
            if (!part.isBlank()) {
                out.add(Path.of(part.strip()));
            }
        }
        return new ArrayList<>(out);
    }
}
