package io.kube4j.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.kube4j.client.internal.Threads;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A WireMock server plus RestClients built through {@code RestClient.create(Config)}, closed after each test. */
abstract class WireMockSupport {
    @RegisterExtension
    static final WireMockExtension WM = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final RetryPolicy FAST_RETRIES = RetryPolicy.builder().maxRetries(3).initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(5)).build();

    final List<String> warnings = new CopyOnWriteArrayList<>();
    private final List<RestClient> clients = new CopyOnWriteArrayList<>();

    Config config() {
        return Config.builder().server(WM.baseUrl()).qps(0).maxRetries(3).userAgent("kube4j-test/1.0").build();
    }

    RestClient client() {
        return track(RestClient.builder(config()).retryPolicy(FAST_RETRIES).warningHandler(warnings::add).build());
    }

    RestClient track(RestClient client) {
        clients.add(client);
        return client;
    }

    @AfterEach
    void closeClients() {
        clients.forEach(RestClient::close);
    }

    static Set<Thread> kube4jThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(Threads.PREFIX))
                .collect(Collectors.toSet());
    }

    static String podJson(String ns, String name) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"" + ns
                + "\",\"resourceVersion\":\"7\"},\"spec\":{\"nodeName\":\"n1\"}}";
    }

    static String status(int code, String reason, String message) {
        return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\""
                + message + "\",\"reason\":\"" + reason + "\",\"code\":" + code + "}";
    }
}
