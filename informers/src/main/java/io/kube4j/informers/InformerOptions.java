package io.kube4j.informers;

import io.kube4j.api.labels.FieldSelector;
import io.kube4j.api.labels.LabelSelector;
import io.kube4j.client.ListOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * What an informer lists and watches (namespace, label and field selectors) and how: the transform
 * applied before caching, the default resync period of its handlers, the list page size, whether to try
 * WatchList streams, and the retry backoff. Immutable; {@link #DEFAULT} watches every namespace.
 *
 * <p>A {@link SharedInformerFactory} shares one informer per resource, namespace and selectors; asking
 * for it again with other options is an error.
 */
public final class InformerOptions {
    /** Page size of lists unless set ({@value}), as client-go's pager. */
    public static final long DEFAULT_PAGE_SIZE = 500;
    /** First retry delay after a failure (doubled per failure, jittered). */
    public static final Duration DEFAULT_BACKOFF_INITIAL = Duration.ofMillis(800);
    /** Longest retry delay. */
    public static final Duration DEFAULT_BACKOFF_MAX = Duration.ofSeconds(30);

    /** All namespaces, no selectors, the factory's resync, paged lists of 500, WatchList when supported. */
    public static final InformerOptions DEFAULT = builder().build();

    private final String namespace;
    private final String labelSelector;
    private final String fieldSelector;
    private final Transform transform;
    private final Duration resyncPeriod;
    private final long pageSize;
    private final boolean watchList;
    private final Duration backoffInitial;
    private final Duration backoffMax;

    private InformerOptions(Builder b) {
        this.namespace = b.namespace;
        this.labelSelector = b.labelSelector;
        this.fieldSelector = b.fieldSelector;
        this.transform = b.transform;
        this.resyncPeriod = b.resyncPeriod;
        this.pageSize = b.pageSize;
        this.watchList = b.watchList;
        this.backoffInitial = b.backoffInitial;
        this.backoffMax = b.backoffMax;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Default options limited to one namespace. */
    public static InformerOptions namespace(String namespace) {
        return builder().namespace(namespace).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.namespace = namespace;
        b.labelSelector = labelSelector;
        b.fieldSelector = fieldSelector;
        b.transform = transform;
        b.resyncPeriod = resyncPeriod;
        b.pageSize = pageSize;
        b.watchList = watchList;
        b.backoffInitial = backoffInitial;
        b.backoffMax = backoffMax;
        return b;
    }

    /** The namespace, or null for all namespaces (and for cluster-scoped resources). */
    public String namespace() {
        return namespace;
    }

    public String labelSelector() {
        return labelSelector;
    }

    public String fieldSelector() {
        return fieldSelector;
    }

    /** The transform applied before caching; {@link Transforms#identity()} when none. */
    public Transform transform() {
        return transform;
    }

    /** The resync period of handlers added without one; null: the factory's default. */
    public Duration resyncPeriod() {
        return resyncPeriod;
    }

    public long pageSize() {
        return pageSize;
    }

    /** Whether the informer first tries a WatchList stream instead of a paged list (falls back by itself). */
    public boolean watchList() {
        return watchList;
    }

    public Duration backoffInitial() {
        return backoffInitial;
    }

    public Duration backoffMax() {
        return backoffMax;
    }

    /** The selectors as list options (namespace excluded). */
    public ListOptions selectors() {
        return ListOptions.builder().labelSelector(labelSelector).fieldSelector(fieldSelector).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InformerOptions other && Objects.equals(namespace, other.namespace)
                && Objects.equals(labelSelector, other.labelSelector)
                && Objects.equals(fieldSelector, other.fieldSelector)
                && transform.equals(other.transform) && Objects.equals(resyncPeriod, other.resyncPeriod)
                && pageSize == other.pageSize && watchList == other.watchList
                && backoffInitial.equals(other.backoffInitial) && backoffMax.equals(other.backoffMax);
    }

    @Override
    public int hashCode() {
        return Objects.hash(namespace, labelSelector, fieldSelector, transform, resyncPeriod, pageSize, watchList,
                backoffInitial, backoffMax);
    }

    @Override
    public String toString() {
        return "InformerOptions{namespace=" + namespace + ", labelSelector=" + labelSelector
                + ", fieldSelector=" + fieldSelector + ", transform=" + transform + ", resync=" + resyncPeriod
                + ", pageSize=" + pageSize + ", watchList=" + watchList + ", backoff=" + backoffInitial + ".."
                + backoffMax + "}";
    }

    /** Builds {@link InformerOptions}. */
    public static final class Builder {
        private String namespace;
        private String labelSelector;
        private String fieldSelector;
        private Transform transform = Transforms.identity();
        private Duration resyncPeriod;
        private long pageSize = DEFAULT_PAGE_SIZE;
        private boolean watchList = true;
        private Duration backoffInitial = DEFAULT_BACKOFF_INITIAL;
        private Duration backoffMax = DEFAULT_BACKOFF_MAX;

        private Builder() {
        }

        /** Watch one namespace; null or empty: all namespaces. */
        public Builder namespace(String namespace) {
            this.namespace = namespace == null || namespace.isEmpty() ? null : namespace;
            return this;
        }

        public Builder labelSelector(String selector) {
            // Parsing validates it now rather than as a 400 on the reflector thread; the canonical form
            // also makes equal selectors share one informer.
            this.labelSelector = selector == null || selector.isBlank() ? null : LabelSelector.parse(selector).toString();
            return this;
        }

        public Builder labelSelector(LabelSelector selector) {
            return labelSelector(ListOptions.builder().labelSelector(selector).build().labelSelector());
        }

        public Builder fieldSelector(String selector) {
            this.fieldSelector = selector == null || selector.isBlank() ? null : FieldSelector.parse(selector).toString();
            return this;
        }

        public Builder fieldSelector(FieldSelector selector) {
            return fieldSelector(ListOptions.builder().fieldSelector(selector).build().fieldSelector());
        }

        /** The transform applied to every object before caching (e.g. {@link Transforms#stripManagedFields()}). */
        public Builder transform(Transform transform) {
            this.transform = Objects.requireNonNull(transform, "transform");
            return this;
        }

        /**
         * The resync period of handlers added without one: zero disables resync, otherwise at least one
         * second. Unset: the factory's default.
         */
        public Builder resyncPeriod(Duration period) {
            this.resyncPeriod = checkResync(period);
            return this;
        }

        /** Objects per list page; must be positive. */
        public Builder pageSize(long pageSize) {
            if (pageSize <= 0) {
                throw new IllegalArgumentException("pageSize must be positive, got " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Whether to list through a WatchList stream ({@code sendInitialEvents=true}) when the server
         * supports it (default true). Servers that reject it get a paged list instead, automatically.
         */
        public Builder watchList(boolean watchList) {
            this.watchList = watchList;
            return this;
        }

        /** Retry delays after failures: from {@code initial}, doubled per failure, jittered, at most {@code max}. */
        public Builder backoff(Duration initial, Duration max) {
            Objects.requireNonNull(initial, "initial");
            Objects.requireNonNull(max, "max");
            if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + ", " + max);
            }
            this.backoffInitial = initial;
            this.backoffMax = max;
            return this;
        }

        public InformerOptions build() {
            return new InformerOptions(this);
        }
    }

    /** Validates a resync period: null passes, zero disables, otherwise at least one second. */
    static Duration checkResync(Duration period) {
        if (period == null || period.isZero()) {
            return period;
        }
        if (period.isNegative() || period.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a resync period is zero (none) or at least 1s, got " + period);
        }
        return period;
    }
}
