package io.kube4j.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kube4j.api.meta.v1.ListMeta;
import java.util.List;

/** A minimal ConfigMapList model for real-server tests. */
public final class TestConfigMapList extends TestList<TestConfigMap> {
    @JsonCreator
    public TestConfigMapList(@JsonProperty("apiVersion") String apiVersion, @JsonProperty("kind") String kind,
            @JsonProperty("metadata") ListMeta metadata, @JsonProperty("items") List<TestConfigMap> items) {
        super(apiVersion, kind, metadata, items);
    }
}
