package io.kube4j.workqueue;

/** How to build a work queue: its name, clock and metrics listener. Immutable. */
public final class WorkQueueOptions {
    private final String name;
    private final Clock clock;
    private final WorkQueueMetrics metrics;

    private WorkQueueOptions(Builder b) {
        this.name = b.name;
        this.clock = b.clock;
        this.metrics = b.metrics;
    }

    /** Defaults (real clock, no metrics) with a name. */
    public static WorkQueueOptions named(String name) {
        return builder().name(name).build();
    }

    /** A builder with the defaults: name {@code ""}, {@link Clock#system()}, {@link WorkQueueMetrics#NONE}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder().name(name).clock(clock).metrics(metrics);
    }

    /** The queue name, used in thread names and metrics. */
    public String name() {
        return name;
    }

    /** The clock for delays, rate limits and metrics durations. */
    public Clock clock() {
        return clock;
    }

    /** The metrics listener. */
    public WorkQueueMetrics metrics() {
        return metrics;
    }

    @Override
    public String toString() {
        return "WorkQueueOptions{name=" + name + ", clock=" + clock + ", metrics=" + metrics + "}";
    }

    /** Builds {@link WorkQueueOptions}. */
    public static final class Builder {
        private String name = "";
        private Clock clock = Clock.system();
        private WorkQueueMetrics metrics = WorkQueueMetrics.NONE;

        private Builder() {
        }

        /** The queue name, used in thread names ({@code kube4j-workqueue-<name>-1}) and metrics. */
        public Builder name(String name) {
            if (name == null) {
                throw new IllegalArgumentException("work queue name must not be null");
            }
            this.name = name;
            return this;
        }

        /** The clock; {@link FakeClock} in tests. */
        public Builder clock(Clock clock) {
            if (clock == null) {
                throw new IllegalArgumentException("work queue clock must not be null");
            }
            this.clock = clock;
            return this;
        }

        /** The metrics listener. */
        public Builder metrics(WorkQueueMetrics metrics) {
            if (metrics == null) {
                throw new IllegalArgumentException("work queue metrics must not be null (use WorkQueueMetrics.NONE)");
            }
            this.metrics = metrics;
            return this;
        }

        /** The options. */
        public WorkQueueOptions build() {
            return new WorkQueueOptions(this);
        }
    }
}
