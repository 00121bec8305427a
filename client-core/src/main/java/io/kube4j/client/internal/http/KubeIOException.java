package io.kube4j.client.internal.http;

import io.kube4j.client.KubeException;
import java.io.IOException;

/**
 * Carries a {@link KubeException} (for example a failing exec plugin's {@code ConfigException}) out of an
 * OkHttp interceptor. Interceptors may only throw {@link IOException} safely: OkHttp's async path rethrows
 * anything else on its dispatcher thread. The request executor unwraps it with {@link #unwrap(IOException)}.
 */
public final class KubeIOException extends IOException {
    private static final long serialVersionUID = 1L;

    public KubeIOException(KubeException cause) {
        super(cause.getMessage(), cause);
    }

    /** The wrapped exception. */
    public KubeException kubeException() {
        return (KubeException) getCause();
    }

    /** The {@link KubeException} inside {@code e} (or its causes), or null when it carries none. */
    public static KubeException unwrap(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof KubeIOException) {
                return ((KubeIOException) t).kubeException();
            }
            for (Throwable s : t.getSuppressed()) {
                if (s instanceof KubeIOException) {
                    return ((KubeIOException) s).kubeException();
                }
            }
        }
        return null;
    }
}
