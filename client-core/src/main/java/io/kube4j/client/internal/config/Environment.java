package io.kube4j.client.internal.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The process environment as seen by config auto-detection; the one place kube4j reads environment
 * variables and the home directory. Tests pass their own.
 */
public interface Environment {
    /** The variable's value, or null when unset. */
    String get(String name);

    /** The user's home directory, or null when unknown. */
    Path homeDir();

    /** First non-empty value among {@code names}, or null. */
    default String firstOf(String... names) {
        for (String n : names) {
            String v = get(n);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    /** The real environment: {@code $HOME} (on Windows also {@code USERPROFILE}), else {@code user.home}. */
    static Environment system() {
        return new Environment() {
            @Override
            public String get(String name) {
                return System.getenv(name);
            }

            @Override
            public Path homeDir() {
                String home = firstOf("HOME");
                if (home == null && System.getProperty("os.name", "").startsWith("Windows")) {
                    home = firstOf("USERPROFILE");
                }
                if (home == null) {
                    home = System.getProperty("user.home");
                }
                return home == null || home.isEmpty() ? null : Path.of(home);
            }
        };
    }

    /** A fixed environment, for tests. */
    static Environment of(Map<String, String> vars, Path home) {
        Map<String, String> copy = Map.copyOf(vars);
        return new Environment() {
            @Override
            public String get(String name) {
                return copy.get(name);
            }

            @Override
            public Path homeDir() {
                return home;
            }
        };
    }
}
