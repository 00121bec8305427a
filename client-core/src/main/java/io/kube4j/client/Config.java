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

    private final String server;
    private final String contextName;
    private final String namespace;
    private final byte[] caCertData;
    private final boolean insecureSkipTlsVerify;
    private final String tlsServerName;
    private final byte[] clientCertData;
    private final byte[] clientKeyData;
    private final String token;
    private final Path tokenFile;
    private final String username;
    private final String password;
    private final ExecConfig exec;
    private final String proxyUrl;
    private final String httpProxy;
    private final String httpsProxy;
    private final String noProxy;
    private final String impersonateUser;
    private final String impersonateUid;
    private final List<String> impersonateGroups;
    private final Map<String, List<String>> impersonateExtra;
    private final boolean disableCompression;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final float qps;
    private final int burst;
    private final int maxRetries;
    private final String userAgent;

    private Config(Builder b) {
        server = b.server;
        contextName = b.contextName;
        namespace = b.namespace;
        caCertData = copy(b.caCertData);
        insecureSkipTlsVerify = b.insecureSkipTlsVerify;
        tlsServerName = b.tlsServerName;
        clientCertData = copy(b.clientCertData);
        clientKeyData = copy(b.clientKeyData);
        token = b.token;
        tokenFile = b.tokenFile;
        username = b.username;
        password = b.password;
        exec = b.exec;
        proxyUrl = b.proxyUrl;
        httpProxy = b.httpProxy;
        httpsProxy = b.httpsProxy;
        noProxy = b.noProxy;
        impersonateUser = b.impersonateUser;
        impersonateUid = b.impersonateUid;
        impersonateGroups = List.copyOf(b.impersonateGroups);
        Map<String, List<String>> extra = new LinkedHashMap<>();
        b.impersonateExtra.forEach((k, v) -> extra.put(k, List.copyOf(v)));
        impersonateExtra = Collections.unmodifiableMap(extra);
        disableCompression = b.disableCompression;
        connectTimeout = b.connectTimeout;
        requestTimeout = b.requestTimeout;
        qps = b.qps;
        burst = b.burst;
        maxRetries = b.maxRetries;
        userAgent = b.userAgent == null ? UserAgents.DEFAULT : b.userAgent;
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
        return new Builder(this);
    }

    /** Base URL of the API server, without a trailing slash (it may carry a path prefix). */
    public String server() {
        return server;
    }

    /** The kubeconfig context this came from; null when not from a kubeconfig. */
    public String contextName() {
        return contextName;
    }

    /** The context's namespace; {@code "default"} when none is set. */
    public String namespace() {
        return namespace;
    }

    /** PEM CA certificates to trust instead of the JDK's defaults; null for the JDK's defaults. */
    public byte[] caCertData() {
        return copy(caCertData);
    }

    public boolean insecureSkipTlsVerify() {
        return insecureSkipTlsVerify;
    }

    /** Name sent as SNI and verified against the server certificate instead of the URL's host; may be null. */
    public String tlsServerName() {
        return tlsServerName;
    }

    /** PEM client certificate chain; may be null. */
    public byte[] clientCertData() {
        return copy(clientCertData);
    }

    /** PEM private key of the client certificate (PKCS#1, PKCS#8 or SEC1); may be null. */
    public byte[] clientKeyData() {
        return copy(clientKeyData);
    }

    /** Static bearer token; may be null. */
    public String token() {
        return token;
    }

    /** File holding a bearer token, re-read at most once a minute and after a 401; may be null. */
    public Path tokenFile() {
        return tokenFile;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Exec credential plugin; null when none. */
    public ExecConfig exec() {
        return exec;
    }

    /** Proxy for every request ({@code http}, {@code https} or {@code socks5} URL); null for none. */
    public String proxyUrl() {
        return proxyUrl;
    }

    /** {@code HTTP_PROXY} as read by {@link #autoDetect()}; used for {@code http} servers when {@link #proxyUrl()} is null. */
    public String httpProxy() {
        return httpProxy;
    }

    /** {@code HTTPS_PROXY} as read by {@link #autoDetect()}; used for {@code https} servers when {@link #proxyUrl()} is null. */
    public String httpsProxy() {
        return httpsProxy;
    }

    /** {@code NO_PROXY} as read by {@link #autoDetect()}: hosts, domains, IPs and CIDRs that bypass the proxy. */
    public String noProxy() {
        return noProxy;
    }

    /** User to impersonate ({@code Impersonate-User}); null for none. */
    public String impersonateUser() {
        return impersonateUser;
    }

    public String impersonateUid() {
        return impersonateUid;
    }

    public List<String> impersonateGroups() {
        return impersonateGroups;
    }

    public Map<String, List<String>> impersonateExtra() {
        return impersonateExtra;
    }

    /** Ask the server not to compress responses. */
    public boolean disableCompression() {
        return disableCompression;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Timeout of a whole short call (not of watch or log streams, which have none); zero for none. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** Client-side request rate limit; zero or less disables it. */
    public float qps() {
        return qps;
    }

    public int burst() {
        return burst;
    }

    /** Retries of idempotent requests after connection failures, 429 and 5xx. */
    public int maxRetries() {
        return maxRetries;
    }

    /** {@code User-Agent} header; default {@code kube4j/<version> (<os>/<arch>)}. */
    public String userAgent() {
        return userAgent;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Config{server=").append(server);
        if (contextName != null) {
            sb.append(", context=").append(contextName);
        }
        sb.append(", namespace=").append(namespace).append(", auth=").append(authSummary());
        if (caCertData != null) {
            sb.append(", caCertData=<").append(caCertData.length).append(" bytes>");
        }
        if (insecureSkipTlsVerify) {
            sb.append(", insecureSkipTlsVerify=true");
        }
        if (tlsServerName != null) {
            sb.append(", tlsServerName=").append(tlsServerName);
        }
        if (proxyUrl != null) {
            sb.append(", proxyUrl=").append(ConfigChecks.redactUserInfo(proxyUrl));
        }
        if (impersonateUser != null) {
            sb.append(", impersonateUser=").append(impersonateUser);
        }
        return sb.append(", connectTimeout=").append(connectTimeout).append(", requestTimeout=").append(requestTimeout)
                .append(", qps=").append(qps).append(", burst=").append(burst).append(", maxRetries=").append(maxRetries)
                .append('}').toString();
    }

    private String authSummary() {
        List<String> kinds = new ArrayList<>();
        if (clientCertData != null) {
            kinds.add("clientCertificate");
        }
        if (tokenFile != null) {
            kinds.add("tokenFile(" + tokenFile + ")");
        } else if (token != null) {
            kinds.add("token(<redacted>)");
        }
        if (username != null || password != null) {
            kinds.add("basic(username=" + username + ", password=<redacted>)");
        }
        if (exec != null) {
            kinds.add("exec(" + exec.command() + ")");
        }
        return kinds.isEmpty() ? "none" : String.join("+", kinds);
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

        private Builder(Config c) {
            server = c.server;
            contextName = c.contextName;
            namespace = c.namespace;
            caCertData = c.caCertData;
            insecureSkipTlsVerify = c.insecureSkipTlsVerify;
            tlsServerName = c.tlsServerName;
            clientCertData = c.clientCertData;
            clientKeyData = c.clientKeyData;
            token = c.token;
            tokenFile = c.tokenFile;
            username = c.username;
            password = c.password;
            exec = c.exec;
            proxyUrl = c.proxyUrl;
            httpProxy = c.httpProxy;
            httpsProxy = c.httpsProxy;
            noProxy = c.noProxy;
            impersonateUser = c.impersonateUser;
            impersonateUid = c.impersonateUid;
            impersonateGroups.addAll(c.impersonateGroups);
            impersonateExtra.putAll(c.impersonateExtra);
            disableCompression = c.disableCompression;
            connectTimeout = c.connectTimeout;
            requestTimeout = c.requestTimeout;
            qps = c.qps;
            burst = c.burst;
            maxRetries = c.maxRetries;
            userAgent = c.userAgent;
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
            impersonateGroups.clear();
            impersonateGroups.addAll(groups);
            return this;
        }

        public Builder impersonateExtra(Map<String, List<String>> extra) {
            impersonateExtra.clear();
            extra.forEach((k, v) -> impersonateExtra.put(k, List.copyOf(v)));
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
