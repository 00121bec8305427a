package io.kube4j.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The local, real kube-apiserver (with etcd and kube-controller-manager) that
 * {@code scripts/kube-apiserver.sh} builds and runs on 127.0.0.1.
 *
 * <p>{@link #ensureRunning()} reuses a running server (named by {@code KUBE4J_TEST_DIR}, or the
 * script's default state folder) or starts one by running the script, which builds the binaries on
 * first use (minutes) and reuses its cache afterwards (seconds). The server is left running for the
 * next test JVM; {@code scripts/kube-apiserver.sh stop} stops it. Progress and the server address go to
 * stderr, so a program that prints results on stdout (the samples' CLI) stays pipeable.
 */
public final class LocalApiServer {
    private static LocalApiServer instance;

    private final Path script;
    private final Path stateDir;
    private final String server;

    private LocalApiServer(Path script, Path stateDir, String server) {
        this.script = script;
        this.stateDir = stateDir;
        this.server = server;
    }

    /** Returns the running server, starting it (once per JVM) when needed. */
    public static synchronized LocalApiServer ensureRunning() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static LocalApiServer start() {
        Path script = findScript();
        Map<String, String> env = parseEnv(run(script, "start"));
        Path dir = Paths.get(require(env, "KUBE4J_TEST_DIR"));
        LocalApiServer s = new LocalApiServer(script, dir, require(env, "KUBE4J_TEST_SERVER"));
        System.err.println("[kube4j] real kube-apiserver at " + s.server + " (state " + dir + ")");
        return s;
    }

    /** Base URL, e.g. {@code https://127.0.0.1:40123}. */
    public String server() {
        return server;
    }

    /** Kubeconfig of a cluster-admin authenticated by a bearer token. */
    public Path adminKubeconfig() {
        return stateDir.resolve("admin.kubeconfig");
    }

    /** Kubeconfig of an authenticated user with no RBAC permissions (for 403 tests). */
    public Path unprivilegedKubeconfig() {
        return stateDir.resolve("nobody.kubeconfig");
    }

    /** Kubeconfig of a cluster-admin authenticated by an RSA client certificate (mutual TLS). */
    public Path clientCertKubeconfig() {
        return stateDir.resolve("admin-cert.kubeconfig");
    }

    /** PEM files of the test PKI: {@code ca.crt}, {@code admin-rsa.crt/.key}, {@code admin-ec.crt/.key}. */
    public Path pki(String file) {
        return stateDir.resolve("pki").resolve(file);
    }

    /** The admin bearer token (test credential; never printed by kube4j). */
    public String adminToken() {
        return read(stateDir.resolve("admin.token"));
    }

    /** The unprivileged user's bearer token. */
    public String unprivilegedToken() {
        return read(stateDir.resolve("nobody.token"));
    }

    /** The folder holding the server's state, certificates and logs. */
    public Path stateDir() {
        return stateDir;
    }

    /**
     * Restarts kube-apiserver on the same port and etcd. Its watch cache starts empty, so watches
     * from older resourceVersions then answer 410 Gone.
     */
    public void restartApiServer() {
        run(script, "restart-apiserver");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String require(Map<String, String> env, String key) {
        String v = env.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("scripts/kube-apiserver.sh printed no " + key);
        }
        return v;
    }

    static Map<String, String> parseEnv(List<String> lines) {
        Map<String, String> env = new HashMap<>();
        for (String line : lines) {
            String l = line.trim();
            if (l.startsWith("export ")) {
                l = l.substring("export ".length());
            }
            int eq = l.indexOf('=');
            if (eq > 0 && l.startsWith("KUBE4J_")) {
                env.put(l.substring(0, eq), l.substring(eq + 1));
            }
        }
        return env;
    }

    /** Finds scripts/kube-apiserver.sh in the working directory or one of its parents. */
    static Path findScript() {
        String override = System.getenv("KUBE4J_APISERVER_SCRIPT");
        if (override != null && !override.isBlank()) {
            return Paths.get(override);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("scripts").resolve("kube-apiserver.sh");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find scripts/kube-apiserver.sh from "
                + Paths.get("").toAbsolutePath() + "; run from the kube4j checkout or set KUBE4J_APISERVER_SCRIPT");
    }

    /** Runs the script; its log goes to this process's stderr, its stdout is returned. */
    private static List<String> run(Path script, String command) {
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), command)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        List<String> out = new ArrayList<>();
        try {
            Process p = pb.start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    out.add(line);
                }
            }
            int code = p.waitFor();
            if (code != 0) {
                throw new IllegalStateException(script + " " + command + " failed with exit code " + code);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + script, e);
        }
    }
}
