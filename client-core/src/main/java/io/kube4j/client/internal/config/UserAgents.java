package io.kube4j.client.internal.config;

import io.kube4j.client.Config;
import java.util.Locale;

/** The default {@code User-Agent}: {@code kube4j/<version> (<os>/<arch>)}, spelled like client-go's GOOS/GOARCH. */
public final class UserAgents {
    /** Version from the jar manifest's {@code Implementation-Version}, or {@code dev} when run from classes. */
    public static final String VERSION = version();
    public static final String DEFAULT = "kube4j/" + VERSION + " (" + os() + "/" + arch() + ")";

    private UserAgents() {
    }

    private static String version() {
        Package p = Config.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    // os.name/os.arch describe the JVM, not the user's configuration, so reading them here is not ambient config.
    private static String os() {
        String name = System.getProperty("os.name", "unknown").toLowerCase(Locale.ROOT);
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return "darwin";
        }
        if (name.startsWith("windows")) {
            return "windows";
        }
        return name.replace(' ', '-');
    }

    private static String arch() {
        String arch = System.getProperty("os.arch", "unknown").toLowerCase(Locale.ROOT);
        switch (arch) {
            case "x86_64":
            case "amd64":
                return "amd64";
            case "aarch64":
            case "arm64":
                return "arm64";
            case "x86":
            case "i386":
            case "i686":
                return "386";
            default:
                return arch;
        }
    }
}
