package io.kube4j.client;

/**
 * The connection settings cannot be used: a kubeconfig, the in-cluster environment or a credential
 * plugin is missing, malformed or failing. The message names the source (file, field, plugin command)
 * and what is wrong; it never contains a credential.
 */
public class ConfigException extends KubeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
