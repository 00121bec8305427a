package io.kube4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.testsupport.Kube4jThreads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A MockWebServer standing in for the API server (and the kubelet behind it), and a RestClient built from a
 * Config, so the client owns its threads and tests can check that none outlive it.
 */
abstract class WebSocketServerSupport {
    static final String V5 = "v5.channel.k8s.io";
    static final String V4 = "v4.channel.k8s.io";
    static final String SUCCESS = "{\"metadata\":{},\"status\":\"Success\"}";

    MockWebServer server;
    RestClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        client = RestClient.create(Config.builder().server(server.url("/").toString()).build());
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
    }

    /** Closes the client and asserts that no kube4j thread is left. */
    void closeClientAndAssertNoThreads() {
        client.close();
        assertThat(Kube4jThreads.awaitNone(Duration.ofSeconds(10))).isEmpty();
    }

    RecordedRequest takeRequest() throws InterruptedException {
        RecordedRequest r = server.takeRequest(10, TimeUnit.SECONDS);
        assertThat(r).as("a request reached the server").isNotNull();
        return r;
    }

    static String nonZero(int code) {
        return "{\"metadata\":{},\"status\":\"Failure\",\"message\":\"command terminated with non-zero exit code: "
                + "exit status " + code + "\",\"reason\":\"NonZeroExitCode\",\"details\":{\"causes\":"
                + "[{\"reason\":\"ExitCode\",\"message\":\"" + code + "\"}]}}";
    }

    static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
