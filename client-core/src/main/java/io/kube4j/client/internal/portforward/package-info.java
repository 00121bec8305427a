/**
 * Port-forward: {@code LocalPortForwarder} accepts local connections and gives each a
 * {@code ForwardedConnection}, its own WebSocket with portforward.k8s.io framing (data and error channel,
 * two-byte port prefix).
 */
package io.kube4j.client.internal.portforward;
