package io.kube4j.client.internal.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kube4j.client.Config;
import io.kube4j.client.ConfigException;
import io.kube4j.client.ExecConfig;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/** Writes {@code KUBERNETES_EXEC_INFO} and reads the plugin's {@code ExecCredential} answer. */
final class ExecCredentialCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answer's {@code status}; cert and key are PEM bytes; expiry may be null (never expires). */
    record Status(String token, byte[] clientCertificatePem, byte[] clientKeyPem, Instant expiry) {
        @Override
        public String toString() {
            return "Status{token=" + (token == null ? "none" : "<redacted>") + ", clientCertificate="
                    + (clientCertificatePem != null) + ", expiry=" + expiry + "}";
        }
    }

    private ExecCredentialCodec() {
    }

    /** {@code ExecCredential} with {@code spec.interactive=false} and, when asked for, {@code spec.cluster}. */
    static String execInfo(Config config) {
        ExecConfig exec = config.exec();
        ObjectNode root = JSON.createObjectNode();
        root.put("apiVersion", exec.apiVersion());
        root.put("kind", "ExecCredential");
        ObjectNode spec = root.putObject("spec");
        spec.put("interactive", false);
        if (exec.provideClusterInfo()) {
            ObjectNode cluster = spec.putObject("cluster");
            cluster.put("server", config.server());
            if (config.tlsServerName() != null) {
                cluster.put("tls-server-name", config.tlsServerName());
            }
            if (config.insecureSkipTlsVerify()) {
                cluster.put("insecure-skip-tls-verify", true);
            }
            byte[] ca = config.caCertData();
            if (ca != null) {
                cluster.put("certificate-authority-data", Base64.getEncoder().encodeToString(ca));
            }
            if (config.proxyUrl() != null) {
                cluster.put("proxy-url", config.proxyUrl());
            }
            if (config.disableCompression()) {
                cluster.put("disable-compression", true);
            }
            if (!exec.clusterConfig().isEmpty()) {
                cluster.set("config", JSON.valueToTree(exec.clusterConfig()));
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write KUBERNETES_EXEC_INFO", e);
        }
    }

    /** Parses and checks the answer; messages name the plugin and field, never a value. */
    static Status parse(String output, ExecConfig exec) {
        String name = "exec plugin \"" + exec.command() + "\"";
        JsonNode root;
        try {
            root = JSON.readTree(output);
        } catch (JsonProcessingException e) {
            throw new ConfigException(name + ": output is not a JSON ExecCredential");
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(name + ": output is not a JSON ExecCredential");
        }
        String apiVersion = text(root, "apiVersion");
        if (!exec.apiVersion().equals(apiVersion)) {
            throw new ConfigException(name + ": returned apiVersion \"" + apiVersion + "\", but the kubeconfig asks for "
                    + exec.apiVersion());
        }
        if (!"ExecCredential".equals(text(root, "kind"))) {
            throw new ConfigException(name + ": returned kind \"" + text(root, "kind") + "\", expected ExecCredential");
        }
        JsonNode status = root.get("status");
        if (status == null || !status.isObject()) {
            throw new ConfigException(name + ": the ExecCredential has no status");
        }
        String token = text(status, "token");
        String cert = text(status, "clientCertificateData");
        String key = text(status, "clientKeyData");
        if ((cert == null) != (key == null)) {
            throw new ConfigException(name + ": returned only one of status.clientCertificateData and status.clientKeyData");
        }
        if (token == null && cert == null) {
            throw new ConfigException(name + ": returned neither status.token nor a client certificate");
        }
        Instant expiry = null;
        String exp = text(status, "expirationTimestamp");
        if (exp != null) {
            try {
                expiry = Instant.parse(exp);
            } catch (DateTimeParseException e) {
                throw new ConfigException(name + ": status.expirationTimestamp is not an RFC 3339 time: " + exp);
            }
        }
        return new Status(token, cert == null ? null : cert.getBytes(StandardCharsets.UTF_8),
                key == null ? null : key.getBytes(StandardCharsets.UTF_8), expiry);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() || v.asText().isEmpty() ? null : v.asText();
    }
}
