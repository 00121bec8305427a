package io.kube4j.client.internal.config;

import io.kube4j.client.ConfigException;

/** Where a kubeconfig value came from, for messages: {@code kubeconfig /home/u/.kube/config: users[dev].client-key-data}. */
record Where(String origin, String path) {
    static Where root(String origin) {
        return new Where(origin, "");
    }

    Where field(String name) {
        return new Where(origin, path.isEmpty() ? name : path + "." + name);
    }

    Where entry(String list, String name) {
        return field(list + "[" + name + "]");
    }

    ConfigException error(String message) {
        return new ConfigException(this + ": " + message);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? origin : origin + ": " + path;
    }
}
