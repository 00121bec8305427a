package io.kube4j.client.internal.auth;

import io.kube4j.client.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bearer token read from a file and re-read at most once per period (client-go: one minute), and at once
 * after a 401, so rotated service-account tokens are picked up. When a re-read fails the last good token (or
 * the configured static token) is kept, as client-go does.
 */
public final class FileTokenSource implements CredentialSource {
    /** client-go's re-read period. */
    public static final Duration PERIOD = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(FileTokenSource.class);

    private final Path file;
    private final Clock clock;
    private final Duration period;
    private String token;
    private Instant nextRead = Instant.MIN;

    public FileTokenSource(Path file, String fallbackToken, Clock clock, Duration period) {
        this.file = file;
        this.token = fallbackToken == null || fallbackToken.isEmpty() ? null : fallbackToken;
        this.clock = clock;
        this.period = period;
    }

    @Override
    public synchronized Credentials get() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(nextRead)) {
            read(now);
        }
        return Credentials.bearer(token);
    }

    private void read(Instant now) {
        try {
            String t = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (t.isEmpty()) {
                throw new IOException("the file is empty");
            }
            token = t;
        } catch (IOException e) {
            if (token == null) {
                throw new ConfigException("token file " + file + ": cannot read: " + e.getMessage(), e);
            }
            LOG.warn("cannot re-read token file {} ({}); using the previous token", file, e.getMessage());
        }
        nextRead = now.plus(period);
    }

    @Override
    public synchronized boolean invalidate(Credentials used) {
        nextRead = Instant.MIN;
        return true;
    }

    @Override
    public String toString() {
        return "FileTokenSource{" + file + "}";
    }
}
