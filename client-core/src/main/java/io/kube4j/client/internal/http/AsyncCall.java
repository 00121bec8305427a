package io.kube4j.client.internal.http;

import io.kube4j.client.ApiException;
import io.kube4j.client.KubeException;
import io.kube4j.client.Request;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/**
 * One asynchronous call with the same rate limiting and retries as the synchronous path, without ever
 * blocking a thread: a rate-limit wait or a retry backoff is scheduled on the client's scheduler, the
 * HTTP exchange and body decoding run on OkHttp's dispatcher threads, and the future is completed on the
 * callback executor so that user continuations never run on an OkHttp thread.
 */
final class AsyncCall<T> implements Callback {
    private final RequestExecutor executor;
    private final ExecutorSettings s;
    private final Request request;
    private final Class<T> type;
    private final okhttp3.Request ok;
    private final CompletableFuture<T> future = new CompletableFuture<>();
    private volatile Call current;
    private int retries;

    AsyncCall(RequestExecutor executor, Request request, Class<T> type) {
        this.executor = executor;
        this.s = executor.settings();
        this.request = request;
        this.type = type;
        this.ok = OkRequests.convert(s.baseUrl(), request, request.timeout().orElse(null));
    }

    CompletableFuture<T> start() {
        future.whenComplete((v, e) -> {
            Call c = current;
            if (future.isCancelled() && c != null) {
                c.cancel();
            }
        });
        attempt();
        return future;
    }

    private void attempt() {
        if (future.isDone()) {
            return;
        }
        long waitNanos = s.rateLimiter() == null ? 0 : s.rateLimiter().reserve();
        if (waitNanos > 0) {
            schedule(this::send, waitNanos);
        } else {
            send();
        }
    }

    private void send() {
        if (future.isDone()) {
            return;
        }
        try {
            executor.checkOpen();
            Call call = executor.clientFor(request, false).newCall(ok);
            executor.applyTimeout(call, request);
            current = call;
            call.enqueue(this);
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public void onFailure(Call call, IOException e) {
        KubeException carried = KubeIOException.unwrap(e);
        if (carried != null) {
            fail(carried);
            return;
        }
        Duration wait = call.isCanceled() ? null : executor.retryRules().afterFailure(request, e, retries);
        if (wait == null) {
            fail(Transports.wrap(request, e, call.isCanceled()));
        } else {
            retries++;
            schedule(this::attempt, wait.toNanos());
        }
    }

    @Override
    public void onResponse(Call call, Response response) {
        try {
            List<String> warnings = executor.reportWarnings(response);
            if (response.isSuccessful()) {
                T value = ResponseBodies.decode(request, response.body(), type);
                complete(value);
                return;
            }
            Duration header = ErrorResponses.retryAfter(response.header("Retry-After"), Clock.systemUTC());
            ApiException error = ErrorResponses.toException(request, response, warnings);
            Duration wait = executor.retryRules().afterResponse(error.code(), header, retries);
            if (wait == null) {
                fail(error);
            } else {
                retries++;
                schedule(this::attempt, wait.toNanos());
            }
        } catch (IOException e) {
            fail(Transports.wrap(request, e, call.isCanceled()));
        } catch (RuntimeException e) {
            fail(e);
        } finally {
            response.close();
        }
    }

    private void schedule(Runnable task, long nanos) {
        try {
            s.scheduler().schedule(task, nanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            fail(new IllegalStateException("RestClient is closed"));
        }
    }

    private void complete(T value) {
        dispatch(() -> future.complete(value));
    }

    private void fail(Throwable error) {
        dispatch(() -> future.completeExceptionally(error));
    }

    private void dispatch(Runnable completion) {
        try {
            s.callbackExecutor().execute(completion);
        } catch (RejectedExecutionException e) {
            // The callback executor is shut down (client closing): completing here is the only option left.
            future.completeExceptionally(new KubeException(request.describe() + ": client closed", e));
        }
    }
}
