package io.kube4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kube4j.api.core.v1.Pod;
import io.kube4j.api.core.v1.PodList;
import io.kube4j.benchmarks.data.Datasets;
import io.kube4j.benchmarks.data.PodGenerator;
import io.kube4j.client.Json;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated pods are deterministic, realistic in size and shape, and valid Kubernetes Pods. */
class PodGeneratorTest {
    @Test
    void sameSeedSameBytes() {
        assertThat(new PodGenerator(7).pod(123)).isEqualTo(new PodGenerator(7).pod(123));
        assertThat(new PodGenerator(7).pod(123)).isNotEqualTo(new PodGenerator(8).pod(123));
    }

    @Test
    void podsAreAboutEightKilobytesWithEverythingTheIssueAsksFor() throws Exception {
        long total = 0;
        for (int i = 0; i < 200; i++) {
            byte[] json = Datasets.generator().pod(i);
            assertThat(json.length).isBetween(6000, 8500);
            total += json.length;
        }
        assertThat(total / 200).isBetween(7000L, 8200L);
        Pod pod = Json.read(Datasets.generator().pod(5), Pod.class);
        assertThat(pod.metadata().labels()).hasSizeGreaterThan(4);
        assertThat(pod.metadata().annotations().get("kubectl.kubernetes.io/last-applied-configuration"))
                .hasSizeBetween(800, 1300);
        assertThat(pod.metadata().ownerReferences()).hasSize(1);
        assertThat(pod.metadata().managedFields()).hasSize(2);
        assertThat(pod.spec().containers()).hasSize(2);
        assertThat(pod.spec().containers().get(0).env()).isNotEmpty();
        assertThat(pod.spec().containers().get(0).livenessProbe()).isNotNull();
        assertThat(pod.spec().containers().get(0).readinessProbe()).isNotNull();
        assertThat(pod.spec().containers().get(0).resources().limits()).isNotEmpty();
        assertThat(pod.spec().containers().get(0).volumeMounts()).isNotEmpty();
        assertThat(pod.spec().volumes()).hasSize(3);
        assertThat(pod.spec().tolerations()).isNotEmpty();
        assertThat(pod.spec().affinity()).isNotNull();
        assertThat(pod.status().conditions()).hasSizeGreaterThan(2);
        assertThat(pod.status().containerStatuses()).hasSize(2);
    }

    @Test
    void everyFieldIsKnownToTheModelsAndRoundTrips() throws Exception {
        byte[] json = Datasets.generator().pod(42);
        Pod pod = Json.read(json, Pod.class);
        assertNoExtras(pod, "pod");
        JsonNode original = withoutNulls(Floors.readTree(json)); // Go writes an unset Time as null; kube4j omits it
        JsonNode again = Floors.readTree(Json.writeBytes(pod));
        assertThat(again).isEqualTo(original);
    }

    @Test
    void listsAndPagesHoldDistinctPods() {
        PodList list = Json.read(Datasets.podList(3000), PodList.class);
        Set<String> keys = new HashSet<>();
        for (Pod p : list.items()) {
            keys.add(p.metadata().namespace() + "/" + p.metadata().name());
        }
        assertThat(keys).hasSize(3000);
        List<byte[]> pages = Datasets.pages(1200);
        assertThat(pages).hasSize(3);
        PodList last = Json.read(pages.get(2), PodList.class);
        assertThat(last.items()).hasSize(200);
        assertThat(last.metadata().continueToken()).isNull();
        assertThat(Json.read(pages.get(0), PodList.class).metadata().continueToken()).isEqualTo("1");
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            o.properties().removeIf(e -> e.getValue().isNull());
            o.forEach(PodGeneratorTest::withoutNulls);
        } else if (node.isArray()) {
            node.forEach(PodGeneratorTest::withoutNulls);
        }
        return node;
    }

    /** Walks a model through its accessors: every object's extras() must be empty. */
    private static void assertNoExtras(Object model, String path) throws Exception {
        Method extras;
        try {
            extras = model == null ? null : model.getClass().getMethod("extras");
        } catch (NoSuchMethodException notAModel) { // Quantity, IntOrString, FieldsV1, Instant, String, ...
            return;
        }
        if (extras == null) {
            return;
        }
        assertThat((Map<?, ?>) extras.invoke(model)).as(path + ".extras").isEmpty();
        for (Method m : model.getClass().getDeclaredMethods()) {
            if (m.getParameterCount() != 0 || !java.lang.reflect.Modifier.isPublic(m.getModifiers())
                    || java.lang.reflect.Modifier.isStatic(m.getModifiers()) || m.getName().equals("extras")
                    || m.getName().equals("toBuilder") || m.getName().equals("hashCode")
                    || m.getName().equals("toString")) {
                continue;
            }
            Object v = m.invoke(model);
            if (v instanceof Collection<?> c) {
                for (Object e : c) {
                    assertNoExtras(e, path + "." + m.getName() + "[]");
                }
            } else if (v instanceof Map<?, ?> map) {
                for (Object e : map.values()) {
                    assertNoExtras(e, path + "." + m.getName() + "{}");
                }
            } else {
                assertNoExtras(v, path + "." + m.getName());
            }
        }
    }
}
