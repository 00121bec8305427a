package io.kube4j.client.internal.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Applies a call's {@link OkRequests.ReadTimeout} tag. Watches run on a client with no read timeout; the
 * tag gives each watch an idle guard of its server-side timeout plus a margin, so a half-open connection
 * that never delivers the server's end of stream is noticed instead of hanging forever. A short call with
 * its own timeout uses the tag to lift the client's read timeout to match.
 */
public final class ReadTimeoutInterceptor implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
        OkRequests.ReadTimeout t = chain.request().tag(OkRequests.ReadTimeout.class);
        if (t == null) {
            return chain.proceed(chain.request());
        }
        long millis = Math.max(1, Math.min(Integer.MAX_VALUE, t.value().toMillis()));
        return chain.withReadTimeout((int) millis, TimeUnit.MILLISECONDS).proceed(chain.request());
    }
}
