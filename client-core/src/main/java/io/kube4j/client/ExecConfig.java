package io.kube4j.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of an exec credential plugin (a kubeconfig {@code users[].user.exec} entry): a command that
 * prints a {@code client.authentication.k8s.io} {@code ExecCredential} with a token or a client
 * certificate. Immutable; {@link #toString()} shows environment variable names only.
 */
public final class ExecConfig {
    /** {@code client.authentication.k8s.io/v1}. */
    public static final String V1 = "client.authentication.k8s.io/v1";
    /** {@code client.authentication.k8s.io/v1beta1}. */
    public static final String V1BETA1 = "client.authentication.k8s.io/v1beta1";

    /** Whether the plugin may use standard input; kube4j always runs plugins non-interactively. */
    public enum InteractiveMode {
        /** {@code Never}. */
        NEVER("Never"),
        /** {@code IfAvailable}. */
        IF_AVAILABLE("IfAvailable"),
        /** {@code Always}: such a plugin cannot run under kube4j, which has no terminal to give it. */
        ALWAYS("Always");

        private final String wireName;

        InteractiveMode(String wireName) {
            this.wireName = wireName;
        }

        /** The kubeconfig spelling ({@code Never}, {@code IfAvailable}, {@code Always}). */
        public String wireName() {
            return wireName;
        }

        /** Parses the kubeconfig spelling. */
        public static InteractiveMode fromWireName(String name) {
            for (InteractiveMode m : values()) {
                if (m.wireName.equals(name)) {
                    return m;
                }
            }
            throw new ConfigException("interactiveMode: invalid value \"" + name + "\" (expected Never, IfAvailable or Always)");
        }
    }

    private final String command;
    private final List<String> args;
    private final Map<String, String> env;
    private final String apiVersion;
    private final String installHint;
    private final boolean provideClusterInfo;
    private final InteractiveMode interactiveMode;
    private final Map<String, Object> clusterConfig;

    private ExecConfig(Builder b) {
        this.command = b.command;
        this.args = List.copyOf(b.args);
        this.env = Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
        this.apiVersion = b.apiVersion;
        this.installHint = b.installHint;
        this.provideClusterInfo = b.provideClusterInfo;
        this.interactiveMode = b.interactiveMode;
        this.clusterConfig = b.clusterConfig;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.command = command;
        b.args.addAll(args);
        b.env.putAll(env);
        b.apiVersion = apiVersion;
        b.installHint = installHint;
        b.provideClusterInfo = provideClusterInfo;
        b.interactiveMode = interactiveMode;
        b.clusterConfig = clusterConfig;
        return b;
    }

    /** The program to run: a name looked up on {@code PATH}, or a path. */
    public String command() {
        return command;
    }

    public List<String> args() {
        return args;
    }

    /** Extra environment variables, added to the inherited environment. */
    public Map<String, String> env() {
        return env;
    }

    /** {@link #V1} or {@link #V1BETA1}. */
    public String apiVersion() {
        return apiVersion;
    }

    /** Shown to the user when the command cannot be found; may be null. */
    public String installHint() {
        return installHint;
    }

    /** Whether {@code KUBERNETES_EXEC_INFO} carries the cluster's server, CA and settings. */
    public boolean provideClusterInfo() {
        return provideClusterInfo;
    }

    public InteractiveMode interactiveMode() {
        return interactiveMode;
    }

    /**
     * The cluster's {@code client.authentication.k8s.io/exec} extension, passed to the plugin as
     * {@code spec.cluster.config}; an empty map when there is none.
     */
    public Map<String, Object> clusterConfig() {
        return clusterConfig;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ExecConfig)) {
            return false;
        }
        ExecConfig e = (ExecConfig) o;
        return command.equals(e.command) && args.equals(e.args) && env.equals(e.env) && apiVersion.equals(e.apiVersion)
                && Objects.equals(installHint, e.installHint) && provideClusterInfo == e.provideClusterInfo
                && interactiveMode == e.interactiveMode && clusterConfig.equals(e.clusterConfig);
    }

    @Override
    public int hashCode() {
        return Objects.hash(command, args, env, apiVersion, installHint, provideClusterInfo, interactiveMode, clusterConfig);
    }

    @Override
    public String toString() {
        return "ExecConfig{command=" + command + ", args=" + args.size() + " argument(s), env=" + env.keySet()
                + ", apiVersion=" + apiVersion + ", provideClusterInfo=" + provideClusterInfo
                + ", interactiveMode=" + interactiveMode.wireName() + "}";
    }

    /** Builder; {@link #build()} validates. */
    public static final class Builder {
        private String command;
        private final List<String> args = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private String apiVersion = V1;
        private String installHint;
        private boolean provideClusterInfo;
        private InteractiveMode interactiveMode;
        private Map<String, Object> clusterConfig = Map.of();

        private Builder() {
        }

        public Builder command(String command) {
            this.command = command;
            return this;
        }

        public Builder args(List<String> args) {
            this.args.clear();
            this.args.addAll(args);
            return this;
        }

        public Builder addArg(String arg) {
            args.add(Objects.requireNonNull(arg, "arg"));
            return this;
        }

        public Builder env(Map<String, String> env) {
            this.env.clear();
            this.env.putAll(env);
            return this;
        }

        public Builder putEnv(String name, String value) {
            env.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder apiVersion(String apiVersion) {
            this.apiVersion = apiVersion;
            return this;
        }

        public Builder installHint(String installHint) {
            this.installHint = installHint;
            return this;
        }

        public Builder provideClusterInfo(boolean provideClusterInfo) {
            this.provideClusterInfo = provideClusterInfo;
            return this;
        }

        /** Required for {@link #V1}; defaults to {@code IfAvailable} for {@link #V1BETA1}, as client-go does. */
        public Builder interactiveMode(InteractiveMode interactiveMode) {
            this.interactiveMode = interactiveMode;
            return this;
        }

        public Builder clusterConfig(Map<String, Object> clusterConfig) {
            this.clusterConfig = clusterConfig == null ? Map.of() : freezeMap(clusterConfig);
            return this;
        }

        /** Validates: a command, a supported apiVersion, and for v1 an interactiveMode. */
        public ExecConfig build() {
            if (command == null || command.isBlank()) {
                throw new ConfigException("exec.command: not set");
            }
            if (!V1.equals(apiVersion) && !V1BETA1.equals(apiVersion)) {
                throw new ConfigException("exec.apiVersion: " + (apiVersion == null || apiVersion.isEmpty() ? "not set"
                        : "unsupported version \"" + apiVersion + "\"") + " (expected " + V1 + " or " + V1BETA1 + ")");
            }
            for (String name : env.keySet()) {
                if (name.isEmpty() || name.indexOf('=') >= 0) {
                    throw new ConfigException("exec.env: invalid variable name \"" + name + "\"");
                }
            }
            if (interactiveMode == null) {
                if (V1.equals(apiVersion)) {
                    throw new ConfigException("exec.interactiveMode: not set (required by " + V1 + ")");
                }
                interactiveMode = InteractiveMode.IF_AVAILABLE;
            }
            return new ExecConfig(this);
        }
    }

    /** Deep, insertion-ordered, unmodifiable copy of a JSON-like value tree. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> freezeMap(Map<String, Object> map) {
        return (Map<String, Object>) freeze(map);
    }

    private static Object freeze(Object value) {
        if (value instanceof Map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> copy.put(String.valueOf(k), freeze(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List) {
            List<Object> copy = new ArrayList<>();
            ((List<?>) value).forEach(v -> copy.add(freeze(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
