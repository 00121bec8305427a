package io.kube4j.events.internal;

import io.kube4j.api.events.v1.Event;
import io.kube4j.api.events.v1.EventSeries;
import io.kube4j.client.Json;
import io.kube4j.client.PatchType;
import io.kube4j.client.RequestBuilder;
import io.kube4j.client.RestClient;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** events.k8s.io/v1: {@code eventTime} is the first occurrence, repeats go to {@code series}. */
final class EventsV1Writer implements EventWriter {
    static final String API_PATH = "/apis/events.k8s.io/v1";

    private final RestClient client;

    EventsV1Writer(RestClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<?> create(Snapshot s) {
        EventData d = s.data();
        Event event = Event.builder()
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
        return events(client.post(), s).body(event).executeAsync(Event.class);
    }

    @Override
    public CompletableFuture<?> patch(Snapshot s) {
        String body = Json.write(Map.of("series", series(s)));
        return events(client.patch(PatchType.MERGE), s).name(s.name()).body(body).executeAsync(Event.class);
    }

    @Override
    public String api() {
        return "events.k8s.io/v1";
    }

    private static EventSeries series(Snapshot s) {
        // The API requires count >= 2 in a series: a single occurrence has none.
        return s.count() < 2 ? null : EventSeries.builder().count(s.count()).lastObservedTime(s.last()).build();
    }

    private static RequestBuilder events(RequestBuilder b, Snapshot s) {
        return b.apiPath(API_PATH).namespace(s.namespace()).resource("events");
    }
}
