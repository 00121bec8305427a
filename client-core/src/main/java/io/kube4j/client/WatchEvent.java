package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a watch. ADDED, MODIFIED, DELETED and BOOKMARK carry an object; ERROR carries a
 * {@link Status} instead ({@link #status()}), e.g. 410 Gone when the watched resource version is too old
 * ({@link #isGone()}), after which the caller must list again. Immutable.
 */
public final class WatchEvent<T> {
    private final EventType type;
    private final T object;
    private final Status status;

    private WatchEvent(EventType type, T object, Status status) {
        this.type = type;
        this.object = object;
        this.status = status;
    }

    /** An ADDED, MODIFIED, DELETED or BOOKMARK event. */
    public static <T> WatchEvent<T> of(EventType type, T object) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(object, "object");
        if (type == EventType.ERROR) {
            throw new IllegalArgumentException("an ERROR event carries a Status; use WatchEvent.error(status)");
        }
        return new WatchEvent<>(type, object, null);
    }

    /** An ERROR event. */
    public static <T> WatchEvent<T> error(Status status) {
        return new WatchEvent<>(EventType.ERROR, null, Objects.requireNonNull(status, "status"));
    }

    public EventType type() {
        return type;
    }

    /** The object; for a BOOKMARK only its {@code metadata.resourceVersion} is meaningful. Null for ERROR. */
    public T object() {
        return object;
    }

    /** The Status of an ERROR event; empty for other events. */
    public Optional<Status> status() {
        return Optional.ofNullable(status);
    }

    public boolean isError() {
        return type == EventType.ERROR;
    }

    /** True for an ERROR whose Status is 410 Gone (or reason Gone/Expired): the caller must relist. */
    public boolean isGone() {
        if (status == null) {
            return false;
        }
        Integer code = status.code();
        return (code != null && code == 410) || "Gone".equals(status.reason()) || "Expired".equals(status.reason());
    }

    /** The exception an ERROR event stands for (e.g. {@link GoneException}); for other events, empty. */
    public Optional<ApiException> toException(String request) {
        return status == null ? Optional.empty() : Optional.of(ApiException.from(status, request));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WatchEvent<?> e && type == e.type && Objects.equals(object, e.object)
                && Objects.equals(status, e.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, object, status);
    }

    @Override
    public String toString() {
        return "WatchEvent{" + type + ", " + (status != null ? status : object) + "}";
    }
}
