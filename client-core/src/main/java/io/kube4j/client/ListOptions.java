package io.kube4j.client;

import io.kube4j.api.labels.FieldSelector;
import io.kube4j.api.labels.LabelSelector;
import java.util.Map;

/**
 * Options of a list, watch or delete-collection. Immutable; build with {@link #builder()} or start from
 * a factory such as {@link #labelSelector(String)}. Unset values are not sent.
 */
public final class ListOptions {
    /** No options: every object, the latest state, no paging. */
    public static final ListOptions DEFAULT = builder().build();

    private final String labelSelector;
    private final String fieldSelector;
    private final String resourceVersion;
    private final ResourceVersionMatch resourceVersionMatch;
    private final Long limit;
    private final String continueToken;
    private final Long timeoutSeconds;
    private final Boolean allowWatchBookmarks;
    private final Boolean sendInitialEvents;

    private ListOptions(Builder b) {
        this.labelSelector = b.labelSelector;
        this.fieldSelector = b.fieldSelector;
        this.resourceVersion = b.resourceVersion;
        this.resourceVersionMatch = b.resourceVersionMatch;
        this.limit = b.limit;
        this.continueToken = b.continueToken;
        this.timeoutSeconds = b.timeoutSeconds;
        this.allowWatchBookmarks = b.allowWatchBookmarks;
        this.sendInitialEvents = b.sendInitialEvents;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options selecting by label, e.g. {@code "app=web,tier in (a,b),!legacy"}. */
    public static ListOptions labelSelector(String selector) {
        return builder().labelSelector(selector).build();
    }

    /** Options selecting by label. */
    public static ListOptions labelSelector(LabelSelector selector) {
        return builder().labelSelector(selector).build();
    }

    /** Options selecting by field, e.g. {@code "spec.nodeName=node-1"}. */
    public static ListOptions fieldSelector(String selector) {
        return builder().fieldSelector(selector).build();
    }

    /** Options asking for pages of at most {@code limit} items. */
    public static ListOptions limit(long limit) {
        return builder().limit(limit).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.labelSelector = labelSelector;
        b.fieldSelector = fieldSelector;
        b.resourceVersion = resourceVersion;
        b.resourceVersionMatch = resourceVersionMatch;
        b.limit = limit;
        b.continueToken = continueToken;
        b.timeoutSeconds = timeoutSeconds;
        b.allowWatchBookmarks = allowWatchBookmarks;
        b.sendInitialEvents = sendInitialEvents;
        return b;
    }

    /** A copy of these options asking for the page after {@code token}. */
    public ListOptions withContinue(String token) {
        return toBuilder().continueToken(token).build();
    }

    public String labelSelector() {
        return labelSelector;
    }

    public String fieldSelector() {
        return fieldSelector;
    }

    public String resourceVersion() {
        return resourceVersion;
    }

    public ResourceVersionMatch resourceVersionMatch() {
        return resourceVersionMatch;
    }

    /** Page size, or null for no paging. */
    public Long limit() {
        return limit;
    }

    /** The {@code continue} token of the previous page, or null for the first page. */
    public String continueToken() {
        return continueToken;
    }

    /** Server-side duration of a watch (or a list), or null for the server's default. */
    public Long timeoutSeconds() {
        return timeoutSeconds;
    }

    public Boolean allowWatchBookmarks() {
        return allowWatchBookmarks;
    }

    public Boolean sendInitialEvents() {
        return sendInitialEvents;
    }

    /** The query parameters these options add, in a stable order. */
    public Map<String, String> toQueryParams() {
        return new QueryParams()
                .put("labelSelector", labelSelector)
                .put("fieldSelector", fieldSelector)
                .put("resourceVersion", resourceVersion)
                .put("resourceVersionMatch", resourceVersionMatch == null ? null : resourceVersionMatch.wireValue())
                .put("limit", limit)
                .put("continue", continueToken)
                .put("timeoutSeconds", timeoutSeconds)
                .put("allowWatchBookmarks", allowWatchBookmarks)
                .put("sendInitialEvents", sendInitialEvents)
                .build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListOptions other && toQueryParams().equals(other.toQueryParams());
    }

    @Override
    public int hashCode() {
        return toQueryParams().hashCode();
    }

    @Override
    public String toString() {
        return "ListOptions" + toQueryParams();
    }

    /** Builder of {@link ListOptions}; string setters accept null (or empty) to unset. */
    public static final class Builder {
        private String labelSelector;
        private String fieldSelector;
        private String resourceVersion;
        private ResourceVersionMatch resourceVersionMatch;
        private Long limit;
        private String continueToken;
        private Long timeoutSeconds;
        private Boolean allowWatchBookmarks;
        private Boolean sendInitialEvents;

        private Builder() {
        }

        public Builder labelSelector(String labelSelector) {
            this.labelSelector = emptyToNull(labelSelector);
            return this;
        }

        /**
         * A parsed label selector. {@link LabelSelector#nothing()} is rejected: it prints as {@code ""},
         * which the server reads as "everything".
         */
        public Builder labelSelector(LabelSelector selector) {
            if (selector != null && selector.matchesNothing()) {
                throw new IllegalArgumentException("a label selector that matches nothing cannot be sent: "
                        + "the API server would read it as \"everything\"");
            }
            return labelSelector(selector == null ? null : selector.toString());
        }

        public Builder fieldSelector(String fieldSelector) {
            this.fieldSelector = emptyToNull(fieldSelector);
            return this;
        }

        /** A parsed field selector; {@link FieldSelector#nothing()} is rejected like for labels. */
        public Builder fieldSelector(FieldSelector selector) {
            if (selector != null && selector.matchesNothing()) {
                throw new IllegalArgumentException("a field selector that matches nothing cannot be sent: "
                        + "the API server would read it as \"everything\"");
            }
            return fieldSelector(selector == null ? null : selector.toString());
        }

        public Builder resourceVersion(String resourceVersion) {
            this.resourceVersion = emptyToNull(resourceVersion);
            return this;
        }

        public Builder resourceVersionMatch(ResourceVersionMatch match) {
            this.resourceVersionMatch = match;
            return this;
        }

        /** Page size; must be positive. */
        public Builder limit(long limit) {
            if (limit <= 0) {
                throw new IllegalArgumentException("limit must be positive, got " + limit);
            }
            this.limit = limit;
            return this;
        }

        public Builder continueToken(String continueToken) {
            this.continueToken = emptyToNull(continueToken);
            return this;
        }

        /** Server-side timeout; must not be negative. */
        public Builder timeoutSeconds(long timeoutSeconds) {
            if (timeoutSeconds < 0) {
                throw new IllegalArgumentException("timeoutSeconds must not be negative, got " + timeoutSeconds);
            }
            this.timeoutSeconds = timeoutSeconds;
            return this;
        }

        public Builder allowWatchBookmarks(boolean allow) {
            this.allowWatchBookmarks = allow;
            return this;
        }

        /** Streams the current state as ADDED events first (needs {@link ResourceVersionMatch#NOT_OLDER_THAN}). */
        public Builder sendInitialEvents(boolean send) {
            this.sendInitialEvents = send;
            return this;
        }

        public ListOptions build() {
            return new ListOptions(this);
        }

        private static String emptyToNull(String s) {
            return s == null || s.isEmpty() ? null : s;
        }
    }
}
