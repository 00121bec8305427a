package io.kube4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.TestCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST core against the real kube-apiserver: what the server decides, checked on the server. */
@ExtendWith(KubeApiServerExtension.class)
class RestCoreIT {
    private static final ResourceType<TestConfigMap, TestConfigMapList> CONFIGMAPS = ResourceType.namespaced(
            GroupVersionKind.of("", "v1", "ConfigMap"), "configmaps", TestConfigMap.class, TestConfigMapList.class);

    private static RestClient client;
    private static ResourceClient<TestConfigMap, TestConfigMapList> maps;

    @BeforeAll
    static void connect(TestCluster cluster) {
        client = RestClient.create(Config.fromKubeconfig(cluster.kubeconfig()));
        maps = client.resource(CONFIGMAPS);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static TestConfigMap map(String ns, String name, Map<String, String> labels, Map<String, String> data) {
        return TestConfigMap.of(ObjectMeta.builder().name(name).namespace(ns).labels(labels).build(), data);
    }

    @Test
    void crudWithServerErrors(TestCluster cluster) {
        String ns = cluster.namespace();
        TestConfigMap created = maps.create(null, map(ns, "crud", Map.of("app", "web"), Map.of("a", "1")),
                CreateOptions.fieldManager("kube4j-it"));
        assertThat(created.metadata().resourceVersion()).isNotEmpty();
        assertThat(maps.get(ns, "crud", GetOptions.DEFAULT).data()).containsEntry("a", "1");
        assertThat(maps.find(ns, "absent", GetOptions.DEFAULT)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> maps.get(ns, "absent", GetOptions.DEFAULT)).isInstanceOf(NotFoundException.class)
                .hasMessage("GET /api/v1/namespaces/" + ns + "/configmaps/absent: 404 NotFound: "
                        + "configmaps \"absent\" not found");
        assertThatThrownBy(() -> maps.create(ns, map(ns, "crud", Map.of(), Map.of()), CreateOptions.DEFAULT))
                .isInstanceOf(AlreadyExistsException.class);

        TestConfigMap updated = maps.update(ns, created.withData(Map.of("a", "2")), UpdateOptions.DEFAULT);
        assertThat(updated.data()).containsEntry("a", "2");
        assertThatThrownBy(() -> maps.update(ns, created.withData(Map.of("a", "3")), UpdateOptions.DEFAULT))
                .as("stale resourceVersion").isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> maps.delete(ns, "crud", DeleteOptions.preconditions(Preconditions.uid("not-the-uid"))))
                .isInstanceOf(ConflictException.class);
        maps.delete(ns, "crud", DeleteOptions.builder().propagation(Propagation.BACKGROUND)
                .preconditions(Preconditions.uid(created.metadata().uid())).gracePeriodSeconds(0).build());
        assertThat(maps.find(ns, "crud", GetOptions.DEFAULT)).isEmpty();
    }

    @Test
    void invalidObjectsNameTheField(TestCluster cluster) {
        assertThatThrownBy(() -> maps.create(cluster.namespace(), map(cluster.namespace(), "Not_Valid", Map.of(), Map.of()),
                CreateOptions.DEFAULT))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.causes())
                        .anySatisfy(c -> assertThat(c.field()).isEqualTo("metadata.name")));
    }

    @Test
    void dryRunPersistsNothing(TestCluster cluster) {
        String ns = cluster.namespace();
        maps.create(ns, map(ns, "dry", Map.of(), Map.of("a", "1")), CreateOptions.DRY_RUN);
        assertThat(maps.find(ns, "dry", GetOptions.DEFAULT)).isEmpty();
    }

    @Test
    void patchesAndServerSideApply(TestCluster cluster) {
        String ns = cluster.namespace();
        maps.create(ns, map(ns, "patched", Map.of(), Map.of("a", "1")), CreateOptions.DEFAULT);
        maps.patch(ns, "patched", PatchType.MERGE, "{\"data\":{\"b\":\"2\"}}", PatchOptions.DEFAULT);
        maps.patch(ns, "patched", PatchType.STRATEGIC_MERGE, "{\"metadata\":{\"labels\":{\"x\":\"y\"}}}", PatchOptions.DEFAULT);
        TestConfigMap p = maps.patch(ns, "patched", PatchType.JSON, "[{\"op\":\"remove\",\"path\":\"/data/a\"}]",
                PatchOptions.DEFAULT);
        assertThat(p.data()).containsExactly(Map.entry("b", "2"));
        assertThat(p.metadata().labels()).containsEntry("x", "y");

        TestConfigMap applied = maps.apply(ns, map(ns, "applied", Map.of(), Map.of("k", "one")),
                ApplyOptions.fieldManager("first"));
        assertThat(applied.data()).containsEntry("k", "one");
        assertThatThrownBy(() -> maps.apply(ns, map(ns, "applied", Map.of(), Map.of("k", "two")),
                ApplyOptions.fieldManager("second")))
                .as("field owned by another manager").isInstanceOf(ConflictException.class);
        assertThat(maps.apply(ns, map(ns, "applied", Map.of(), Map.of("k", "two")), ApplyOptions.fieldManager("second").force())
                .data()).containsEntry("k", "two");
    }

    @Test
    void selectorsPagingAndDeleteCollection(TestCluster cluster) {
        String ns = cluster.namespace();
        for (int i = 0; i < 5; i++) {
            maps.create(ns, map(ns, "page-" + i, Map.of("set", "paging", "tier", i % 2 == 0 ? "a" : "b"), Map.of()),
                    CreateOptions.DEFAULT);
        }
        ListOptions paging = ListOptions.builder().labelSelector("set=paging,tier in (a,b),!missing").limit(2).build();
        assertThat(maps.list(ns, paging).items()).hasSize(2);
        assertThat(maps.list(ns, paging).metadata().continueToken()).isNotEmpty();
        assertThat(maps.listAll(ns, paging).map(m -> m.metadata().name()).collect(Collectors.toList()))
                .containsExactly("page-0", "page-1", "page-2", "page-3", "page-4");
        assertThat(maps.list(ns, ListOptions.labelSelector("set=paging,tier notin (a)")).items()).hasSize(2);

        maps.deleteCollection(ns, ListOptions.labelSelector("set=paging,tier=a"), DeleteOptions.DEFAULT);
        assertThat(maps.list(ns, ListOptions.labelSelector("set=paging")).items())
                .extracting(m -> m.metadata().name()).containsExactlyInAnyOrder("page-1", "page-3");
    }

    @Test
    void watchSeesChangesInOrder(TestCluster cluster) throws Exception {
        String ns = cluster.namespace();
        String rv = maps.list(ns, ListOptions.labelSelector("set=watched")).metadata().resourceVersion();
        try (Watch<TestConfigMap> watch = maps.watch(ns, ListOptions.builder().labelSelector("set=watched")
                .resourceVersion(rv).allowWatchBookmarks(true).build())) {
            List<EventType> seen = new ArrayList<>();
            CompletableFuture<Void> done = watch.start(e -> {
                if (e.type() != EventType.BOOKMARK) {
                    seen.add(e.type());
                }
                if (e.type() == EventType.DELETED) {
                    watch.close();
                }
            });
            TestConfigMap m = maps.create(ns, map(ns, "w", Map.of("set", "watched"), Map.of("v", "1")), CreateOptions.DEFAULT);
            maps.update(ns, m.withData(Map.of("v", "2")), UpdateOptions.DEFAULT);
            maps.delete(ns, "w", DeleteOptions.DEFAULT);
            done.get(30, TimeUnit.SECONDS);
            assertThat(seen).containsExactly(EventType.ADDED, EventType.MODIFIED, EventType.DELETED);
        }
    }

    @Test
    void rawRequestsAndForbidden(TestCluster cluster) {
        @SuppressWarnings("unchecked")
        Map<String, Object> version = client.get().absPath("/version").execute(Map.class);
        assertThat(version).containsKey("gitVersion");
        try (RestClient nobody = RestClient.create(Config.fromKubeconfig(cluster.server().unprivilegedKubeconfig()))) {
            assertThatThrownBy(() -> nobody.resource(CONFIGMAPS).list(cluster.namespace(), ListOptions.DEFAULT))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining("403 Forbidden");
        }
    }

    @Test
    void asyncAgainstTheServer(TestCluster cluster) throws Exception {
        TestConfigMapList list = client.get().namespace(cluster.namespace()).resource("configmaps")
                .executeAsync(TestConfigMapList.class).get(30, TimeUnit.SECONDS);
        assertThat(list.metadata().resourceVersion()).isNotEmpty();
    }
}
