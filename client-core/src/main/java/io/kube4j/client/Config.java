package io.kube4j.client;

import io.kube4j.client.internal.config.AutoDetect;
import io.kube4j.client.internal.config.ConfigChecks;
import io.kube4j.client.internal.config.Environment;
import io.kube4j.client.internal.config.InClusterLoader;
import io.kube4j.client.internal.config.KubeconfigLoader;
import io.kube4j.client.internal.config.UserAgents;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Resolved connection settings for one cluster: server, TLS, credentials, proxy, timeouts and client-side
 * limits. Immutable; {@link #toString()} never shows credentials. Obtain one from a kubeconfig
 * ({@link #fromKubeconfig(Path)}), the pod's service account ({@link #inCluster()}), whichever of the two
 * applies ({@link #autoDetect()}), or {@link #builder()}.
 *
 * <p>Only {@link #autoDetect()} and {@link #inCluster()} read environment variables (including
 * {@code HTTPS_PROXY}/{@code HTTP_PROXY}/{@code NO_PROXY}, stored in {@link #httpsProxy()} etc.).
 *
 * <p>Credentials: a bearer {@link #token()} or {@link #tokenFile()} (the file wins and is re-read at most once
 * a minute; the token is the fallback), basic auth, a client certificate, or an {@link #exec()} plugin, which
 * is used only when no token, basic auth or client certificate is set (client-go's rule). Credentials are
 * sent only to {@code https} servers.
 */
public final class Config {
    /** Default {@link #connectTimeout()}: 10 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default {@link #requestTimeout()}: 30 s. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Default {@link #qps()}: 50 requests per second. */
    public static final float DEFAULT_QPS = 50f;
    /** Default {@link #burst()}: 100. */
    public static final int DEFAULT_BURST = 100;
    /** Default {@link #maxRetries()}: 5. */
    public static final int DEFAULT_MAX_RETRIES = 5;

    /** The values: a private copy that is never changed after construction (safely published by the final field). */
    private final Builder v;

    private Config(Builder b) {
        v = b.snapshot();
        if (v.userAgent == null) {
            v.userAgent = UserAgents.DEFAULT;
        }
    }

    /**
     * The first usable source: the files in {@code KUBECONFIG} (merged with client-go's rules; missing files
     * are skipped), else {@code ~/.kube/config}, else the in-cluster service account.
     *
     * @throws ConfigException naming every source tried and what was wrong with each
     */
    public static Config autoDetect() {
        return AutoDetect.detect(Environment.system(), InClusterLoader.Paths.standard());
    }

    /**
     * As {@link #autoDetect()} but with the named context of the (merged) kubeconfig files instead of their
     * current context, like kubectl's {@code --context}.
     *
     * @throws ConfigException when no kubeconfig file defines the context
     */
    public static Config autoDetect(String context) {
        return AutoDetect.detect(Environment.system(), InClusterLoader.Paths.standard(),
                Objects.requireNonNull(context, "context"));
    }

    /** The current context of a kubeconfig file. */
    public static Config fromKubeconfig(Path file) {
        return fromKubeconfig(file, null);
    }

    /** The named context ({@code null}: the current context) of a kubeconfig file. */
    public static Config fromKubeconfig(Path file, String context) {
        return KubeconfigLoader.fromFiles(List.of(file), context);
    }

    /** The named context ({@code null}: the current context) of kubeconfig YAML text. */
    public static Config fromKubeconfigYaml(String yaml, String context) {
        return KubeconfigLoader.fromYaml(yaml, context);
    }

    /** The pod's service account: {@code KUBERNETES_SERVICE_HOST}/{@code _PORT}, token, CA and namespace files. */
    public static Config inCluster() {
        return InClusterLoader.load(Environment.system(), InClusterLoader.Paths.standard());
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return v.snapshot();
    }

    /** Base URL of the API server, without a trailing slash (it may carry a path prefix). */
    public String server() {
        return v.server;
    }

    /** The kubeconfig context this came from; null when not from a kubeconfig. */
    public String contextName() {
        return v.contextName;
    }

    /** The context's namespace; {@code "default"} when none is set. */
    public String namespace() {
        return v.namespace;
    }

    /** PEM CA certificates to trust instead of the JDK's defaults; null for the JDK's defaults. */
    public byte[] caCertData() {
        return copy(v.caCertData);
    }

    public boolean insecureSkipTlsVerify() {
        return v.insecureSkipTlsVerify;
    }

    /** Name sent as SNI and verified against the server certificate instead of the URL's host; may be null. */
    public String tlsServerName() {
        return v.tlsServerName;
    }

    /** PEM client certificate chain; may be null. */
    public byte[] clientCertData() {
        return copy(v.clientCertData);
    }

    /** PEM private key of the client certificate (PKCS#1, PKCS#8 or SEC1); may be null. */
    public byte[] clientKeyData() {
        return copy(v.clientKeyData);
    }

    /** Static bearer token; may be null. */
    public String token() {
        return v.token;
    }

    /** File holding a bearer token, re-read at most once a minute and after a 401; may be null. */
    public Path tokenFile() {
        return v.tokenFile;
    }

    public String username() {
        return v.username;
    }

    public String password() {
        return v.password;
    }

    /** Exec credential plugin; null when none. */
    public ExecConfig exec() {
        return v.exec;
    }

    /** Proxy for every request ({@code http}, {@code https} or {@code socks5} URL); null for none. */
    public String proxyUrl() {
        return v.proxyUrl;
    }

    /** {@code HTTP_PROXY} as read by {@link #autoDetect()}; used for {@code http} servers when {@link #proxyUrl()} is null. */
    public String httpProxy() {
        return v.httpProxy;
    }

    /** {@code HTTPS_PROXY} as read by {@link #autoDetect()}; used for {@code https} servers when {@link #proxyUrl()} is null. */
    public String httpsProxy() {
        return v.httpsProxy;
    }

    /** {@code NO_PROXY} as read by {@link #autoDetect()}: hosts, domains, IPs and CIDRs that bypass the proxy. */
    public String noProxy() {
        return v.noProxy;
    }

    /** User to impersonate ({@code Impersonate-User}); null for none. */
    public String impersonateUser() {
        return v.impersonateUser;
    }

    public String impersonateUid() {
        return v.impersonateUid;
    }

    public List<String> impersonateGroups() {
        return Collections.unmodifiableList(v.impersonateGroups);
    }

    public Map<String, List<String>> impersonateExtra() {
        return Collections.unmodifiableMap(v.impersonateExtra);
    }

    /** Ask the server not to compress responses. */
    public boolean disableCompression() {
        return v.disableCompression;
    }

    public Duration connectTimeout() {
        return v.connectTimeout;
    }

    /** Timeout of a whole short call (not of watch or log streams, which have none); zero for none. */
    public Duration requestTimeout() {
        return v.requestTimeout;
    }

    /** Client-side request rate limit; zero or less disables it. */
    public float qps() {
        return v.qps;
    }

    public int burst() {
        return v.burst;
    }

    /** Retries of idempotent requests after connection failures, 429 and 5xx. */
    public int maxRetries() {
        return v.maxRetries;
    }

    /** {@code User-Agent} header; default {@code kube4j/<version> (<os>/<arch>)}. */
    public String userAgent() {
        return v.userAgent;
    }

    /** Server, context, namespace, kinds of credentials and settings; never a secret. */
    @Override
    public String toString() {
        return ConfigChecks.describe(this);
    }

    private static byte[] copy(byte[] b) {
        return b == null ? null : b.clone();
    }

    /** Builder; setters are named like the accessors and {@link #build()} validates. */
    public static final class Builder {
        private String server;
        private String contextName;
        private String namespace = "default";
        private byte[] caCertData;
        private boolean insecureSkipTlsVerify;
        private String tlsServerName;
        private byte[] clientCertData;
        private byte[] clientKeyData;
        private String token;
        private Path tokenFile;
        private String username;
        private String password;
        private ExecConfig exec;
        private String proxyUrl;
        private String httpProxy;
        private String httpsProxy;
        private String noProxy;
        private String impersonateUser;
        private String impersonateUid;
        private final List<String> impersonateGroups = new ArrayList<>();
        private final Map<String, List<String>> impersonateExtra = new LinkedHashMap<>();
        private boolean disableCompression;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private float qps = DEFAULT_QPS;
        private int burst = DEFAULT_BURST;
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private String userAgent;

        private Builder() {
        }

        private Builder snapshot() {
            return new Builder().server(server).contextName(contextName).namespace(namespace).caCertData(caCertData)
                    .insecureSkipTlsVerify(insecureSkipTlsVerify).tlsServerName(tlsServerName)
                    .clientCertData(clientCertData).clientKeyData(clientKeyData).token(token).tokenFile(tokenFile)
                    .username(username).password(password).exec(exec).proxyUrl(proxyUrl).httpProxy(httpProxy)
                    .httpsProxy(httpsProxy).noProxy(noProxy).impersonateUser(impersonateUser).impersonateUid(impersonateUid)
                    .impersonateGroups(impersonateGroups).impersonateExtra(impersonateExtra)
                    .disableCompression(disableCompression).connectTimeout(connectTimeout).requestTimeout(requestTimeout)
                    .qps(qps).burst(burst).maxRetries(maxRetries).userAgent(userAgent);
        }

        /** Required. A URL without a scheme gets {@code https://} when any TLS setting is present, else {@code http://}. */
        public Builder server(String server) {
            this.server = server;
            return this;
        }

        public Builder contextName(String contextName) {
            this.contextName = contextName;
            return this;
        }

        /** Null or empty means {@code "default"}. */
        public Builder namespace(String namespace) {
            this.namespace = namespace == null || namespace.isEmpty() ? "default" : namespace;
            return this;
        }

        public Builder caCertData(byte[] pem) {
            this.caCertData = copy(pem);
            return this;
        }

        public Builder insecureSkipTlsVerify(boolean insecure) {
            this.insecureSkipTlsVerify = insecure;
            return this;
        }

        public Builder tlsServerName(String tlsServerName) {
            this.tlsServerName = tlsServerName;
            return this;
        }

        public Builder clientCertData(byte[] pem) {
            this.clientCertData = copy(pem);
            return this;
        }

        public Builder clientKeyData(byte[] pem) {
            this.clientKeyData = copy(pem);
            return this;
        }

        public Builder token(String token) {
            this.token = token;
            return this;
        }

        public Builder tokenFile(Path tokenFile) {
            this.tokenFile = tokenFile;
            return this;
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder exec(ExecConfig exec) {
            this.exec = exec;
            return this;
        }

        public Builder proxyUrl(String proxyUrl) {
            this.proxyUrl = proxyUrl;
            return this;
        }

        public Builder httpProxy(String httpProxy) {
            this.httpProxy = httpProxy;
            return this;
        }

        public Builder httpsProxy(String httpsProxy) {
            this.httpsProxy = httpsProxy;
            return this;
        }

        public Builder noProxy(String noProxy) {
            this.noProxy = noProxy;
            return this;
        }

        public Builder impersonateUser(String user) {
            this.impersonateUser = user;
            return this;
        }

        public Builder impersonateUid(String uid) {
            this.impersonateUid = uid;
            return this;
        }

        public Builder impersonateGroups(List<String> groups) {
            List<String> copy = List.copyOf(groups);
            impersonateGroups.clear();
            impersonateGroups.addAll(copy);
            return this;
        }

        public Builder impersonateExtra(Map<String, List<String>> extra) {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            extra.forEach((k, values) -> copy.put(k, List.copyOf(values)));
            impersonateExtra.clear();
            impersonateExtra.putAll(copy);
            return this;
        }

        public Builder disableCompression(boolean disableCompression) {
            this.disableCompression = disableCompression;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        public Builder qps(float qps) {
            this.qps = qps;
            return this;
        }

        public Builder burst(int burst) {
            this.burst = burst;
            return this;
        }

        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /** Null restores the default. */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * Validates and builds.
         *
         * @throws ConfigException naming the offending setting
         */
        public Config build() {
            server = ConfigChecks.normalizeServer(server,
                    caCertData != null || insecureSkipTlsVerify || clientCertData != null || tlsServerName != null);
            ConfigChecks.checkTls(caCertData, insecureSkipTlsVerify, clientCertData, clientKeyData);
            ConfigChecks.checkAuth((token != null && !token.isEmpty()) || tokenFile != null, username, password, impersonateUser, impersonateUid,
                    !impersonateGroups.isEmpty() || !impersonateExtra.isEmpty());
            ConfigChecks.checkProxyUrl(proxyUrl, "proxyUrl");
            ConfigChecks.checkLimits(connectTimeout, requestTimeout, qps, burst, maxRetries);
            if (userAgent != null && (userAgent.isBlank() || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7F))) {
                throw new ConfigException("userAgent: must be non-blank printable ASCII");
            }
            return new Config(this);
        }
    }
}
