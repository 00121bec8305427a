package io.kube4j.benchmarks.data;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** The values that make pod {@code i}: shared ones (app, namespace, node) and unique ones (name, uid, IP). */
final class PodFacts {
    private static final Instant EPOCH = Instant.parse("2025-03-01T08:00:00Z");
    private static final String ALNUM = "bcdfghjklmnpqrstvwxz2456789";

    final int index;
    final String app;
    final int appIndex;
    final String namespace;
    final String team;
    final String templateHash;
    final String replicaSet;
    final String replicaSetUid;
    final String name;
    final String uid;
    final String resourceVersion;
    final String node;
    final String hostIp;
    final String podIp;
    final String created;
    final String started;
    final String ready;
    final String version;
    final String image;
    final String imageId;
    final String sidecarImage;
    final String sidecarImageId;
    final String containerId;
    final String sidecarContainerId;
    final int restarts;
    final int port;

    PodFacts(SplittableRandom r, int i, String rv) {
        index = i;
        appIndex = i % PodGenerator.APPS.length;
        app = PodGenerator.APPS[appIndex];
        namespace = PodGenerator.NAMESPACES[appIndex % PodGenerator.NAMESPACES.length];
        team = PodGenerator.TEAMS[appIndex % PodGenerator.TEAMS.length];
        // One Deployment (and current ReplicaSet) per app: the hash and the owner's UID repeat.
        SplittableRandom perApp = new SplittableRandom(appIndex * 7919L + 17);
        templateHash = token(perApp, 10);
        replicaSet = app + "-" + templateHash;
        replicaSetUid = uuid(perApp);
        version = "1." + (appIndex % 7 + 2) + "." + (appIndex % 11);
        image = "ghcr.io/acme-" + team + "/" + app + ":" + version;
        imageId = "ghcr.io/acme-" + team + "/" + app + "@sha256:" + hex(perApp, 64);
        sidecarImage = "docker.io/envoyproxy/envoy:v1.31.2";
        sidecarImageId = "docker.io/envoyproxy/envoy@sha256:"
                + "7c4a8d09ca3762af61e59520943dc26494f8941b5f1cd4b0c2c6c3b8f36c3a1e";
        port = 8080 + appIndex % 4;

        name = replicaSet + "-" + suffix(i / PodGenerator.APPS.length);
        uid = uuid(r);
        resourceVersion = rv != null ? rv : Long.toString(4_000_000L + i * 7L + r.nextInt(7));
        int nodeIndex = r.nextInt(60);
        node = "ip-10-0-" + (nodeIndex / 8) + "-" + (20 + nodeIndex) + ".eu-west-1.compute.internal";
        hostIp = "10.0." + (nodeIndex / 8) + "." + (20 + nodeIndex);
        // Unique per pod for the first 2^16 pods, as pod IPs are.
        podIp = "10." + (64 + ((i >> 16) & 63)) + "." + ((i >> 8) & 255) + "." + (i & 255);
        Instant c = EPOCH.plusSeconds(i * 3L + r.nextInt(3));
        created = fmt(c);
        started = fmt(c.plusSeconds(2));
        ready = fmt(c.plusSeconds(9 + r.nextInt(20)));
        containerId = "containerd://" + hex(r, 64);
        sidecarContainerId = "containerd://" + hex(r, 64);
        restarts = r.nextInt(10) < 8 ? 0 : r.nextInt(4);
    }

    private static String fmt(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    static String token(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            sb.append(ALNUM.charAt(r.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }

    /** A random-looking 5-character pod name suffix, distinct for every n below 27^5. */
    static String suffix(int n) {
        long space = 27L * 27 * 27 * 27 * 27;
        long v = (n * 7_654_321L + 1_234_567L) % space; // 7654321 is coprime with 27^5: a bijection
        char[] out = new char[5];
        for (int k = 4; k >= 0; k--) {
            out[k] = ALNUM.charAt((int) (v % 27));
            v /= 27;
        }
        return new String(out);
    }

    static String hex(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            sb.append(Character.forDigit(r.nextInt(16), 16));
        }
        return sb.toString();
    }

    static String uuid(SplittableRandom r) {
        String h = hex(r, 32);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                + h.substring(16, 20) + "-" + h.substring(20);
    }
}
