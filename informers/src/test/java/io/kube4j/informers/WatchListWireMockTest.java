package io.kube4j.informers;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.kube4j.informers.Fixtures.CONFIG_MAPS;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.meta.v1.PartialObjectMetadata;
import io.kube4j.client.Config;
import io.kube4j.client.RestClient;
import io.kube4j.testsupport.Poll;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The list/watch protocol on the wire: WatchList, its fallback, and watches that end at once. */
class WatchListWireMockTest {
    @RegisterExtension
    static final WireMockExtension WM = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PATH = "/api/v1/namespaces/ns/configmaps";

    private RestClient client;
    private SharedInformerFactory factory;

    @BeforeEach
    void connect() {
        client = RestClient.create(Config.builder().server(WM.baseUrl()).qps(0).maxRetries(0).build());
        factory = SharedInformerFactory.create(client);
    }

    @AfterEach
    void close() {
        factory.close();
        client.close();
    }

    private static String cm(String name, String rv) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"namespace\":\"ns\",\"name\":\"" + name
                + "\",\"resourceVersion\":\"" + rv + "\"}}";
    }

    private static String event(String type, String object) {
        return "{\"type\":\"" + type + "\",\"object\":" + object + "}\n";
    }

    private static String bookmark(String rv, boolean initialEnd) {
        return event("BOOKMARK", "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"resourceVersion\":\"" + rv
                + "\"" + (initialEnd ? ",\"annotations\":{\"k8s.io/initial-events-end\":\"true\"}" : "") + "}}");
    }

    /** A watch from {@code rv} that stays open (its body trickles for a minute). */
    private static void quietWatchFrom(String rv) {
        WM.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("watch", equalTo("true"))
                .withQueryParam("resourceVersion", equalTo(rv))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(bookmark(rv, false) + " ".repeat(60)).withChunkedDribbleDelay(60, 60_000)));
    }

    private static List<LoggedRequest> lists() {
        return WM.findAll(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("watch", absent()));
    }

    @Test
    void watchListStreamReplacesTheListCall() {
        WM.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("watch", equalTo("true"))
                .withQueryParam("sendInitialEvents", equalTo("true"))
                .withQueryParam("resourceVersionMatch", equalTo("NotOlderThan"))
                .withQueryParam("allowWatchBookmarks", equalTo("true"))
                .withQueryParam("resourceVersion", absent())
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(event("ADDED", cm("a", "3")) + event("ADDED", cm("b", "5")) + bookmark("9", true)
                                + event("MODIFIED", cm("a", "10")))));
        quietWatchFrom("10");
        SharedIndexInformer<ConfigMap> informer = factory.informerFor(CONFIG_MAPS, InformerOptions.namespace("ns"));
        factory.start();
        factory.waitForCacheSync(Duration.ofSeconds(20));
        Poll.until("a@10", () -> informer.lister().get("ns", "a").filter(c -> "10".equals(c.metadata().resourceVersion()))
                .orElse(null));
        assertThat(informer.indexer().listKeys()).containsExactlyInAnyOrder("ns/a", "ns/b");
        Poll.until("watching from 10", () -> WM.findAll(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("resourceVersion", equalTo("10"))).isEmpty() ? null : true);
        assertThat(lists()).isEmpty();
        assertThat(informer.health().usesWatchList()).isTrue();
        assertThat(informer.health().lists()).isEqualTo(1);
    }

    @Test
    void rejectedWatchListFallsBackToAPagedList() {
        WM.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("sendInitialEvents", equalTo("true"))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Invalid\","
                                + "\"message\":\"resourceVersionMatch is forbidden for watch\",\"code\":422}")));
        WM.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("watch", absent()).withQueryParam("continue", absent())
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMapList\",\"metadata\":{\"resourceVersion\":\"7\","
                                + "\"continue\":\"next\"},\"items\":[" + cm("a", "3") + "]}")));
        WM.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("watch", absent()).withQueryParam("continue", equalTo("next"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMapList\",\"metadata\":{\"resourceVersion\":\"7\"},"
                                + "\"items\":[" + cm("b", "4") + "]}")));
        quietWatchFrom("7");
        SharedIndexInformer<ConfigMap> informer = factory.informerFor(CONFIG_MAPS, InformerOptions.namespace("ns"));
        factory.start();
        factory.waitForCacheSync(Duration.ofSeconds(20));
        assertThat(informer.indexer().listKeys()).containsExactlyInAnyOrder("ns/a", "ns/b");
        List<LoggedRequest> lists = lists();
        assertThat(lists).hasSize(2);
        assertThat(lists.get(0).queryParameter("limit").firstValue()).isEqualTo("500");
        assertThat(lists.get(0).queryParameter("resourceVersion").isPresent()).isFalse();
        assertThat(informer.health().usesWatchList()).isFalse();
        Poll.until("watching from 7", () -> WM.findAll(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("resourceVersion", equalTo("7"))).isEmpty() ? null : true);
    }

    @Test
    void watchesThatKeepEndingAtOnceLeadToARelist() {
        WM.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("watch", absent())
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMapList\",\"metadata\":{\"resourceVersion\":\"7\"},"
                                + "\"items\":[" + cm("a", "3") + "]}")));
        // A proxy that closes every watch at once, with 200 and no event, never a 410.
        WM.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("watch", equalTo("true"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("")));
        SharedIndexInformer<ConfigMap> informer = factory.informerFor(CONFIG_MAPS, InformerOptions.builder()
                .namespace("ns").watchList(false).backoff(Duration.ofMillis(10), Duration.ofMillis(50)).build());
        factory.start();
        factory.waitForCacheSync(Duration.ofSeconds(20));
        Poll.until("a relist", () -> lists().size() >= 2 ? true : null);
        assertThat(informer.health().gones()).isZero();
        assertThat(informer.health().lists()).isGreaterThanOrEqualTo(2);
        List<LoggedRequest> all = WM.findAll(getRequestedFor(urlPathEqualTo(PATH)));
        int secondList = -1;
        for (int i = 0, seen = 0; i < all.size(); i++) {
            if (!all.get(i).queryParameter("watch").isPresent() && ++seen == 2) {
                secondList = i;
                break;
            }
        }
        assertThat(secondList).as("five empty watches came before the relist").isGreaterThanOrEqualTo(6);
        assertThat(informer.indexer().listKeys()).containsExactly("ns/a");
    }

    @Test
    void metadataInformersAskForPartialObjectMetadata() {
        WM.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("sendInitialEvents", equalTo("true"))
                .withHeader("Accept", equalTo("application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(event("ADDED", meta("a", "3")) + bookmark("9", true) + event("MODIFIED", meta("a", "10")))));
        quietWatchFrom("10");
        SharedIndexInformer<PartialObjectMetadata> informer = factory.metadataInformerFor(CONFIG_MAPS,
                InformerOptions.namespace("ns"));
        factory.start();
        factory.waitForCacheSync(Duration.ofSeconds(20));
        Poll.until("a@10", () -> informer.lister().get("ns", "a").filter(c -> "10".equals(c.metadata().resourceVersion()))
                .orElse(null));
        assertThat(informer.lister().get("ns", "a").orElseThrow().kind()).isEqualTo("PartialObjectMetadata");
        assertThat(informer.resourceType()).isEqualTo(CONFIG_MAPS);
        Poll.until("watching from 10", () -> WM.findAll(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("resourceVersion", equalTo("10"))).isEmpty() ? null : true);
        assertThat(WM.findAll(getRequestedFor(urlPathEqualTo(PATH)))).allSatisfy(r -> assertThat(r.getHeader("Accept"))
                .isEqualTo("application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1"));
    }

    @Test
    void metadataListsAskForPartialObjectMetadataLists() {
        WM.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("watch", absent())
                .withHeader("Accept", equalTo("application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"apiVersion\":\"meta.k8s.io/v1\",\"kind\":\"PartialObjectMetadataList\","
                                + "\"metadata\":{\"resourceVersion\":\"7\"},\"items\":[" + meta("a", "3") + "]}")));
        quietWatchFrom("7");
        SharedIndexInformer<PartialObjectMetadata> informer = factory.metadataInformerFor(CONFIG_MAPS,
                InformerOptions.builder().namespace("ns").watchList(false).build());
        factory.start();
        factory.waitForCacheSync(Duration.ofSeconds(20));
        assertThat(informer.indexer().listKeys()).containsExactly("ns/a");
    }

    private static String meta(String name, String rv) {
        return "{\"apiVersion\":\"meta.k8s.io/v1\",\"kind\":\"PartialObjectMetadata\",\"metadata\":{\"namespace\":\"ns\","
                + "\"name\":\"" + name + "\",\"resourceVersion\":\"" + rv + "\"}}";
    }
}
