package io.kube4j.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.client.Config;
import io.kube4j.client.Json;
import io.kube4j.client.RestClient;
import io.kube4j.testsupport.AdminHttp;
import io.kube4j.testsupport.Kube4jThreads;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Events on the real API server: created with every field, repeats aggregated into one Event with a count. */
@ExtendWith(KubeApiServerExtension.class)
class EventRecorderIT {
    private RestClient client;
    private EventBroadcaster broadcaster;

    @BeforeEach
    void connect(TestCluster cluster) {
        client = RestClient.create(Config.fromKubeconfig(cluster.kubeconfig()));
    }

    @AfterEach
    void close() {
        if (broadcaster != null) {
            broadcaster.close();
        }
        client.close();
        assertThat(Kube4jThreads.awaitNone(Duration.ofSeconds(10))).isEmpty();
    }

    private ConfigMap configMap(TestCluster cluster, String name) {
        AdminHttp.Answer a = cluster.admin().post("/api/v1/namespaces/" + cluster.namespace() + "/configmaps",
                "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\"}}");
        assertThat(a.ok()).as("create configmap: %s", a).isTrue();
        return client.get().namespace(cluster.namespace()).resource("configmaps").name(name).execute(ConfigMap.class);
    }

    /** The Events (as JSON trees) of one API in the test namespace with the given reason. */
    private static List<JsonNode> events(TestCluster cluster, String apiPath,
            String reason) throws Exception {
        AdminHttp.Answer a = cluster.admin().get(apiPath + "/namespaces/" + cluster.namespace() + "/events");
        assertThat(a.ok()).as("list events: %s", a).isTrue();
        var items = Json.mapper().readTree(a.body().getBytes(StandardCharsets.UTF_8)).path("items");
        return StreamSupport.stream(items.spliterator(), false)
                .filter(e -> reason.equals(e.path("reason").asText())).toList();
    }

    @Test
    void eventsV1RepeatsAggregateIntoOneEventWithASeriesCount(TestCluster cluster) throws Exception {
        ConfigMap cm = configMap(cluster, "events-v1");
        broadcaster = EventBroadcaster.create(client);
        EventRecorder recorder = broadcaster.newRecorder("kube4j.io/event-it", "it-1");

        for (int i = 0; i < 5; i++) {
            recorder.eventf(cm, null, EventType.NORMAL, "Synced", "Sync", "configmap %s synced", "events-v1");
        }
        recorder.eventf(cm, null, EventType.WARNING, "SyncFailed", "Sync", "boom");

        var synced = Poll.until("one Synced event counting 5", () -> {
            var found = events(cluster, "/apis/events.k8s.io/v1", "Synced");
            return found.size() == 1 && found.get(0).path("series").path("count").asInt() == 5 ? found.get(0) : null;
        });
        assertThat(synced.path("metadata").path("name").asText()).startsWith("events-v1.");
        assertThat(synced.path("type").asText()).isEqualTo("Normal");
        assertThat(synced.path("action").asText()).isEqualTo("Sync");
        assertThat(synced.path("note").asText()).isEqualTo("configmap events-v1 synced");
        assertThat(synced.path("reportingController").asText()).isEqualTo("kube4j.io/event-it");
        assertThat(synced.path("reportingInstance").asText()).isEqualTo("it-1");
        assertThat(synced.path("regarding").path("kind").asText()).isEqualTo("ConfigMap");
        assertThat(synced.path("regarding").path("uid").asText()).isEqualTo(cm.metadata().uid());
        assertThat(synced.path("eventTime").asText()).isNotEmpty();
        assertThat(synced.path("series").path("lastObservedTime").asText()).isNotEmpty();
        var failed = Poll.until("the SyncFailed event", () -> {
            var found = events(cluster, "/apis/events.k8s.io/v1", "SyncFailed");
            return found.size() == 1 ? found.get(0) : null;
        });
        assertThat(failed.path("type").asText()).isEqualTo("Warning");
        assertThat(failed.has("series")).isFalse();
        // The same Event seen through core/v1: the server maps the series to count.
        var core = Poll.until("the core/v1 view", () -> {
            var found = events(cluster, "/api/v1", "Synced");
            return found.size() == 1 ? found.get(0) : null;
        });
        assertThat(core.path("involvedObject").path("name").asText()).isEqualTo("events-v1");
        assertThat(broadcaster.dropped()).isZero();
    }

    @Test
    void coreV1RepeatsAggregateIntoOneEventWithACount(TestCluster cluster) throws Exception {
        ConfigMap cm = configMap(cluster, "events-core");
        broadcaster = EventBroadcaster.builder(client).api(EventApi.CORE_V1).build();
        EventRecorder recorder = broadcaster.newRecorder("kube4j.io/event-it", "it-2");

        for (int i = 0; i < 3; i++) {
            recorder.eventf(cm, null, EventType.WARNING, "CoreSynced", "Sync", "core path");
        }

        var event = Poll.until("one CoreSynced event counting 3", () -> {
            var found = events(cluster, "/api/v1", "CoreSynced");
            return found.size() == 1 && found.get(0).path("count").asInt() == 3 ? found.get(0) : null;
        });
        assertThat(event.path("message").asText()).isEqualTo("core path");
        assertThat(event.path("type").asText()).isEqualTo("Warning");
        assertThat(event.path("source").path("component").asText()).isEqualTo("kube4j.io/event-it");
        assertThat(event.path("reportingComponent").asText()).isEqualTo("kube4j.io/event-it");
        assertThat(event.path("involvedObject").path("uid").asText()).isEqualTo(cm.metadata().uid());
        assertThat(event.path("firstTimestamp").asText()).isNotEmpty();
        assertThat(event.path("lastTimestamp").asText()).isNotEmpty();
        assertThat(broadcaster.dropped()).isZero();
    }

    @Test
    void closeFlushesEverythingQueued(TestCluster cluster) throws Exception {
        ConfigMap cm = configMap(cluster, "events-flush");
        // close() lets the worker flush for closeTimeout (5 s by default), then drops the rest: 20 writes
        // (and the API discovery before them) on a slow, loaded machine need a more generous budget.
        broadcaster = EventBroadcaster.builder(client).closeTimeout(Duration.ofSeconds(60)).build();
        EventRecorder recorder = broadcaster.newRecorder("kube4j.io/event-it", "it-3");
        for (int i = 0; i < 20; i++) {
            recorder.eventf(cm, null, EventType.NORMAL, "Flush" + i, "Flush", "n");
        }

        broadcaster.close();

        assertThat(broadcaster.dropped()).isZero();
        long written = events(cluster, "/apis/events.k8s.io/v1", "Flush0").size();
        for (int i = 1; i < 20; i++) {
            written += events(cluster, "/apis/events.k8s.io/v1", "Flush" + i).size();
        }
        assertThat(written).isEqualTo(20);
    }
}
