package io.kube4j.events.internal;

import io.kube4j.api.core.v1.Event;
import io.kube4j.client.Json;
import io.kube4j.client.RestClient;

/**
 * core/v1, the fallback: written as client-go's {@code tools/record} writes them ({@code count},
 * {@code firstTimestamp}, {@code lastTimestamp}, {@code source}), without {@code eventTime}, which would make
 * the server apply the stricter events.k8s.io rules.
 */
final class CoreV1Writer extends EventWriter {
    CoreV1Writer(RestClient client) {
        super(client, "/api/v1", "core/v1", Event.class);
    }

    @Override
    Event event(Snapshot s) {
        EventData d = s.data();
        return Event.builder()
                .metadata(m -> m.name(s.name()).namespace(s.namespace()))
                .involvedObject(d.regarding())
                .related(d.related())
                .reason(d.reason())
                .action(d.action())
                .message(d.note())
                .type(d.type())
                .source(src -> src.component(d.reportingController()))
                .reportingComponent(d.reportingController())
                .reportingInstance(d.reportingInstance())
                .firstTimestamp(s.first())
                .lastTimestamp(s.last())
                .count(s.count())
                .build();
    }

    @Override
    String countPatch(Snapshot s) {
        // A model carrying only the changed fields (plus its own apiVersion/kind) is the merge patch.
        return Json.write(Event.builder().count(s.count()).lastTimestamp(s.last()).build());
    }
}
