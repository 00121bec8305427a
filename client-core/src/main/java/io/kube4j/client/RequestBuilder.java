package io.kube4j.client;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Builds one call, as {@code client.get().namespace("ns").resource("pods").name("web").execute(Pod.class)}.
 * The path is {@code <apiPath>/namespaces/<ns>/<resource>/<name>/<subresource>/<suffix...>}, where the API
 * path comes from {@link #apiPath}, or {@link #group}/{@link #version}, and defaults to {@code /api/v1}.
 * {@link #absPath} instead gives the whole path (e.g. {@code /version}). {@link #build()} returns the pure
 * {@link Request}; the terminal methods send it. A builder is not thread-safe; a built Request is.
 */
public final class RequestBuilder {
    private static final String JSON = "application/json";

    private final RestClient client;
    private final String method;
    private String apiPath;
    private String group;
    private String version;
    private List<String> absPath;
    private String namespace;
    private String resource;
    private String name;
    private final List<String> subresource = new ArrayList<>();
    private final List<String> suffix = new ArrayList<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private Object body;
    private String contentType;
    private Duration timeout;
    private Boolean idempotent;

    RequestBuilder(RestClient client, String method) {
        this.client = Objects.requireNonNull(client, "client");
        this.method = Objects.requireNonNull(method, "method");
    }

    /** The API group; {@code ""} or null is the core group ({@code /api/<version>}). */
    public RequestBuilder group(String group) {
        this.group = group;
        return this;
    }

    /** The API version, e.g. {@code v1}. */
    public RequestBuilder version(String version) {
        this.version = version;
        return this;
    }

    /** The API path prefix, e.g. {@code /apis/apps/v1}; overrides group and version. */
    public RequestBuilder apiPath(String apiPath) {
        this.apiPath = apiPath;
        return this;
    }

    /** The complete path of a non-resource URL, e.g. {@code /version} or {@code /openapi/v3}. */
    public RequestBuilder absPath(String path) {
        this.absPath = split(Objects.requireNonNull(path, "path"), "absPath");
        return this;
    }

    /** The namespace; null or empty means none (cluster-scoped or all namespaces). */
    public RequestBuilder namespace(String namespace) {
        this.namespace = namespace == null || namespace.isEmpty() ? null : checkSegment(namespace, "namespace");
        return this;
    }

    /** The resource's plural name, e.g. {@code pods}. */
    public RequestBuilder resource(String resource) {
        this.resource = checkSegment(resource, "resource");
        return this;
    }

    /** The object name. */
    public RequestBuilder name(String name) {
        this.name = checkSegment(name, "name");
        return this;
    }

    /** The subresource, e.g. {@code status}, {@code scale}, {@code log}. */
    public RequestBuilder subresource(String subresource) {
        this.subresource.clear();
        this.subresource.addAll(split(Objects.requireNonNull(subresource, "subresource"), "subresource"));
        return this;
    }

    /** Further path segments after the subresource (e.g. a proxy path); each may contain {@code /}. */
    public RequestBuilder suffix(String... segments) {
        for (String s : segments) {
            suffix.addAll(split(Objects.requireNonNull(s, "suffix"), "suffix"));
        }
        return this;
    }

    /** Adds a query parameter (a name may repeat); a null value adds nothing. */
    public RequestBuilder param(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (value != null) {
            query.add(Map.entry(name, value.toString()));
        }
        return this;
    }

    /** Adds every entry as a query parameter, e.g. {@code params(listOptions.toQueryParams())}. */
    public RequestBuilder params(Map<String, String> params) {
        params.forEach(this::param);
        return this;
    }

    /** Sets a header, replacing an earlier value of the same name (e.g. {@code Accept}). */
    public RequestBuilder header(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        headers.removeIf(e -> e.getKey().equalsIgnoreCase(name));
        headers.add(Map.entry(name, value));
        return this;
    }

    /** The body: a String or byte[] is sent as is; any other object is written as JSON. */
    public RequestBuilder body(Object body) {
        this.body = body;
        return this;
    }

    /** The body's content type; defaults to JSON, or the patch type's for {@code patch(...)}. */
    public RequestBuilder contentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    /**
     * Overrides the client's request timeout for this call: the whole call, including reading the body.
     * Streams and watches have no call timeout and ignore it.
     */
    public RequestBuilder timeout(Duration timeout) {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        this.timeout = timeout;
        return this;
    }

    /**
     * Whether the call may be repeated after a connection failure. Defaults to true for GET and HEAD
     * only; mark other calls idempotent only when repeating them cannot do harm.
     */
    public RequestBuilder idempotent(boolean idempotent) {
        this.idempotent = idempotent;
        return this;
    }

    /** The immutable request this builder describes. */
    public Request build() {
        List<String> path = new ArrayList<>();
        if (absPath != null) {
            if (namespace != null || resource != null || name != null || !subresource.isEmpty()) {
                throw new IllegalArgumentException("absPath is a complete path; it cannot be combined with "
                        + "namespace, resource, name or subresource");
            }
            path.addAll(absPath);
        } else {
            path.addAll(prefix());
            if (namespace != null) {
                path.add("namespaces");
                path.add(namespace);
            }
            if (resource != null) {
                path.add(resource);
            } else if (name != null || !subresource.isEmpty()) {
                throw new IllegalArgumentException("a name or subresource needs a resource");
            }
            if (name != null) {
                path.add(name);
            } else if (!subresource.isEmpty()) {
                throw new IllegalArgumentException("a subresource needs a name");
            }
            path.addAll(subresource);
        }
        path.addAll(suffix);

        List<Map.Entry<String, String>> h = new ArrayList<>(headers);
        if (headerAbsent(h, "Accept")) {
            h.add(Map.entry("Accept", JSON));
        }
        if (headerAbsent(h, "User-Agent") && client.userAgent() != null) {
            h.add(Map.entry("User-Agent", client.userAgent()));
        }
        if (body != null && headerAbsent(h, "Content-Type")) {
            h.add(Map.entry("Content-Type", contentType == null ? JSON : contentType));
        }
        if (body == null && method.equals("PATCH")) {
            throw new IllegalArgumentException("PATCH needs a body");
        }
        boolean safe = idempotent != null ? idempotent : method.equals("GET") || method.equals("HEAD");
        return new Request(method, path, query, h, body, timeout, safe);
    }

    /** Sends the request and decodes a 2xx body as {@code type} (String and byte[] give the raw body). */
    public <T> T execute(Class<T> type) {
        return client.executor().execute(build(), type);
    }

    /** Sends the request and discards a 2xx body. */
    public void execute() {
        client.executor().execute(build(), Void.class);
    }

    /**
     * Sends the request without blocking. The future completes on the client's callback executor, never
     * on an OkHttp thread; cancelling it cancels the call.
     */
    public <T> CompletableFuture<T> executeAsync(Class<T> type) {
        return client.executor().executeAsync(build(), type);
    }

    /**
     * Opens the response body as a stream (e.g. logs with {@code follow=true}), with no read timeout.
     * The caller must close it; closing it (or the client) ends the call.
     */
    public InputStream stream() {
        return client.executor().stream(build());
    }

    /**
     * Starts a watch: adds {@code watch=true} and, unless set, a jittered server-side
     * {@code timeoutSeconds}. A non-2xx answer throws the matching {@link ApiException}.
     */
    public <T> Watch<T> watch(Class<T> type) {
        return client.executor().watch(build(), type);
    }

    private List<String> prefix() {
        if (apiPath != null) {
            return split(apiPath, "apiPath");
        }
        String v = version == null ? "v1" : version;
        if (group == null || group.isEmpty()) {
            return List.of("api", v);
        }
        if (version == null) {
            throw new IllegalArgumentException("group " + group + " needs a version");
        }
        return List.of("apis", group, v);
    }

    private static boolean headerAbsent(List<Map.Entry<String, String>> headers, String name) {
        return headers.stream().noneMatch(e -> e.getKey().equalsIgnoreCase(name));
    }

    private static List<String> split(String path, String what) {
        if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
            throw new IllegalArgumentException(what + " must not contain '?' or '#'; use param(): " + path);
        }
        List<String> segments = new ArrayList<>();
        for (String s : Arrays.asList(path.split("/"))) {
            if (!s.isEmpty()) {
                segments.add(checkSegment(s, what));
            }
        }
        return segments;
    }

    // Like client-go: names that would change the meaning of the path are rejected, not escaped.
    private static String checkSegment(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        if (value.equals(".") || value.equals("..") || value.indexOf('/') >= 0 || value.indexOf('%') >= 0) {
            throw new IllegalArgumentException(what + " may not be '.', '..' or contain '/' or '%': " + value);
        }
        return value;
    }
}
