package io.kube4j.leaderelection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kube4j.api.coordination.v1.Lease;
import io.kube4j.client.Config;
import io.kube4j.client.Json;
import io.kube4j.client.RestClient;
import io.kube4j.leaderelection.Timeline.Kind;
import io.kube4j.leaderelection.internal.ElectionRecord;
import io.kube4j.testsupport.AdminHttp;
import io.kube4j.testsupport.FaultProxy;
import io.kube4j.testsupport.Kube4jThreads;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two candidates, each with its own RestClient behind its own TCP proxy, elect a leader on one Lease of the
 * real API server; the leader's connection is then cut or stalled. Times are wall-clock milliseconds, the
 * clock that also stamps the Lease's renewTime.
 */
@ExtendWith(KubeApiServerExtension.class)
class LeaderElectionIT {
    private final Timeline timeline = new Timeline(System::currentTimeMillis);
    private final List<AutoCloseable> toClose = new ArrayList<>();

    /** One candidate process: proxy, client, elector. */
    private final class Candidate {
        final String id;
        final FaultProxy proxy;
        final RestClient client;
        final LeaderElector elector;
        final List<String> newLeaders = new CopyOnWriteArrayList<>();

        Candidate(TestCluster cluster, String lease, String id, long leaseS, long renewMs, long retryMs)
                throws Exception {
            this.id = id;
            Config direct = Config.fromKubeconfig(cluster.kubeconfig());
            URI server = URI.create(direct.server());
            proxy = FaultProxy.start(server);
            client = RestClient.create(direct.toBuilder().server("https://127.0.0.1:" + proxy.port()).build());
            elector = LeaderElector.create(client, LeaderElectionConfig.builder()
                    .lease(cluster.namespace(), lease).identity(id)
                    .leaseDuration(Duration.ofSeconds(leaseS)).renewDeadline(Duration.ofMillis(renewMs))
                    .retryPeriod(Duration.ofMillis(retryMs))
                    .onStartedLeading(l -> timeline.record(id, Kind.STARTED))
                    .onStoppedLeading(() -> timeline.record(id, Kind.STOPPED))
                    .onNewLeader(newLeaders::add)
                    .build());
            // Closed in reverse: elector, then client, then proxy.
            toClose.add(proxy);
            toClose.add(client);
            toClose.add(elector);
        }
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
        assertThat(Kube4jThreads.awaitNone(Duration.ofSeconds(15))).isEmpty();
    }

    private static Lease lease(TestCluster cluster, String name) {
        AdminHttp.Answer a = cluster.admin().get("/apis/coordination.k8s.io/v1/namespaces/" + cluster.namespace()
                + "/leases/" + name);
        assertThat(a.ok()).as("GET lease: %s", a).isTrue();
        return Json.read(a.body().getBytes(StandardCharsets.UTF_8), Lease.class);
    }

    /**
     * Every version of the lease written after {@code resourceVersion}, oldest first: a watch from there that
     * the server ends after two seconds. Unlike a read, it cannot miss a version another candidate overwrote.
     */
    private static List<ElectionRecord> leaseHistory(TestCluster cluster, String name, String resourceVersion)
            throws Exception {
        AdminHttp.Answer a = cluster.admin().get("/apis/coordination.k8s.io/v1/namespaces/" + cluster.namespace()
                + "/leases?watch=true&timeoutSeconds=2&fieldSelector=metadata.name%3D" + name + "&resourceVersion="
                + resourceVersion);
        assertThat(a.ok()).as("watch lease: %s", a).isTrue();
        List<ElectionRecord> records = new ArrayList<>();
        for (String line : a.body().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode event = Json.mapper().readTree(line);
            assertThat(event.path("type").asText()).as("watch event %s", line).isIn("ADDED", "MODIFIED");
            records.add(ElectionRecord.of(Json.read(event.path("object").toString(), Lease.class)));
        }
        return records;
    }

    @ParameterizedTest(name = "leader''s connection {0}")
    @ValueSource(strings = {"cut", "stall"})
    void exactlyOneLeadsAndTheOtherTakesOverOnlyAfterTheLeaseExpires(String fault, TestCluster cluster)
            throws Exception {
        String name = "lock-" + fault;
        Candidate a = new Candidate(cluster, name, "a", 4, 3000, 500);
        Candidate b = new Candidate(cluster, name, "b", 4, 3000, 500);
        a.elector.start();
        b.elector.start();

        String leaderId = Poll.until("a leader", () -> timeline.entries().stream()
                .filter(e -> e.kind() == Kind.STARTED).map(Timeline.Entry::identity).findFirst().orElse(null));
        Candidate leader = leaderId.equals("a") ? a : b;
        Candidate follower = leader == a ? b : a;
        Poll.until("the follower to observe the leader", () -> follower.newLeaders.isEmpty() ? null : true);
        Thread.sleep(2000); // several renewals: nobody else may start leading meanwhile
        assertThat(timeline.count(follower.id, Kind.STARTED)).isZero();
        assertThat(lease(cluster, name).spec().holderIdentity()).isEqualTo(leader.id);

        if (fault.equals("cut")) {
            leader.proxy.disconnect();
        } else {
            leader.proxy.stall();
        }
        long stopped = Poll.until("the leader to stop", () -> timeline.count(leader.id, Kind.STOPPED) == 1
                ? timeline.first(leader.id, Kind.STOPPED).millis() : null);
        ElectionRecord last = ElectionRecord.of(lease(cluster, name));
        long started = Poll.until("the follower to lead", () -> timeline.count(follower.id, Kind.STARTED) == 1
                ? timeline.first(follower.id, Kind.STARTED).millis() : null);
        ElectionRecord taken = ElectionRecord.of(lease(cluster, name));

        long lastRenew = last.renewTime().toEpochMilli();
        assertThat(last.holderIdentity()).as("lease when the leader stopped").isEqualTo(leader.id);
        assertThat(stopped).as("leader stops before its lease expires").isLessThan(lastRenew + 4000);
        assertThat(started).as("follower starts after the leader stopped").isGreaterThan(stopped);
        assertThat(taken.holderIdentity()).isEqualTo(follower.id);
        // The follower stamps acquireTime before the read that shows it the lease expired, so that read's
        // latency may put the stamp a little before expiry; it starts leading only after it.
        assertThat(started).as("follower leads only after the lease expired").isGreaterThanOrEqualTo(lastRenew + 4000);
        assertThat(taken.acquireTime().toEpochMilli()).as("acquireTime stamps the takeover")
                .isGreaterThan(lastRenew).isLessThanOrEqualTo(started);
        assertThat(taken.leaderTransitions()).isEqualTo(last.leaderTransitions() + 1);
        assertThat(leader.elector.isRunning()).isFalse();
        timeline.assertNeverTwoLeaders();
    }

    @Test
    void closingTheLeaderReleasesTheLeaseAndTheOtherAcquiresWithoutWaitingForExpiry(TestCluster cluster)
            throws Exception {
        // A 30 s lease: the follower could only win within the 20 s poll below if the lease was released.
        Candidate a = new Candidate(cluster, "lock-release", "a", 30, 20_000, 1000);
        a.elector.start();
        Poll.until("a to lead", () -> a.elector.isLeader() ? true : null);
        Candidate b = new Candidate(cluster, "lock-release", "b", 30, 20_000, 1000);
        b.elector.start();
        Poll.until("b to observe a", () -> b.newLeaders.contains("a") ? true : null);
        String beforeClose = lease(cluster, "lock-release").metadata().resourceVersion();

        a.elector.close();
        Poll.until("b to lead", Duration.ofSeconds(20), () -> b.elector.isLeader() ? true : null);

        // b may take the released lease within its retry period, before a read right after close() could see
        // the release: check the versions written since instead (a's renewals, the release, then b's).
        List<ElectionRecord> history = leaseHistory(cluster, "lock-release", beforeClose);
        int releasedAt = history.stream().map(ElectionRecord::holderIdentity).toList().indexOf("");
        assertThat(releasedAt).as("a release in " + history).isNotNegative();
        ElectionRecord released = history.get(releasedAt);
        assertThat(released.leaseDurationSeconds()).isEqualTo(1);
        assertThat(history.subList(0, releasedAt)).allMatch(r -> r.holderIdentity().equals("a"), "held by a");
        assertThat(history.subList(releasedAt + 1, history.size())).isNotEmpty()
                .allMatch(r -> r.holderIdentity().equals("b"), "then by b");
        ElectionRecord taken = ElectionRecord.of(lease(cluster, "lock-release"));
        assertThat(taken.holderIdentity()).isEqualTo("b");
        assertThat(taken.leaderTransitions()).isEqualTo(1);
        assertThat(timeline.first("b", Kind.STARTED).millis()).isGreaterThan(timeline.first("a", Kind.STOPPED).millis());
        timeline.assertNeverTwoLeaders();
        // onNewLeader runs on the elector's notifier thread, possibly after isLeader() turned true.
        Poll.until("b to be told it leads", () -> b.newLeaders.contains("b") ? true : null);
        assertThat(b.newLeaders).containsExactly("a", "b");
    }
}
