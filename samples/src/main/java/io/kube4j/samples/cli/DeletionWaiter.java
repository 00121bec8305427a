package io.kube4j.samples.cli;

import io.kube4j.client.ListOptions;
import io.kube4j.client.NotFoundException;
import io.kube4j.client.Watch;
import io.kube4j.client.WatchEvent;
import io.kube4j.dynamic.DynamicResourceClient;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.dynamic.UnstructuredList;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Waits until a deleted object is gone, as {@code kubectl delete} does by default: a GET (gone already?), then a
 * list and watch of just that name ({@code fieldSelector=metadata.name=<name>}) until it is deleted or replaced
 * by an object with another uid.
 */
final class DeletionWaiter {
    private DeletionWaiter() {
    }

    /** @throws IllegalStateException when the object still exists after {@code timeout} */
    static void await(DynamicResourceClient client, String name, Duration timeout) {
        String uid;
        try {
            uid = client.get(name).uid();
        } catch (NotFoundException e) {
            return;
        }
        Instant deadline = Instant.now().plus(timeout);
        ListOptions byName = ListOptions.fieldSelector("metadata.name=" + name);
        while (true) {
            UnstructuredList list = client.list(byName);
            if (gone(list.items().stream().findFirst(), uid)) {
                return;
            }
            long left = Duration.between(Instant.now(), deadline).getSeconds();
            if (left <= 0) {
                throw new IllegalStateException("timed out waiting for the deletion of " + name);
            }
            ListOptions watch = byName.toBuilder().resourceVersion(list.resourceVersion()).timeoutSeconds(left).build();
            try (Watch<Unstructured> w = client.watch(watch)) {
                for (WatchEvent<Unstructured> e : w) {
                    if (e.isError()) {
                        break; // e.g. 410 Gone: list again
                    }
                    switch (e.type()) {
                        case DELETED -> {
                            if (uid.equals(e.object().uid())) {
                                return;
                            }
                        }
                        case ADDED, MODIFIED -> {
                            if (gone(Optional.of(e.object()), uid)) {
                                return;
                            }
                        }
                        default -> { }
                    }
                }
            }
        }
    }

    private static boolean gone(Optional<Unstructured> current, String uid) {
        return current.isEmpty() || !uid.equals(current.get().uid());
    }
}
