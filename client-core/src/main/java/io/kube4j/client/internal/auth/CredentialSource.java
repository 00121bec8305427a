package io.kube4j.client.internal.auth;

/**
 * Supplies the credentials for each request. Implementations are thread-safe; {@link #get()} may block
 * (reading a file, running a plugin) and runs on the calling thread.
 */
public interface CredentialSource {
    /**
     * The credentials to use now.
     *
     * @throws io.kube4j.client.ConfigException when they cannot be obtained (unreadable file, failing plugin)
     */
    Credentials get();

    /**
     * The server answered 401 to a request sent with {@code used}: drop anything cached so that the next
     * {@link #get()} fetches fresh credentials. Returns false when nothing can change (static credentials).
     */
    boolean invalidate(Credentials used);

    /** False when this source never sends anything. */
    default boolean sendsCredentials() {
        return true;
    }

    /** Fixed credentials (static token, basic auth, none). */
    static CredentialSource fixed(Credentials credentials) {
        return new CredentialSource() {
            @Override
            public Credentials get() {
                return credentials;
            }

            @Override
            public boolean invalidate(Credentials used) {
                return false;
            }

            @Override
            public boolean sendsCredentials() {
                return credentials.authorization() != null;
            }

            @Override
            public String toString() {
                return "fixed " + credentials;
            }
        };
    }
}
