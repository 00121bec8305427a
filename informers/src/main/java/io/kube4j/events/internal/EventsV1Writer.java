package io.kube4j.events.internal;

import io.kube4j.api.events.v1.Event;
import io.kube4j.api.events.v1.EventSeries;
import io.kube4j.client.Json;
import io.kube4j.client.RestClient;
import java.util.Map;

/** events.k8s.io/v1: {@code eventTime} is the first occurrence, repeats go to {@code series}. */
final class EventsV1Writer extends EventWriter {
    static final String API_PATH = "/apis/events.k8s.io/v1";

    EventsV1Writer(RestClient client) {
        super(client, API_PATH, "events.k8s.io/v1", Event.class);
    }

    @Override
    Event event(Snapshot s) {
        EventData d = s.data();
        return Event.builder()
                .metadata(m -> m.name(s.name()).namespace(s.namespace()))
                .eventTime(s.first())
                .series(series(s))
                .reportingController(d.reportingController())
                .reportingInstance(d.reportingInstance())
                .action(d.action())
                .reason(d.reason())
                .regarding(d.regarding())
                .related(d.related())
                .note(d.note())
                .type(d.type())
                .build();
    }

    @Override
    String countPatch(Snapshot s) {
        return Json.write(Map.of("series", series(s)));
    }

    private static EventSeries series(Snapshot s) {
        // The API requires count >= 2 in a series: a single occurrence has none.
        return s.count() < 2 ? null : EventSeries.builder().count(s.count()).lastObservedTime(s.last()).build();
    }
}
