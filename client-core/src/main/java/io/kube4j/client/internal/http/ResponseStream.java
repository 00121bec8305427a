package io.kube4j.client.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Response;

/** The body of a streaming call (e.g. logs); closing it, or the client, ends the call. */
final class ResponseStream extends FilterInputStream {
    private final Call call;
    private final Response response;
    private final OpenStreams registry;
    private final AtomicBoolean closed = new AtomicBoolean();

    ResponseStream(Call call, Response response, OpenStreams registry) {
        super(response.body().byteStream());
        this.call = call;
        this.response = response;
        this.registry = registry;
        registry.add(this);
    }

    @Override
    public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            registry.remove(this);
            // cancel first: it unblocks a reader on another thread; closing then releases the connection
            call.cancel();
            response.close();
        }
    }

    @Override
    public String toString() {
        return "stream " + call.request().method() + " " + call.request().url().encodedPath();
    }
}
