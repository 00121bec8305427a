package io.kube4j.client;

import io.kube4j.client.internal.http.ExecutorSettings;

/** Lets tests in internal packages reach a client's executor settings (package-private in RestClient). */
public final class ClientInternals {
    private ClientInternals() {
    }

    public static ExecutorSettings settings(RestClient client) {
        return client.executor().settings();
    }
}
