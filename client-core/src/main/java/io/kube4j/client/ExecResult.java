package io.kube4j.client;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The outcome of {@link PodExec#execAndWait}: the exit code and the collected output, each stream capped at
 * {@link ExecOptions#maxOutputBytes()} (the rest was read and dropped; {@link #stdoutTruncated()} says so).
 * Immutable.
 */
public final class ExecResult {
    private final int exitCode;
    private final byte[] stdout;
    private final byte[] stderr;
    private final boolean stdoutTruncated;
    private final boolean stderrTruncated;

    public ExecResult(int exitCode, byte[] stdout, byte[] stderr, boolean stdoutTruncated, boolean stderrTruncated) {
        this.exitCode = exitCode;
        this.stdout = stdout.clone();
        this.stderr = stderr.clone();
        this.stdoutTruncated = stdoutTruncated;
        this.stderrTruncated = stderrTruncated;
    }

    /** The command's exit code (0 is success). */
    public int exitCode() {
        return exitCode;
    }

    /** True when the exit code is 0. */
    public boolean isSuccess() {
        return exitCode == 0;
    }

    /** A copy of the collected stdout bytes. */
    public byte[] stdout() {
        return stdout.clone();
    }

    /** A copy of the collected stderr bytes. */
    public byte[] stderr() {
        return stderr.clone();
    }

    /** The collected stdout as UTF-8 text. */
    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** The collected stderr as UTF-8 text. */
    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }

    /** True when stdout was longer than the cap and only its beginning was kept. */
    public boolean stdoutTruncated() {
        return stdoutTruncated;
    }

    /** True when stderr was longer than the cap and only its beginning was kept. */
    public boolean stderrTruncated() {
        return stderrTruncated;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExecResult other && exitCode == other.exitCode && Arrays.equals(stdout, other.stdout)
                && Arrays.equals(stderr, other.stderr) && stdoutTruncated == other.stdoutTruncated
                && stderrTruncated == other.stderrTruncated;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * exitCode + Arrays.hashCode(stdout)) + Arrays.hashCode(stderr);
    }

    @Override
    public String toString() {
        return "ExecResult{exitCode=" + exitCode + ", stdout=" + stdout.length + " bytes"
                + (stdoutTruncated ? " (truncated)" : "") + ", stderr=" + stderr.length + " bytes"
                + (stderrTruncated ? " (truncated)" : "") + "}";
    }
}
