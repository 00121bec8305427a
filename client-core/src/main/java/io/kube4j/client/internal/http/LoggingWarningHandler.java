package io.kube4j.client.internal.http;

import io.kube4j.client.WarningHandler;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each distinct warning once; remembers a bounded number of them so memory cannot grow forever. */
public final class LoggingWarningHandler implements WarningHandler {
    private static final Logger LOG = LoggerFactory.getLogger("io.kube4j.client.warnings");
    private static final int MAX_REMEMBERED = 1024;

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    @Override
    public void handle(String warning) {
        if (seen.size() >= MAX_REMEMBERED) {
            seen.clear();
        }
        if (seen.add(warning)) {
            LOG.warn("Kubernetes API warning: {}", warning);
        }
    }
}
