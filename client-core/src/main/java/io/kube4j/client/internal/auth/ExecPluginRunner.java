package io.kube4j.client.internal.auth;

import io.kube4j.client.ConfigException;
import io.kube4j.client.ExecConfig;
import io.kube4j.client.internal.Threads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Runs an exec credential plugin once: inherited environment plus the configured variables and
 * {@code KUBERNETES_EXEC_INFO}, no standard input, bounded output and a time limit. The caller's thread
 * waits; two short-lived {@code kube4j-exec-io} threads drain stdout and stderr so that a chatty plugin
 * cannot block on a full pipe. Errors name the command, exit code and the end of stderr, never stdout
 * (which holds the credential).
 */
final class ExecPluginRunner {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_STDOUT = 1 << 20;
    private static final int MAX_STDERR = 64 << 10;
    private static final int STDERR_IN_MESSAGE = 1024;
    private static final ThreadFactory IO_THREADS = Threads.factory("exec-io");

    private final Duration timeout;

    ExecPluginRunner(Duration timeout) {
        this.timeout = timeout;
    }

    /** The plugin's standard output. */
    String run(ExecConfig exec, String execInfoJson) {
        String name = "exec plugin \"" + exec.command() + "\"";
        List<String> cmd = new ArrayList<>();
        cmd.add(exec.command());
        cmd.addAll(exec.args());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(exec.env());
        pb.environment().put("KUBERNETES_EXEC_INFO", execInfoJson);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            String hint = exec.installHint() == null ? "" : "\n" + exec.installHint().strip();
            throw new ConfigException(name + ": cannot start: " + e.getMessage() + hint, e);
        }
        try {
            process.getOutputStream().close(); // not interactive: the plugin reads EOF
        } catch (IOException ignored) {
            // the plugin may already have exited
        }
        Drain stdout = new Drain(process.getInputStream(), MAX_STDOUT);
        Drain stderr = new Drain(process.getErrorStream(), MAX_STDERR);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                stderr.await(1_000); // let it collect what the plugin said before it hung
                throw new ConfigException(name + ": no answer within " + describe(timeout) + "; killed it"
                        + stderr.tail());
            }
            // A grandchild may hold the pipes open after the plugin exits: wait a little, then give up on them.
            if (!stdout.await(5_000) || !stderr.await(1_000)) {
                kill(process);
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new ConfigException(name + ": interrupted while waiting for the plugin");
        }
        int exit = process.exitValue();
        if (exit != 0) {
            throw new ConfigException(name + " failed with exit code " + exit + stderr.tail());
        }
        if (stdout.overflow) {
            throw new ConfigException(name + ": output larger than " + MAX_STDOUT + " bytes");
        }
        return stdout.text();
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static void kill(Process process) {
        // The plugin first, so that a shell does not report its killed children on stderr; then what it started.
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            process.getInputStream().close();
            process.getErrorStream().close();
        } catch (IOException ignored) {
            // closing only unblocks the drain threads
        }
    }

    /** Reads a stream to its end on its own thread, keeping at most {@code max} bytes. */
    private static final class Drain implements Runnable {
        private final InputStream in;
        private final int max;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        private final Thread thread;
        private volatile boolean overflow;

        Drain(InputStream in, int max) {
            this.in = in;
            this.max = max;
            this.thread = IO_THREADS.newThread(this);
            thread.start();
        }

        @Override
        public void run() {
            byte[] chunk = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(chunk)) >= 0) {
                    synchronized (buf) {
                        int keep = Math.min(n, max - buf.size());
                        if (keep > 0) {
                            buf.write(chunk, 0, keep);
                        }
                        if (keep < n) {
                            overflow = true;
                        }
                    }
                }
            } catch (IOException ignored) {
                // stream closed after a kill
            }
        }

        boolean await(long millis) throws InterruptedException {
            thread.join(millis);
            return !thread.isAlive();
        }

        String text() {
            synchronized (buf) {
                return buf.toString(StandardCharsets.UTF_8);
            }
        }

        /** ": <last 1 KiB of stderr>" or "" when the plugin wrote nothing. */
        String tail() {
            String s = text().strip();
            if (s.isEmpty()) {
                return "";
            }
            if (s.length() > STDERR_IN_MESSAGE) {
                s = "…" + s.substring(s.length() - STDERR_IN_MESSAGE);
            }
            return ": " + s;
        }
    }
}
