package io.kube4j.discovery;

import io.kube4j.api.schema.GroupVersion;
import io.kube4j.api.version.Info;
import io.kube4j.client.RestClient;
import io.kube4j.discovery.internal.DiscoveryLoader;
import io.kube4j.discovery.internal.DiskCache;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the server serves: its version, API groups and the resources of each group-version (verbs, scope,
 * kind, short names, subresources). Uses aggregated discovery when the server offers it (two requests for
 * everything) and the legacy documents otherwise. Results are cached in memory until {@link #invalidate()};
 * optionally also on disk in kubectl's layout ({@link Builder#diskCache}). Does not own the RestClient.
 * Thread-safe: concurrent callers share one load; calls run on the caller's thread.
 */
public final class DiscoveryClient {
    /** kubectl's disk cache lifetime. */
    public static final Duration DEFAULT_DISK_CACHE_TTL = Duration.ofHours(6);

    private final RestClient client;
    private final DiskCache disk;
    private final DiscoveryLoader loader;
    private final Object lock = new Object();
    private volatile ServerResources current;

    private DiscoveryClient(Builder b) {
        this.client = b.client;
        this.disk = b.diskRoot == null ? null : new DiskCache(b.diskRoot, client.server(), b.diskTtl);
        this.loader = new DiscoveryLoader(client, b.aggregated, disk);
    }

    /** A discovery client with an in-memory cache, using aggregated discovery when offered. */
    public static DiscoveryClient create(RestClient client) {
        return builder(client).build();
    }

    public static Builder builder(RestClient client) {
        return new Builder(client);
    }

    /** The server's version ({@code /version}); not cached. */
    public Info serverVersion() {
        return client.get().absPath("/version").execute(Info.class);
    }

    /** The server's groups in priority order, the core group ({@code ""}) first. */
    public List<ApiGroup> serverGroups() {
        return resources().groups();
    }

    /** The resources of one group-version; empty when the server does not serve it. */
    public List<ApiResource> resources(GroupVersion groupVersion) {
        return resources().resources(Objects.requireNonNull(groupVersion, "groupVersion"));
    }

    /**
     * Everything discovered, loaded on first use and then served from memory until {@link #invalidate()}.
     *
     * @throws io.kube4j.client.ApiException when the server refuses {@code /api} or {@code /apis}
     * @throws io.kube4j.client.TransportException when it cannot be reached
     */
    public ServerResources resources() {
        ServerResources r = current;
        if (r != null) {
            return r;
        }
        synchronized (lock) {
            if (current == null) {
                current = loader.load();
            }
            return current;
        }
    }

    /** Forgets what was discovered (in memory and on disk): the next call asks the server again. */
    public void invalidate() {
        synchronized (lock) {
            current = null;
            if (disk != null) {
                disk.invalidate();
            }
        }
    }

    /** Invalidates and loads again. */
    public ServerResources refresh() {
        synchronized (lock) {
            invalidate();
            return resources();
        }
    }

    /**
     * Refreshes unless someone already did since {@code seen} was loaded; the RestMapper's single flight on
     * a miss.
     */
    ServerResources refreshAfter(ServerResources seen) {
        synchronized (lock) {
            ServerResources now = current;
            if (now != null && now != seen) {
                return now;
            }
            return refresh();
        }
    }

    /** The disk cache's directory for this server, if a disk cache is configured. */
    public java.util.Optional<Path> diskCacheDirectory() {
        return java.util.Optional.ofNullable(disk).map(DiskCache::directory);
    }

    public RestClient restClient() {
        return client;
    }

    @Override
    public String toString() {
        return "DiscoveryClient{" + client.server() + (disk == null ? "" : ", disk=" + disk.directory()) + "}";
    }

    /** Options of a {@link DiscoveryClient}. */
    public static final class Builder {
        private final RestClient client;
        private Path diskRoot;
        private Duration diskTtl = DEFAULT_DISK_CACHE_TTL;
        private boolean aggregated = true;

        private Builder(RestClient client) {
            this.client = Objects.requireNonNull(client, "client");
        }

        /**
         * Caches discovery on disk under {@code root}, in a per-server directory, as kubectl does (kubectl's root
         * is {@code ~/.kube/cache/discovery}); files are fresh for {@link #DEFAULT_DISK_CACHE_TTL}.
         */
        public Builder diskCache(Path root) {
            this.diskRoot = Objects.requireNonNull(root, "root");
            return this;
        }

        /** How long disk cache files stay fresh. */
        public Builder diskCacheTtl(Duration ttl) {
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("ttl must be positive, got " + ttl);
            }
            this.diskTtl = ttl;
            return this;
        }

        /** Whether to ask for aggregated discovery (default true); false always uses the legacy documents. */
        public Builder aggregatedDiscovery(boolean aggregated) {
            this.aggregated = aggregated;
            return this;
        }

        public DiscoveryClient build() {
            return new DiscoveryClient(this);
        }
    }
}
