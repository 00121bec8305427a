package io.kube4j.client.internal.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.kube4j.client.Config;
import io.kube4j.client.ConfigException;
import io.kube4j.client.ExecConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one context of a merged kubeconfig into a {@link Config}: looks up its cluster and user, reads the
 * files they name, decodes {@code *-data} fields and validates everything the context uses, reporting the
 * file and field of each problem.
 */
final class ContextResolver {
    private static final String EXEC_EXTENSION = "client.authentication.k8s.io/exec";

    private ContextResolver() {
    }

    static Config resolve(MergedKubeconfig m, String requested) {
        String name = requested != null && !requested.isEmpty() ? requested : m.currentContext;
        if (name == null) {
            throw new ConfigException(m.label() + ": current-context is not set and no context was requested"
                    + available(m.contexts));
        }
        KubeconfigDocument.Entry ctx = m.contexts.get(name);
        if (ctx == null) {
            String where = requested != null && !requested.isEmpty() || m.currentContextOrigin == null
                    ? m.label() : m.currentContextOrigin.origin + ": current-context";
            throw new ConfigException(where + ": context \"" + name + "\" not found" + available(m.contexts));
        }
        Where cw = ctx.where();
        String clusterName = YamlFields.nonEmpty(ctx.body(), "cluster", cw);
        if (clusterName == null) {
            throw cw.field("cluster").error("not set");
        }
        KubeconfigDocument.Entry cluster = m.clusters.get(clusterName);
        if (cluster == null) {
            throw cw.field("cluster").error("cluster \"" + clusterName + "\" not found" + available(m.clusters));
        }
        String userName = YamlFields.nonEmpty(ctx.body(), "user", cw);
        KubeconfigDocument.Entry user = null;
        if (userName != null) {
            user = m.users.get(userName);
            if (user == null) {
                throw cw.field("user").error("user \"" + userName + "\" not found" + available(m.users));
            }
        }
        Config.Builder b = Config.builder().contextName(name)
                .namespace(YamlFields.nonEmpty(ctx.body(), "namespace", cw));
        Map<String, Object> execExtension = applyCluster(b, cluster);
        if (user != null) {
            applyUser(b, user, execExtension);
        }
        try {
            return b.build();
        } catch (ConfigException e) {
            throw new ConfigException(m.label() + ": context \"" + name + "\": " + e.getMessage());
        }
    }

    private static Map<String, Object> applyCluster(Config.Builder b, KubeconfigDocument.Entry entry) {
        JsonNode c = entry.body();
        Where w = entry.where();
        Path base = entry.document().baseDir;
        String server = YamlFields.nonEmpty(c, "server", w);
        byte[] caData = YamlFields.base64(c, "certificate-authority-data", w);
        Path caFile = YamlFields.path(c, "certificate-authority", base, w);
        if (caData != null && caFile != null) {
            throw w.error("certificate-authority-data and certificate-authority are both set; keep one");
        }
        byte[] ca = caData;
        String caField = "certificate-authority-data";
        if (caFile != null) {
            caField = "certificate-authority";
            ca = YamlFields.readFile(caFile, w.field(caField));
        }
        ConfigChecks.checkCa(ca, w.field(caField).toString());
        boolean insecure = YamlFields.bool(c, "insecure-skip-tls-verify", w);
        if (insecure && ca != null) {
            throw w.error("insecure-skip-tls-verify cannot be combined with " + caField
                    + " (a CA is pointless when the server certificate is not verified)");
        }
        String tlsServerName = YamlFields.nonEmpty(c, "tls-server-name", w);
        String proxyUrl = YamlFields.nonEmpty(c, "proxy-url", w);
        ConfigChecks.checkProxyUrl(proxyUrl, w.field("proxy-url").toString());
        b.server(ConfigChecks.normalizeServer(server, ca != null || insecure || tlsServerName != null,
                        w.field("server").toString()))
                .caCertData(ca)
                .insecureSkipTlsVerify(insecure)
                .tlsServerName(tlsServerName)
                .proxyUrl(proxyUrl)
                .disableCompression(YamlFields.bool(c, "disable-compression", w));
        return execExtension(c, w);
    }

    private static Map<String, Object> execExtension(JsonNode cluster, Where w) {
        JsonNode extensions = YamlFields.array(cluster, "extensions", w);
        if (extensions == null) {
            return Map.of();
        }
        for (int i = 0; i < extensions.size(); i++) {
            JsonNode ext = extensions.get(i);
            Where at = w.field("extensions[" + i + "]");
            if (EXEC_EXTENSION.equals(YamlFields.string(ext, "name", at))) {
                JsonNode value = YamlFields.object(ext, "extension", at);
                if (value == null) {
                    return Map.of();
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> map = KubeconfigDocument.YAML.convertValue(value, LinkedHashMap.class);
                return map;
            }
        }
        return Map.of();
    }

    private static void applyUser(Config.Builder b, KubeconfigDocument.Entry entry, Map<String, Object> execExtension) {
        JsonNode u = entry.body();
        Where w = entry.where();
        Path base = entry.document().baseDir;
        JsonNode authProvider = YamlFields.object(u, "auth-provider", w);
        if (authProvider != null) {
            String provider = YamlFields.nonEmpty(authProvider, "name", w.field("auth-provider"));
            throw w.field("auth-provider").error("auth-provider plugins" + (provider == null ? "" : " (" + provider + ")")
                    + " are not supported; configure an exec credential plugin instead"
                    + " (for example gke-gcloud-auth-plugin for GKE, kubelogin for OIDC and Azure)");
        }
        byte[] cert = pem(u, "client-certificate-data", "client-certificate", w, base);
        byte[] key = pem(u, "client-key-data", "client-key", w, base);
        ConfigChecks.checkClientCert(cert, key, w + ".",
                u.hasNonNull("client-certificate-data") ? "client-certificate-data" : "client-certificate",
                u.hasNonNull("client-key-data") ? "client-key-data" : "client-key");
        String token = YamlFields.nonEmpty(u, "token", w);
        Path tokenFile = YamlFields.path(u, "tokenFile", base, w);
        if (token == null && tokenFile != null) {
            // client-go reads the file while loading, so an unreadable file fails now rather than on first use.
            if (YamlFields.readText(tokenFile, w.field("tokenFile")).strip().isEmpty()) {
                throw w.field("tokenFile").error("file " + tokenFile + " is empty");
            }
        }
        String username = YamlFields.nonEmpty(u, "username", w);
        String password = YamlFields.nonEmpty(u, "password", w);
        if ((token != null || tokenFile != null) && (username != null || password != null)) {
            throw w.error("more than one authentication method found (token, basic auth); only one is allowed");
        }
        String as = YamlFields.nonEmpty(u, "as", w);
        String asUid = YamlFields.nonEmpty(u, "as-uid", w);
        List<String> asGroups = YamlFields.strings(u, "as-groups", w);
        Map<String, List<String>> asExtra = extra(u, w);
        if (as == null && (asUid != null || !asGroups.isEmpty() || !asExtra.isEmpty())) {
            throw w.error("as-uid, as-groups or as-user-extra is set without as (the user to impersonate)");
        }
        b.clientCertData(cert).clientKeyData(key).token(token).tokenFile(tokenFile)
                .username(username).password(password)
                .impersonateUser(as).impersonateUid(asUid).impersonateGroups(asGroups).impersonateExtra(asExtra);
        JsonNode exec = YamlFields.object(u, "exec", w);
        if (exec != null) {
            b.exec(exec(exec, w.field("exec"), base, execExtension));
        }
    }

    private static byte[] pem(JsonNode u, String dataKey, String fileKey, Where w, Path base) {
        byte[] data = YamlFields.base64(u, dataKey, w);
        Path file = YamlFields.path(u, fileKey, base, w);
        if (data != null && file != null) {
            throw w.error(dataKey + " and " + fileKey + " are both set; keep one");
        }
        return file == null ? data : YamlFields.readFile(file, w.field(fileKey));
    }

    private static Map<String, List<String>> extra(JsonNode u, Where w) {
        JsonNode node = YamlFields.object(u, "as-user-extra", w);
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node != null) {
            Where at = w.field("as-user-extra");
            node.fieldNames().forEachRemaining(k -> out.put(k, YamlFields.strings(node, k, at)));
        }
        return out;
    }

    private static ExecConfig exec(JsonNode e, Where w, Path base, Map<String, Object> clusterConfig) {
        String command = YamlFields.nonEmpty(e, "command", w);
        if (command != null && YamlFields.isPathLike(command)) {
            command = YamlFields.resolve(command, base).toString();
        }
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode envList = YamlFields.array(e, "env", w);
        if (envList != null) {
            for (int i = 0; i < envList.size(); i++) {
                Where at = w.field("env[" + i + "]");
                String name = YamlFields.nonEmpty(envList.get(i), "name", at);
                if (name == null) {
                    throw at.field("name").error("not set");
                }
                String value = YamlFields.string(envList.get(i), "value", at);
                env.put(name, value == null ? "" : value);
            }
        }
        String mode = YamlFields.nonEmpty(e, "interactiveMode", w);
        Where parent = new Where(w.origin(), w.path().substring(0, w.path().length() - ".exec".length()));
        try {
            return ExecConfig.builder()
                    .command(command)
                    .args(YamlFields.strings(e, "args", w))
                    .env(env)
                    .apiVersion(YamlFields.nonEmpty(e, "apiVersion", w))
                    .installHint(YamlFields.nonEmpty(e, "installHint", w))
                    .provideClusterInfo(YamlFields.bool(e, "provideClusterInfo", w))
                    .interactiveMode(mode == null ? null : ExecConfig.InteractiveMode.fromWireName(mode))
                    .clusterConfig(clusterConfig)
                    .build();
        } catch (ConfigException ex) {
            // The builder says "exec.apiVersion: not set"; re-anchor that under this user's entry.
            String msg = ex.getMessage();
            int sep = msg.indexOf(": ");
            String field = sep < 0 ? "exec" : msg.substring(0, sep);
            throw parent.field(field.startsWith("exec") ? field : "exec." + field).error(msg.substring(sep + 2));
        }
    }

    private static String available(Map<String, ?> entries) {
        if (entries.isEmpty()) {
            return " (none defined)";
        }
        List<String> names = new ArrayList<>(entries.keySet());
        return " (available: " + String.join(", ", names) + ")";
    }
}
