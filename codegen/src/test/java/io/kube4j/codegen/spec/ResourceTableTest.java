package io.kube4j.codegen.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.codegen.model.Gvk;
import io.swagger.v3.oas.models.OpenAPI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceTableTest {
    private static OpenAPI spec() throws URISyntaxException {
        return SpecLoader.load(Path.of(ResourceTableTest.class.getResource("/fixture-swagger.json").toURI()));
    }

    @Test
    void readsResourcesVerbsScopeAndSubresourcesFromThePaths() throws Exception {
        List<ResourceTable.Resource> table = ResourceTable.from(spec());
        assertThat(table).extracting(r -> r.apiPath() + " " + r.plural())
                .containsExactly("/api/v1 secrets", "/apis/demo.example.com/v1 widgets");

        ResourceTable.Resource widgets = table.get(1);
        assertThat(widgets.kind()).isEqualTo(new Gvk("demo.example.com", "v1", "Widget"));
        assertThat(widgets.namespaced()).isTrue();
        assertThat(widgets.verbs()).containsExactly(
                "create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");
        assertThat(widgets.subresources()).containsOnlyKeys("status");
        ResourceTable.Subresource status = widgets.subresources().get("status");
        assertThat(status.verbs()).containsExactly("get", "patch", "update");
        assertThat(status.kind()).isEqualTo(widgets.kind());
        assertThat(status.takesPath()).isFalse();

        ResourceTable.Resource secrets = table.get(0);
        assertThat(secrets.namespaced()).isTrue();
        assertThat(secrets.verbs()).containsExactly("get");
        assertThat(secrets.kind()).isEqualTo(new Gvk("", "v1", "Secret"));
    }
}
