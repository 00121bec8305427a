package io.kube4j.events;

/** The {@code type} of an Event: {@code Normal} or {@code Warning}, the only two the API server accepts. */
public enum EventType {
    NORMAL("Normal"),
    WARNING("Warning");

    private final String value;

    EventType(String value) {
        this.value = value;
    }

    /** The wire value, {@code Normal} or {@code Warning}. */
    public String value() {
        return value;
    }
}
