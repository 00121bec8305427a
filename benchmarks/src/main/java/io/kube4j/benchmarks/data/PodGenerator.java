package io.kube4j.benchmarks.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;

/**
 * Writes realistic Pods as an API server sends them: compact JSON, properties in Go struct order, about
 * 7 KB each (labels, annotations with a ~1 KB last-applied-configuration, an owner reference, two
 * managedFields entries, two containers with env, resources, probes and mounts, volumes, tolerations,
 * affinity, and a status with conditions and container statuses). Pod {@code i} is a pure function of
 * {@code (seed, i)}, so every run and every benchmark decodes the same bytes.
 *
 * <p>Values repeat as in a real cluster: 40 apps (one Deployment each) over 12 namespaces and 60 nodes,
 * while names, UIDs, IPs and timestamps are unique per pod — including the {@code k:{"ip":...}} keys of
 * the kubelet's managedFields entry, which give each object property names no other object has.
 */
public final class PodGenerator {
    static final String[] NAMESPACES = {"default", "payments", "checkout", "search", "catalog", "identity",
        "monitoring", "ingress", "batch", "analytics", "media", "platform"};
    static final String[] APPS = {"api-gateway", "auth", "billing", "cart", "catalog", "checkout", "config",
        "email", "frontend", "geo", "image-resizer", "inventory", "ledger", "login", "media", "metrics",
        "notifications", "orders", "payments", "pricing", "profile", "queue-worker", "ratings", "recommender",
        "reports", "search", "session", "shipping", "sms", "storage", "tax", "thumbnails", "tracking",
        "translations", "uploads", "users", "vault-agent", "web", "webhooks", "zipkin"};
    static final String[] TEAMS = {"core", "growth", "infra", "data", "commerce"};

    private static final JsonFactory FACTORY = new JsonFactory();

    private final long seed;

    public PodGenerator(long seed) {
        this.seed = seed;
    }

    /** Pod {@code i} with {@code kind} and {@code apiVersion}, as returned by a GET or a watch event. */
    public byte[] pod(int i) {
        return write(g -> writePod(g, i, true, null));
    }

    /** Pod {@code i} with a given resourceVersion. */
    public byte[] pod(int i, String resourceVersion) {
        return write(g -> writePod(g, i, true, resourceVersion));
    }

    /** A PodList of pods {@code 0..n-1}, as an unpaged list answer. */
    public byte[] podList(int n) {
        return page(0, n, null, "1000000");
    }

    /**
     * A page of a list: pods {@code from..to-1}; {@code continueToken} null for the last page. Items carry
     * no kind/apiVersion, as in real list answers.
     */
    public byte[] page(int from, int to, String continueToken, String listResourceVersion) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("kind", "PodList");
            g.writeStringField("apiVersion", "v1");
            g.writeObjectFieldStart("metadata");
            g.writeStringField("resourceVersion", listResourceVersion);
            if (continueToken != null) {
                g.writeStringField("continue", continueToken);
                g.writeNumberField("remainingItemCount", 0);
            }
            g.writeEndObject();
            g.writeArrayFieldStart("items");
            for (int i = from; i < to; i++) {
                writePod(g, i, false, null);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** One watch event line: {@code {"type":...,"object":<pod i>}} and a newline. */
    public byte[] event(String type, int i, String resourceVersion) {
        byte[] body = write(g -> {
            g.writeStartObject();
            g.writeStringField("type", type);
            g.writeFieldName("object");
            writePod(g, i, true, resourceVersion);
            g.writeEndObject();
        });
        byte[] line = java.util.Arrays.copyOf(body, body.length + 1);
        line[body.length] = '\n';
        return line;
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void writePod(JsonGenerator g, int i, boolean typeMeta, String rv) throws IOException {
        PodFacts f = new PodFacts(new SplittableRandom(seed * 1_000_003L + i), i, rv);
        g.writeStartObject();
        if (typeMeta) {
            g.writeStringField("kind", "Pod");
            g.writeStringField("apiVersion", "v1");
        }
        PodMetaWriter.write(g, f);
        PodSpecWriter.write(g, f);
        PodStatusWriter.write(g, f);
        g.writeEndObject();
    }
}
