package io.kube4j.informers.internal;

import static io.kube4j.informers.Fixtures.cm;
import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.informers.IndexFunction;
import io.kube4j.informers.Indexers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadSafeIndexerTest {
    private static ConfigMap labelled(String ns, String name, String... apps) {
        return cm(ns, name, "1").toBuilder().putData("apps", String.join(",", apps)).build();
    }

    /** Multi-valued: one value per comma-separated entry of data.apps. */
    private static final IndexFunction<ConfigMap> APPS = c -> {
        String apps = c.data().get("apps");
        return apps == null || apps.isEmpty() ? List.of() : List.of(apps.split(","));
    };

    @Test
    void indexesFollowPutsRemovesAndReplaces() {
        ThreadSafeIndexer<ConfigMap> idx = new ThreadSafeIndexer<>("test");
        idx.addIndexers(Map.of(Indexers.NAMESPACE, Indexers.byNamespace(), "apps", APPS));
        idx.put("a/x", labelled("a", "x", "web", "db"));
        idx.put("b/y", labelled("b", "y", "web"));
        assertThat(idx.indexKeys("apps", "web")).containsExactlyInAnyOrder("a/x", "b/y");
        assertThat(idx.index("apps", labelled("c", "z", "db"))).extracting(c -> c.metadata().name()).containsExactly("x");
        idx.put("a/x", labelled("a", "x", "cache"));
        assertThat(idx.indexKeys("apps", "db")).isEmpty();
        assertThat(idx.listIndexValues("apps")).containsExactlyInAnyOrder("web", "cache");
        assertThat(idx.remove("b/y")).isNotNull();
        assertThat(idx.remove("b/y")).isNull();
        assertThat(idx.listIndexValues("apps")).containsExactly("cache");
        assertThat(idx.byIndex(Indexers.NAMESPACE, "a")).hasSize(1);

        Map<String, ConfigMap> old = idx.replace(Map.of("c/z", labelled("c", "z", "web")));
        assertThat(old).containsOnlyKeys("a/x");
        assertThat(idx.listKeys()).containsExactly("c/z");
        assertThat(idx.indexKeys("apps", "web")).containsExactly("c/z");
        assertThat(idx.byIndex(Indexers.NAMESPACE, "a")).isEmpty();
        assertThat(idx.snapshot()).containsOnlyKeys("c/z");
    }

    @Test
    void failingIndexFunctionsLeaveTheObjectOutOfThatIndexOnly() {
        ThreadSafeIndexer<ConfigMap> idx = new ThreadSafeIndexer<>("test");
        idx.addIndexers(Map.of("broken", c -> {
            throw new IllegalStateException("bug");
        }, "nulls", c -> null, "apps", APPS));
        idx.put("a/x", labelled("a", "x", "web"));
        assertThat(idx.getByKey("a/x")).isPresent();
        assertThat(idx.listIndexValues("broken")).isEmpty();
        assertThat(idx.listIndexValues("nulls")).isEmpty();
        assertThat(idx.indexKeys("apps", "web")).containsExactly("a/x");
        assertThat(idx.size()).isEqualTo(1);
    }
}
