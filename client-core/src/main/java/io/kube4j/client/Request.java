package io.kube4j.client;

import io.kube4j.client.internal.http.JsonBodies;
import io.kube4j.client.internal.http.UrlEncoding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A pure, immutable description of one API call: method, path, query, headers and body. It is built by
 * {@link RequestBuilder} (from {@code restClient.get()} etc.) and sent by the client's executor; it can be
 * inspected without any server ({@link #pathAndQuery()}, {@link #bodyBytes()}).
 */
public final class Request {
    private final String method;
    private final List<String> pathSegments;
    private final List<Map.Entry<String, String>> query;
    private final List<Map.Entry<String, String>> headers;
    private final Object body;
    private final Duration timeout;
    private final boolean idempotent;

    Request(String method, List<String> pathSegments, List<Map.Entry<String, String>> query,
            List<Map.Entry<String, String>> headers, Object body, Duration timeout, boolean idempotent) {
        this.method = method;
        this.pathSegments = List.copyOf(pathSegments);
        this.query = List.copyOf(query);
        this.headers = List.copyOf(headers);
        this.body = body;
        this.timeout = timeout;
        this.idempotent = idempotent;
    }

    /** The HTTP method, e.g. {@code GET}. */
    public String method() {
        return method;
    }

    /** The decoded path segments, e.g. {@code [api, v1, namespaces, ns, pods]}. */
    public List<String> pathSegments() {
        return pathSegments;
    }

    /** The percent-encoded path, e.g. {@code /api/v1/namespaces/ns/pods}. */
    public String path() {
        StringBuilder sb = new StringBuilder();
        for (String segment : pathSegments) {
            sb.append('/').append(UrlEncoding.pathSegment(segment));
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }

    /** The query parameters in order; a name may repeat. */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParam(String name) {
        return query.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
    }

    /** The percent-encoded query without {@code ?}; empty when there is none. */
    public String queryString() {
        StringJoiner joiner = new StringJoiner("&");
        for (Map.Entry<String, String> e : query) {
            joiner.add(UrlEncoding.query(e.getKey()) + "=" + UrlEncoding.query(e.getValue()));
        }
        return joiner.toString();
    }

    /** The path and, if any, {@code ?query}, encoded as sent. */
    public String pathAndQuery() {
        String q = queryString();
        return q.isEmpty() ? path() : path() + "?" + q;
    }

    /** The request headers in order (kube4j's defaults included; the transport may add more). */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** The value of a header, matched case-insensitively. */
    public Optional<String> header(String name) {
        return headers.stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    /** True when the request has a body. */
    public boolean hasBody() {
        return body != null;
    }

    /** The {@code Content-Type} of the body, if there is one. */
    public Optional<String> contentType() {
        return hasBody() ? header("Content-Type") : Optional.empty();
    }

    /** The per-request timeout, if one overrides the client's. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** True when repeating the request after a connection failure is safe (GET, HEAD or marked so). */
    public boolean isIdempotent() {
        return idempotent;
    }

    /**
     * Writes the body: strings and byte arrays as they are, any other object as JSON through kube4j's
     * mapper, streamed without an intermediate copy.
     */
    public void writeBody(OutputStream out) throws IOException {
        if (body instanceof byte[] bytes) {
            out.write(bytes);
        } else if (body instanceof String text) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } else if (body != null) {
            JsonBodies.write(body, out);
        }
    }

    /** The body as bytes (encoding objects now); empty when there is none. */
    public byte[] bodyBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeBody(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A copy with one more query parameter. */
    public Request withParam(String name, String value) {
        List<Map.Entry<String, String>> q = new ArrayList<>(query);
        q.add(Map.entry(name, value));
        return new Request(method, pathSegments, q, headers, body, timeout, idempotent);
    }

    /** Verb and path as used in messages, e.g. {@code GET /api/v1/namespaces/ns/pods/web}. */
    public String describe() {
        return method + " " + path();
    }

    @Override
    public String toString() {
        return method + " " + pathAndQuery();
    }
}
