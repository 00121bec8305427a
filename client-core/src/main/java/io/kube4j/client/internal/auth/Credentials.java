package io.kube4j.client.internal.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * What to put in the {@code Authorization} header of one request (or nothing), plus a version of the
 * client certificate in use so that a rotated certificate counts as new credentials. {@link #toString()}
 * never shows the secret.
 */
public final class Credentials {
    /** No header. */
    public static final Credentials NONE = new Credentials(null, 0);

    private final String authorization;
    private final long certificateVersion;

    private Credentials(String authorization, long certificateVersion) {
        this.authorization = authorization;
        this.certificateVersion = certificateVersion;
    }

    public static Credentials bearer(String token) {
        return new Credentials("Bearer " + token, 0);
    }

    public static Credentials basic(String username, String password) {
        String pair = (username == null ? "" : username) + ":" + (password == null ? "" : password);
        return new Credentials("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)), 0);
    }

    /** Bearer token (may be null) obtained together with client certificate version {@code certificateVersion}. */
    static Credentials fromExec(String token, long certificateVersion) {
        return new Credentials(token == null ? null : "Bearer " + token, certificateVersion);
    }

    /** The header value, or null for none. */
    public String authorization() {
        return authorization;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Credentials && Objects.equals(authorization, ((Credentials) o).authorization)
                && certificateVersion == ((Credentials) o).certificateVersion;
    }

    @Override
    public int hashCode() {
        return Objects.hash(authorization, certificateVersion);
    }

    @Override
    public String toString() {
        String kind = authorization == null ? "none" : authorization.substring(0, authorization.indexOf(' '));
        return "Credentials{" + kind + (certificateVersion > 0 ? ", certificate v" + certificateVersion : "") + "}";
    }
}
