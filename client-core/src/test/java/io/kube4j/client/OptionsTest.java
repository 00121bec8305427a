package io.kube4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.labels.FieldSelector;
import io.kube4j.api.labels.LabelSelector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void listOptionsQuery() {
        assertThat(ListOptions.DEFAULT.toQueryParams()).isEmpty();
        ListOptions all = ListOptions.builder()
                .labelSelector("app=web").fieldSelector("spec.nodeName=n1")
                .resourceVersion("42").resourceVersionMatch(ResourceVersionMatch.NOT_OLDER_THAN)
                .limit(500).continueToken("c").timeoutSeconds(60)
                .allowWatchBookmarks(true).sendInitialEvents(true).build();
        assertThat(all.toQueryParams()).containsExactly(
                Map.entry("labelSelector", "app=web"),
                Map.entry("fieldSelector", "spec.nodeName=n1"),
                Map.entry("resourceVersion", "42"),
                Map.entry("resourceVersionMatch", "NotOlderThan"),
                Map.entry("limit", "500"),
                Map.entry("continue", "c"),
                Map.entry("timeoutSeconds", "60"),
                Map.entry("allowWatchBookmarks", "true"),
                Map.entry("sendInitialEvents", "true"));
        assertThat(all.withContinue("d").continueToken()).isEqualTo("d");
        assertThat(all.toBuilder().build()).isEqualTo(all);
        assertThat(ListOptions.labelSelector("a").labelSelector()).isEqualTo("a");
        assertThat(ListOptions.limit(3).limit()).isEqualTo(3L);
        assertThat(ListOptions.builder().labelSelector("").build()).isEqualTo(ListOptions.DEFAULT);
        assertThatThrownBy(() -> ListOptions.builder().limit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListOptions.builder().timeoutSeconds(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsedSelectors() {
        LabelSelector labels = LabelSelector.builder().eq("app", "web").in("tier", "b", "a").notExists("legacy").build();
        assertThat(ListOptions.labelSelector(labels).labelSelector()).isEqualTo(labels.toString());
        assertThat(ListOptions.builder().fieldSelector(FieldSelector.eq("spec.nodeName", "n1")).build().fieldSelector())
                .isEqualTo("spec.nodeName=n1");
        assertThat(ListOptions.labelSelector(LabelSelector.everything())).isEqualTo(ListOptions.DEFAULT);
        assertThatThrownBy(() -> ListOptions.labelSelector(LabelSelector.nothing()))
                .hasMessageContaining("matches nothing");
        assertThatThrownBy(() -> ListOptions.builder().fieldSelector(FieldSelector.nothing()))
                .hasMessageContaining("matches nothing");
    }

    @Test
    void writeOptionsQuery() {
        assertThat(CreateOptions.DEFAULT.toQueryParams()).isEmpty();
        assertThat(CreateOptions.DRY_RUN.toQueryParams()).containsExactly(Map.entry("dryRun", "All"));
        assertThat(UpdateOptions.builder().fieldManager("me").fieldValidation(FieldValidation.STRICT).build()
                .toQueryParams()).containsExactly(Map.entry("fieldManager", "me"), Map.entry("fieldValidation", "Strict"));
        assertThat(PatchOptions.fieldManager("m").toQueryParams()).containsExactly(Map.entry("fieldManager", "m"));
        assertThat(GetOptions.resourceVersion("0").toQueryParams()).containsExactly(Map.entry("resourceVersion", "0"));
        assertThat(GetOptions.DEFAULT.toQueryParams()).isEmpty();
    }

    @Test
    void applyOptions() {
        ApplyOptions a = ApplyOptions.fieldManager("me").force().dryRun().fieldValidation(FieldValidation.WARN);
        assertThat(a.toQueryParams()).containsExactly(Map.entry("dryRun", "All"), Map.entry("fieldManager", "me"),
                Map.entry("force", "true"), Map.entry("fieldValidation", "Warn"));
        assertThat(ApplyOptions.fieldManager("me").toQueryParams()).containsExactly(Map.entry("fieldManager", "me"));
        assertThat(a.isForce()).isTrue();
        assertThatThrownBy(() -> ApplyOptions.fieldManager(" ")).hasMessageContaining("field manager");
        assertThatThrownBy(() -> ApplyOptions.fieldManager(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteOptionsBody() {
        assertThat(DeleteOptions.DEFAULT.toBody()).containsExactly(Map.entry("kind", "DeleteOptions"),
                Map.entry("apiVersion", "v1"));
        DeleteOptions all = DeleteOptions.builder()
                .propagation(Propagation.FOREGROUND).gracePeriodSeconds(0)
                .preconditions(Preconditions.of("uid-1", "7")).dryRun(true).build();
        assertThat(all.toBody()).containsExactly(
                Map.entry("kind", "DeleteOptions"), Map.entry("apiVersion", "v1"),
                Map.entry("propagationPolicy", "Foreground"), Map.entry("gracePeriodSeconds", 0L),
                Map.entry("preconditions", Map.of("uid", "uid-1", "resourceVersion", "7")),
                Map.entry("dryRun", List.of("All")));
        assertThat(Json.mapper().valueToTree(all.toBody()).toString()).isEqualTo(
                "{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"propagationPolicy\":\"Foreground\","
                        + "\"gracePeriodSeconds\":0,\"preconditions\":{\"uid\":\"uid-1\",\"resourceVersion\":\"7\"},"
                        + "\"dryRun\":[\"All\"]}");
        assertThat(DeleteOptions.propagation(Propagation.ORPHAN).toBody()).containsEntry("propagationPolicy", "Orphan");
        assertThat(DeleteOptions.preconditions(Preconditions.uid("u")).toBody().get("preconditions"))
                .isEqualTo(Map.of("uid", "u"));
        assertThat(all.toBuilder().build()).isEqualTo(all);
        assertThatThrownBy(() -> DeleteOptions.gracePeriodSeconds(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Preconditions.of(null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
