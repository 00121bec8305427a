package io.kube4j.informers;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.core.v1.ConfigMapList;
import io.kube4j.client.AlreadyExistsException;
import io.kube4j.client.CreateOptions;
import io.kube4j.client.DeleteOptions;
import io.kube4j.client.KubeException;
import io.kube4j.client.NotFoundException;
import io.kube4j.client.PatchOptions;
import io.kube4j.client.PatchType;
import io.kube4j.client.ResourceClient;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Random creates, updates and deletes of labelled ConfigMaps by a writer that does not go through the
 * informer's connection. Every call is idempotent and retried while the server is unreachable, so it can
 * run through faults and API server restarts. Records the resourceVersion each create and update produced.
 */
final class ConfigMapChurn {
    private final ResourceClient<ConfigMap, ConfigMapList> writer;
    private final String ns;
    private final String label;
    private final int names;
    private final Random random;
    private final Set<String> exists = new HashSet<>();
    /** {@code ns/name@rv} of every object version a create or update produced. */
    final List<String> produced = new CopyOnWriteArrayList<>();
    int retries;

    ConfigMapChurn(ResourceClient<ConfigMap, ConfigMapList> writer, String ns, String label, int names, long seed) {
        this.writer = writer;
        this.ns = ns;
        this.label = label;
        this.names = names;
        this.random = new Random(seed);
    }

    /** Makes change number {@code i}: creates a missing object, else updates (3 in 4) or deletes it. */
    void change(int i) {
        String name = label + "-" + random.nextInt(names);
        if (!exists.contains(name)) {
            ConfigMap cm = ConfigMap.builder().metadata(m -> m.namespace(ns).name(name).putLabel("test", label))
                    .putData("i", Integer.toString(i)).build();
            ConfigMap created = retry(() -> {
                try {
                    return writer.create(ns, cm, CreateOptions.DEFAULT);
                } catch (AlreadyExistsException e) {
                    return null; // an earlier attempt got through
                }
            });
            record(created);
            exists.add(name);
        } else if (random.nextInt(4) != 0) {
            String patch = "{\"data\":{\"i\":\"" + i + "\"}}";
            record(retry(() -> writer.patch(ns, name, PatchType.MERGE, patch, PatchOptions.DEFAULT)));
        } else {
            retry(() -> {
                try {
                    writer.delete(ns, name, DeleteOptions.DEFAULT);
                } catch (NotFoundException e) {
                    // an earlier attempt got through
                }
                return null;
            });
            exists.remove(name);
        }
    }

    private void record(ConfigMap cm) {
        if (cm != null) {
            produced.add(ns + "/" + cm.metadata().name() + "@" + cm.metadata().resourceVersion());
        }
    }

    private <T> T retry(Supplier<T> call) {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (true) {
            try {
                return call.get();
            } catch (KubeException e) {
                // Down, restarting (refused, 5xx, or 401/403 until its authorizer has synced): retry.
                retries++;
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
