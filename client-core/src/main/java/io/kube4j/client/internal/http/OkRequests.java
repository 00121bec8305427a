package io.kube4j.client.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kube4j.client.Request;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/** Converts a kube4j {@link Request} into an OkHttp request against a server base URL. */
public final class OkRequests {
    private OkRequests() {
    }

    /** The OkHttp request; {@code readTimeout}, if not null, overrides the read timeout (watches). */
    public static okhttp3.Request convert(HttpUrl base, Request request, Duration readTimeout) {
        okhttp3.Request.Builder b = new okhttp3.Request.Builder().url(url(base, request));
        for (Map.Entry<String, String> h : request.headers()) {
            b.addHeader(h.getKey(), h.getValue());
        }
        b.method(request.method(), request.hasBody() ? new StreamingBody(request) : emptyBodyIfRequired(request));
        if (readTimeout != null) {
            b.tag(ReadTimeout.class, new ReadTimeout(readTimeout));
        }
        return b.build();
    }

    /** The full URL: the server's base (which may have a path prefix) plus the request's path and query. */
    public static HttpUrl url(HttpUrl base, Request request) {
        String basePath = base.encodedPath();
        if (basePath.endsWith("/")) {
            basePath = basePath.substring(0, basePath.length() - 1);
        }
        HttpUrl.Builder b = base.newBuilder().encodedPath(basePath + request.path());
        String query = request.queryString();
        b.encodedQuery(query.isEmpty() ? null : query);
        return b.build();
    }

    // OkHttp insists on a body for these methods even when the API call has none.
    private static RequestBody emptyBodyIfRequired(Request request) {
        String m = request.method();
        return m.equals("POST") || m.equals("PUT") || m.equals("PATCH")
                ? RequestBody.create(new byte[0], null) : null;
    }

    /** The per-call read timeout a streaming call asks for; applied by {@link ReadTimeoutInterceptor}. */
    public record ReadTimeout(Duration value) {
    }

    /** Writes the request body into OkHttp's sink as it is sent; repeatable, so retries re-encode it. */
    private static final class StreamingBody extends RequestBody {
        private final Request request;
        private final MediaType type;

        StreamingBody(Request request) {
            this.request = request;
            this.type = request.contentType().map(MediaType::parse).orElse(null);
        }

        @Override
        public MediaType contentType() {
            return type;
        }

        @Override
        public long contentLength() {
            return -1;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            try {
                request.writeBody(sink.outputStream());
            } catch (JsonProcessingException e) {
                throw new KubeIOException(JsonFailures.writing(request.describe(), e));
            }
        }
    }
}
