package io.kube4j.events.internal;

import io.kube4j.api.core.v1.Event;
import io.kube4j.client.Json;
import io.kube4j.client.PatchType;
import io.kube4j.client.RequestBuilder;
import io.kube4j.client.RestClient;
import java.util.concurrent.CompletableFuture;

/**
 * core/v1, the fallback: written as client-go's {@code tools/record} writes them ({@code count},
 * {@code firstTimestamp}, {@code lastTimestamp}, {@code source}), without {@code eventTime}, which would make
 * the server apply the stricter events.k8s.io rules.
 */
final class CoreV1Writer implements EventWriter {
    private final RestClient client;

    CoreV1Writer(RestClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<?> create(Snapshot s) {
        EventData d = s.data();
        Event event = Event.builder()
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
        return events(client.post(), s).body(event).executeAsync(Event.class);
    }

    @Override
    public CompletableFuture<?> patch(Snapshot s) {
        // A model carrying only the changed fields (plus its own apiVersion/kind) is the merge patch.
        String body = Json.write(Event.builder().count(s.count()).lastTimestamp(s.last()).build());
        return events(client.patch(PatchType.MERGE), s).name(s.name()).body(body).executeAsync(Event.class);
    }

    @Override
    public String api() {
        return "core/v1";
    }

    private static RequestBuilder events(RequestBuilder b, Snapshot s) {
        return b.apiPath("/api/v1").namespace(s.namespace()).resource("events");
    }
}
