package io.kube4j.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kube4j.api.meta.v1.ListMeta;
import java.util.List;

/** A minimal PodList-like model for REST tests. */
public final class TestPodList extends TestList<TestPod> {
    @JsonCreator
    public TestPodList(@JsonProperty("apiVersion") String apiVersion, @JsonProperty("kind") String kind,
            @JsonProperty("metadata") ListMeta metadata, @JsonProperty("items") List<TestPod> items) {
        super(apiVersion, kind, metadata, items);
    }
}
