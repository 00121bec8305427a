package io.kube4j.client.internal.http;

import io.kube4j.client.Request;
import io.kube4j.client.TransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** Classifies I/O failures: may a retry help, and did the request certainly not reach the server? */
public final class Transports {
    private Transports() {
    }

    /** True when the failure is transient (refused, reset, cut) rather than permanent or deliberate. */
    public static boolean isRetryable(IOException e) {
        if (e instanceof UnknownHostException || e instanceof SSLHandshakeException
                || e instanceof SSLPeerUnverifiedException) {
            return false;
        }
        if (e instanceof SocketTimeoutException) {
            return isConnectTimeout(e);
        }
        if (e instanceof InterruptedIOException) {
            return false; // call timeout or interrupt: the caller's deadline, not the network
        }
        return !"Canceled".equals(e.getMessage());
    }

    /** True when the server cannot have seen the request, so even a POST may be repeated. */
    public static boolean notSent(IOException e) {
        if (e instanceof ConnectException || e instanceof NoRouteToHostException || isConnectTimeout(e)) {
            return true;
        }
        // HTTP/2 REFUSED_STREAM means the server did not process the stream; matched by message because
        // OkHttp's StreamResetException lives in an internal package.
        return e.getMessage() != null && e.getMessage().contains("REFUSED_STREAM");
    }

    /** A {@link TransportException} for a failed call, naming the request and the failure. */
    public static TransportException wrap(Request request, IOException e, boolean canceled) {
        String what = canceled ? "call canceled" : describe(e);
        return new TransportException(request.describe() + ": " + what, e, !canceled && isRetryable(e));
    }

    private static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }

    private static boolean isConnectTimeout(IOException e) {
        return e instanceof SocketTimeoutException && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains("connect");
    }
}
