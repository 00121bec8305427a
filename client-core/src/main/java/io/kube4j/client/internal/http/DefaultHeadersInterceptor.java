package io.kube4j.client.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds {@code User-Agent} (unless the request has one) and, with {@code disable-compression}, asks for no compression. */
final class DefaultHeadersInterceptor implements Interceptor {
    private final String userAgent;
    private final boolean disableCompression;

    DefaultHeadersInterceptor(String userAgent, boolean disableCompression) {
        this.userAgent = userAgent;
        this.disableCompression = disableCompression;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        boolean addAgent = request.header("User-Agent") == null;
        boolean identity = disableCompression && request.header("Accept-Encoding") == null;
        if (!addAgent && !identity) {
            return chain.proceed(request);
        }
        Request.Builder b = request.newBuilder();
        if (addAgent) {
            b.header("User-Agent", userAgent);
        }
        if (identity) {
            // An explicit Accept-Encoding stops OkHttp from asking for gzip.
            b.header("Accept-Encoding", "identity");
        }
        return chain.proceed(b.build());
    }
}
