package io.kube4j.client.internal.auth;

import io.kube4j.client.Config;
import io.kube4j.client.KubeException;
import io.kube4j.client.internal.http.KubeIOException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds credentials and impersonation headers. Credentials go only to {@code https} URLs: to an {@code http}
 * server nothing is sent and no plugin runs (warned once). After a 401 the source is refreshed (token file
 * re-read, exec plugin re-run) and, when that produced different credentials and the body can be replayed,
 * the request is retried once. A request that already has an {@code Authorization} header is left alone.
 */
public final class AuthInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(AuthInterceptor.class);
    private static final long MAX_BUFFERED_401 = 1 << 20;

    private final CredentialSource source;
    private final Impersonation impersonation;
    private final AtomicBoolean warnedPlainHttp = new AtomicBoolean();

    public AuthInterceptor(CredentialSource source, Config config) {
        this.source = source;
        this.impersonation = new Impersonation(config);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Request base = impersonation.isEmpty() ? request
                : request.newBuilder().headers(impersonation.apply(request.headers())).build();
        if (request.header("Authorization") != null || !source.sendsCredentials()) {
            return chain.proceed(base);
        }
        if (!request.isHttps()) {
            if (warnedPlainHttp.compareAndSet(false, true)) {
                LOG.warn("not sending credentials to {}: the server URL is http://, and credentials are only sent over TLS",
                        request.url().scheme() + "://" + request.url().host() + ":" + request.url().port());
            }
            return chain.proceed(base);
        }
        Credentials used = credentials();
        Response response = chain.proceed(authorize(base, used));
        if (response.code() != 401) {
            return response;
        }
        RequestBody body = request.body();
        boolean replayable = body == null || !(body.isOneShot() || body.isDuplex());
        if (!replayable) {
            source.invalidate(used);
            return response;
        }
        // Keep the 401 (a small Status) so it can be returned if refreshing changes nothing; release the
        // connection first so a rotated client certificate is not sent over the same one.
        ResponseBody peeked = response.peekBody(MAX_BUFFERED_401);
        response.close();
        if (!source.invalidate(used)) {
            return response.newBuilder().body(peeked).build();
        }
        Credentials fresh = credentials();
        if (fresh.equals(used)) {
            return response.newBuilder().body(peeked).build();
        }
        return chain.proceed(authorize(base, fresh));
    }

    private Credentials credentials() throws IOException {
        try {
            return source.get();
        } catch (KubeException e) {
            throw new KubeIOException(e);
        }
    }

    private static Request authorize(Request request, Credentials credentials) {
        String header = credentials.authorization();
        return header == null ? request : request.newBuilder().header("Authorization", header).build();
    }
}
