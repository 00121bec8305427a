package io.kube4j.client.internal.auth;

import io.kube4j.client.Config;
import io.kube4j.client.internal.tls.ReloadableKeyManager;
import java.time.Clock;

/** Picks the credential source a {@link Config} asks for, with client-go's precedence. */
public final class CredentialSources {
    private CredentialSources() {
    }

    /**
     * Token file (static token as fallback), else static token, else basic auth, else the exec plugin (only
     * when no client certificate is configured either: client-go skips the plugin when other credentials
     * are present), else nothing.
     */
    public static CredentialSource forConfig(Config config, ReloadableKeyManager keyManager,
            Runnable onCertificateChange, Clock clock) {
        if (config.tokenFile() != null) {
            return new FileTokenSource(config.tokenFile(), config.token(), clock, FileTokenSource.PERIOD);
        }
        if (config.token() != null && !config.token().isEmpty()) {
            return CredentialSource.fixed(Credentials.bearer(config.token()));
        }
        if (config.username() != null || config.password() != null) {
            return CredentialSource.fixed(Credentials.basic(config.username(), config.password()));
        }
        if (config.exec() != null && config.clientCertData() == null) {
            return new ExecCredentialSource(config, keyManager, onCertificateChange, clock);
        }
        return CredentialSource.fixed(Credentials.NONE);
    }
}
