package io.kube4j.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Options of a pod exec or attach ({@link PodExec}): the command, the container, which standard streams to
 * connect and whether to allocate a TTY (sent as query parameters), plus client-side limits. Immutable.
 * Defaults as kubectl: stdout and stderr connected, no stdin, no TTY, the pod's default container.
 * Start with {@link #command(String...)} or {@link #builder()}.
 */
public final class ExecOptions {
    /** Default {@link #bufferSize()}: 1 MiB per output stream. */
    public static final int DEFAULT_BUFFER_SIZE = 1 << 20;
    /** Default {@link #maxOutputBytes()}: 16 MiB per output stream. */
    public static final long DEFAULT_MAX_OUTPUT_BYTES = 16L << 20;
    /** Attach with the defaults: stdout and stderr, no stdin, no TTY. */
    public static final ExecOptions DEFAULT = builder().build();

    private final List<String> command;
    private final String container;
    private final boolean stdin;
    private final boolean stdout;
    private final boolean stderr;
    private final boolean tty;
    private final int bufferSize;
    private final long maxOutputBytes;
    private final Duration timeout;

    private ExecOptions(Builder b) {
        if (!b.stdin && !b.stdout && !b.stderr) {
            throw new IllegalArgumentException("at least one of stdin, stdout and stderr must be connected");
        }
        this.command = List.copyOf(b.command);
        this.container = b.container;
        this.stdin = b.stdin;
        this.stdout = b.stdout;
        this.stderr = b.stderr;
        this.tty = b.tty;
        this.bufferSize = b.bufferSize;
        this.maxOutputBytes = b.maxOutputBytes;
        this.timeout = b.timeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options running {@code command} (argv, not a shell line) with stdout and stderr connected. */
    public static ExecOptions command(String... command) {
        return builder().command(command).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder().command(command).container(container).stdin(stdin).stdout(stdout).stderr(stderr)
                .tty(tty).bufferSize(bufferSize).maxOutputBytes(maxOutputBytes);
        b.timeout = timeout;
        return b;
    }

    /** The command's argv; empty for attach. */
    public List<String> command() {
        return command;
    }

    /** The container, or null for the pod's only (or default) container. */
    public String container() {
        return container;
    }

    public boolean stdin() {
        return stdin;
    }

    public boolean stdout() {
        return stdout;
    }

    /** Whether stderr is connected; with a TTY the runtime merges it into stdout. */
    public boolean stderr() {
        return stderr;
    }

    public boolean tty() {
        return tty;
    }

    /**
     * Bytes each output stream of an {@link ExecSession} buffers before the session stops reading from the
     * server (back-pressure); the reader should keep up, see {@link ExecSession}.
     */
    public int bufferSize() {
        return bufferSize;
    }

    /** Bytes of stdout and of stderr that {@link PodExec#execAndWait} keeps; the rest is counted as truncated. */
    public long maxOutputBytes() {
        return maxOutputBytes;
    }

    /** How long {@link PodExec#execAndWait} waits for the command, or null for no limit. */
    public Duration timeout() {
        return timeout;
    }

    /** The query parameters, in order ({@code command} repeats once per argument). */
    public List<Map.Entry<String, String>> toQueryParams() {
        List<Map.Entry<String, String>> q = new ArrayList<>();
        for (String arg : command) {
            q.add(Map.entry("command", arg));
        }
        if (container != null) {
            q.add(Map.entry("container", container));
        }
        // Every flag explicitly: the API's defaults for stdout/stderr differ between versions and verbs.
        q.add(Map.entry("stdin", Boolean.toString(stdin)));
        q.add(Map.entry("stdout", Boolean.toString(stdout)));
        q.add(Map.entry("stderr", Boolean.toString(stderr)));
        q.add(Map.entry("tty", Boolean.toString(tty)));
        return List.copyOf(q);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExecOptions other && command.equals(other.command)
                && Objects.equals(container, other.container) && stdin == other.stdin && stdout == other.stdout
                && stderr == other.stderr && tty == other.tty && bufferSize == other.bufferSize
                && maxOutputBytes == other.maxOutputBytes && Objects.equals(timeout, other.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(command, container, stdin, stdout, stderr, tty, bufferSize, maxOutputBytes, timeout);
    }

    @Override
    public String toString() {
        return "ExecOptions{command=" + command + (container == null ? "" : ", container=" + container)
                + ", stdin=" + stdin + ", stdout=" + stdout + ", stderr=" + stderr + ", tty=" + tty + "}";
    }

    /** Builder of {@link ExecOptions}. */
    public static final class Builder {
        private List<String> command = List.of();
        private String container;
        private boolean stdin;
        private boolean stdout = true;
        private boolean stderr = true;
        private boolean tty;
        private int bufferSize = DEFAULT_BUFFER_SIZE;
        private long maxOutputBytes = DEFAULT_MAX_OUTPUT_BYTES;
        private Duration timeout;

        private Builder() {
        }

        /** The argv to run, e.g. {@code command("sh", "-c", "ls -l")}. */
        public Builder command(String... command) {
            return command(Arrays.asList(command));
        }

        public Builder command(List<String> command) {
            Objects.requireNonNull(command, "command");
            for (String arg : command) {
                Objects.requireNonNull(arg, "command arguments must not be null");
            }
            this.command = List.copyOf(command);
            return this;
        }

        /** The container; null for the pod's only (or default) container. */
        public Builder container(String container) {
            if (container != null && container.isEmpty()) {
                throw new IllegalArgumentException("container must not be empty; use null for the default container");
            }
            this.container = container;
            return this;
        }

        public Builder stdin(boolean stdin) {
            this.stdin = stdin;
            return this;
        }

        public Builder stdout(boolean stdout) {
            this.stdout = stdout;
            return this;
        }

        public Builder stderr(boolean stderr) {
            this.stderr = stderr;
            return this;
        }

        /** Allocate a TTY (then stderr arrives on stdout, and {@link ExecSession#resize} applies). */
        public Builder tty(boolean tty) {
            this.tty = tty;
            return this;
        }

        /** Per-stream buffer of an {@link ExecSession}, at least 1 KiB. */
        public Builder bufferSize(int bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("bufferSize must be at least 1024 bytes, got " + bytes);
            }
            this.bufferSize = bytes;
            return this;
        }

        /** Per-stream cap of {@link PodExec#execAndWait}; 0 keeps nothing. */
        public Builder maxOutputBytes(long bytes) {
            if (bytes < 0 || bytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maxOutputBytes must be in 0.." + (Integer.MAX_VALUE - 8) + ", got "
                        + bytes);
            }
            this.maxOutputBytes = bytes;
            return this;
        }

        /** Limit of {@link PodExec#execAndWait}; null for none. */
        public Builder timeout(Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        public ExecOptions build() {
            return new ExecOptions(this);
        }
    }
}
