package io.kube4j.client.internal.auth;

import io.kube4j.client.Config;
import io.kube4j.client.ConfigException;
import io.kube4j.client.ExecConfig;
import io.kube4j.client.internal.tls.Certificates;
import io.kube4j.client.internal.tls.PemException;
import io.kube4j.client.internal.tls.PrivateKeys;
import io.kube4j.client.internal.tls.ReloadableKeyManager;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Credentials from an exec plugin, cached until the answer's {@code expirationTimestamp} (forever when it
 * has none) or until a 401. The plugin runs on the thread that needs the credentials; concurrent callers
 * wait for that one run instead of starting their own. A client certificate from the plugin is installed in
 * the {@link ReloadableKeyManager}, and {@code onCertificateChange} drops pooled connections that still
 * carry the old one.
 */
public final class ExecCredentialSource implements CredentialSource {
    private record Cached(Credentials credentials, Instant expiry) {
        boolean valid(Instant now) {
            // client-go treats the credential as usable up to its expiry, without skew.
            return expiry == null || !now.isAfter(expiry);
        }
    }

    private final Config config;
    private final ExecPluginRunner runner;
    private final ReloadableKeyManager keyManager;
    private final Runnable onCertificateChange;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Cached cached;
    private long certificateVersion;

    public ExecCredentialSource(Config config, ReloadableKeyManager keyManager, Runnable onCertificateChange, Clock clock) {
        this(config, keyManager, onCertificateChange, clock, new ExecPluginRunner(ExecPluginRunner.DEFAULT_TIMEOUT));
    }

    ExecCredentialSource(Config config, ReloadableKeyManager keyManager, Runnable onCertificateChange, Clock clock,
            ExecPluginRunner runner) {
        this.config = config;
        this.keyManager = keyManager;
        this.onCertificateChange = onCertificateChange;
        this.clock = clock;
        this.runner = runner;
    }

    @Override
    public Credentials get() {
        Cached c = cached;
        if (c != null && c.valid(clock.instant())) {
            return c.credentials();
        }
        lock.lock();
        try {
            c = cached;
            if (c != null && c.valid(clock.instant())) {
                return c.credentials();
            }
            c = runPlugin();
            cached = c;
            return c.credentials();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean invalidate(Credentials used) {
        lock.lock();
        try {
            Cached c = cached;
            if (c != null && c.credentials().equals(used)) {
                cached = null; // another thread may already have refreshed; then keep its result
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private Cached runPlugin() {
        ExecConfig exec = config.exec();
        String name = "exec plugin \"" + exec.command() + "\"";
        if (exec.interactiveMode() == ExecConfig.InteractiveMode.ALWAYS) {
            throw new ConfigException(name + ": interactiveMode is Always, but kube4j runs exec plugins without a terminal");
        }
        ExecCredentialCodec.Status status = ExecCredentialCodec.parse(
                runner.run(exec, ExecCredentialCodec.execInfo(config)), exec);
        if (status.clientCertificatePem() != null) {
            installCertificate(name, status);
        }
        return new Cached(Credentials.fromExec(status.token(), certificateVersion), status.expiry());
    }

    private void installCertificate(String name, ExecCredentialCodec.Status status) {
        List<X509Certificate> chain;
        PrivateKey key;
        try {
            chain = Certificates.parse(status.clientCertificatePem());
        } catch (PemException e) {
            throw new ConfigException(name + ": status.clientCertificateData: " + e.getMessage());
        }
        try {
            key = PrivateKeys.parse(status.clientKeyPem());
            Certificates.checkKeyMatches(key, chain.get(0));
        } catch (PemException e) {
            throw new ConfigException(name + ": status.clientKeyData: " + e.getMessage());
        }
        keyManager.update(key, chain);
        certificateVersion++;
        onCertificateChange.run();
    }

    @Override
    public String toString() {
        return "ExecCredentialSource{" + config.exec().command() + "}";
    }
}
