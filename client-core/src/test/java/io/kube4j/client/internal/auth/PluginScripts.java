package io.kube4j.client.internal.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes small shell-script exec plugins for tests. */
public final class PluginScripts {
    private PluginScripts() {
    }

    /**
     * A plugin that counts its runs in {@code $COUNT_FILE}, saves {@code KUBERNETES_EXEC_INFO} to
     * {@code $INFO_FILE} and prints an ExecCredential whose token is {@code token-<run>} and whose expiry is
     * {@code $EXPIRY} (when set).
     */
    public static Path countingTokenPlugin(Path dir) throws IOException {
        return script(dir.resolve("token-plugin.sh"), """
                #!/bin/sh
                n=$(cat "$COUNT_FILE" 2>/dev/null || echo 0)
                n=$((n + 1))
                echo "$n" > "$COUNT_FILE"
                [ -n "$INFO_FILE" ] && printf '%s' "$KUBERNETES_EXEC_INFO" > "$INFO_FILE"
                [ -n "$DELAY" ] && sleep "$DELAY"
                if [ -n "$EXPIRY" ]; then exp=",\\"expirationTimestamp\\":\\"$EXPIRY\\""; else exp=""; fi
                printf '{"apiVersion":"%s","kind":"ExecCredential","status":{"token":"token-%s"%s}}\\n' \\
                  "${API_VERSION:-client.authentication.k8s.io/v1}" "$n" "$exp"
                """);
    }

    /** A plugin that prints {@code $CERT_FILE} and {@code $KEY_FILE} (PEM) as a client certificate credential. */
    public static Path certificatePlugin(Path dir) throws IOException {
        return script(dir.resolve("cert-plugin.sh"), """
                #!/bin/sh
                n=$(cat "$COUNT_FILE" 2>/dev/null || echo 0)
                echo $((n + 1)) > "$COUNT_FILE"
                cert=$(awk 'BEGIN{ORS="\\\\n"} {print}' "$CERT_FILE")
                key=$(awk 'BEGIN{ORS="\\\\n"} {print}' "$KEY_FILE")
                printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"clientCertificateData":"%s","clientKeyData":"%s"}}\\n' "$cert" "$key"
                """);
    }

    public static Path script(Path path, String body) throws IOException {
        Files.writeString(path, body);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        return path;
    }
}
