package io.kube4j.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.kube4j.client.Config;
import io.kube4j.client.RestClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A WireMock server serving discovery documents from {@code src/test/resources/discovery}. */
abstract class DiscoveryFixtures {
    static final String AGGREGATED_V2 = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";
    static final String AGGREGATED_V2BETA1 = "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList";

    @RegisterExtension
    static final WireMockExtension WM = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final List<RestClient> clients = new CopyOnWriteArrayList<>();

    RestClient client() {
        RestClient c = RestClient.create(Config.builder().server(WM.baseUrl()).qps(0).maxRetries(0).build());
        clients.add(c);
        return c;
    }

    @AfterEach
    void closeClients() {
        clients.forEach(RestClient::close);
    }

    static String fixture(String name) {
        try (InputStream in = DiscoveryFixtures.class.getResourceAsStream("/discovery/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Aggregated answers for clients that ask for them, legacy ones otherwise (as a real server does). */
    static void stubAggregated(String apisFixture, String contentType) {
        WM.stubFor(get(urlPathEqualTo("/api")).withHeader("Accept", containing("apidiscovery.k8s.io")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", AGGREGATED_V2).withBody(fixture("aggregated-api-v2.json"))));
        WM.stubFor(get(urlPathEqualTo("/apis")).withHeader("Accept", containing("apidiscovery.k8s.io")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", contentType).withBody(fixture(apisFixture))));
    }

    static void stubLegacy() {
        json("/api", "legacy-api.json");
        json("/apis", "legacy-apis.json");
        json("/api/v1", "legacy-api-v1.json");
        json("/apis/apps/v1", "legacy-apps-v1.json");
        json("/apis/stable.example.com/v1", "legacy-stable-v1.json");
        json("/apis/stable.example.com/v1beta1", "legacy-stable-v1beta1.json");
        WM.stubFor(get(urlPathEqualTo("/apis/metrics.k8s.io/v1beta1")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json").withBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\","
                        + "\"status\":\"Failure\",\"message\":\"service unavailable\",\"reason\":\"ServiceUnavailable\","
                        + "\"code\":503}")));
    }

    static void json(String path, String fixture) {
        WM.stubFor(get(urlPathEqualTo(path)).atPriority(5)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(fixture(fixture))));
    }
}
