package io.kube4j.dynamic.manifest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kube4j.client.Config;
import io.kube4j.client.FieldValidation;
import io.kube4j.client.RestClient;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The query parameters the applier's options put on the wire. */
class ManifestApplierWireTest {
    @RegisterExtension
    static final WireMockExtension WM = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n"
            + "data:\n  mode: fast\n";

    @BeforeEach
    void discovery() {
        json("/api", "{\"kind\":\"APIVersions\",\"versions\":[\"v1\"]}");
        json("/apis", "{\"kind\":\"APIGroupList\",\"apiVersion\":\"v1\",\"groups\":[]}");
        json("/api/v1", "{\"kind\":\"APIResourceList\",\"groupVersion\":\"v1\",\"resources\":[{\"name\":\"configmaps\","
                + "\"singularName\":\"configmap\",\"namespaced\":true,\"kind\":\"ConfigMap\",\"verbs\":[\"create\","
                + "\"delete\",\"get\",\"list\",\"patch\",\"update\",\"watch\"],\"shortNames\":[\"cm\"]}]}");
        WM.stubFor(any(urlPathEqualTo("/api/v1/namespaces/ns/configmaps/settings")).willReturn(answer()));
        WM.stubFor(any(urlPathEqualTo("/api/v1/namespaces/ns/configmaps")).willReturn(answer()));
    }

    @Test
    void applySendsFieldValidationWithTheFieldManager() {
        try (RestClient client = client()) {
            ManifestResult r = ManifestApplier.builder(client).fieldManager("kubectl")
                    .fieldValidation(FieldValidation.STRICT).defaultNamespace("ns").build()
                    .apply(Manifests.read(CONFIG_MAP));
            assertThat(r.succeeded()).isTrue();
        }
        LoggedRequest patch = only("PATCH");
        assertThat(patch.getUrl()).isEqualTo("/api/v1/namespaces/ns/configmaps/settings"
                + "?fieldManager=kubectl&fieldValidation=Strict");
        assertThat(patch.getHeader("Content-Type")).isEqualTo("application/apply-patch+yaml");
    }

    @Test
    void createSendsFieldValidation() {
        try (RestClient client = client()) {
            ManifestApplier.builder(client).fieldValidation(FieldValidation.WARN).defaultNamespace("ns").build()
                    .create(Manifests.read(CONFIG_MAP)).throwIfFailed();
        }
        assertThat(only("POST").getUrl()).isEqualTo("/api/v1/namespaces/ns/configmaps"
                + "?fieldManager=kube4j&fieldValidation=Warn");
    }

    @Test
    void noFieldValidationByDefault() {
        try (RestClient client = client()) {
            ManifestApplier.builder(client).defaultNamespace("ns").build().apply(Manifests.read(CONFIG_MAP))
                    .throwIfFailed();
        }
        assertThat(only("PATCH").getUrl()).isEqualTo("/api/v1/namespaces/ns/configmaps/settings?fieldManager=kube4j");
    }

    private static RestClient client() {
        return RestClient.create(Config.builder().server(WM.baseUrl()).qps(0).maxRetries(0).build());
    }

    private static LoggedRequest only(String method) {
        List<LoggedRequest> sent = WM.findAll(anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()))
                .stream().filter(r -> r.getMethod().getName().equals(method)).toList();
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer() {
        return aResponse().withHeader("Content-Type", "application/json").withBody("{\"apiVersion\":\"v1\","
                + "\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"settings\",\"namespace\":\"ns\"}}");
    }

    private static void json(String path, String body) {
        WM.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(body)));
    }
}
