/**
 * TLS with the JDK only: PEM and a small DER reader ({@code Pem}, {@code DerReader}), private keys in PKCS#1,
 * PKCS#8 and SEC1 ({@code PrivateKeys}), certificates ({@code Certificates}), trust policies
 * ({@code TrustManagers}), a swappable client-certificate key manager for exec plugins
 * ({@code ReloadableKeyManager}), and {@code tls-server-name} as SNI plus Go-style name verification
 * ({@code ServerNameSocketFactory}, {@code ServerNameVerifier}, {@code HostnameMatcher}). {@code TlsMaterial}
 * assembles them for one {@link io.kube4j.client.Config}. Error messages never contain key or certificate bytes.
 */
package io.kube4j.client.internal.tls;
