/**
 * Channel-protocol WebSockets ({@code *.channel.k8s.io}) over the client's OkHttp stack: {@code WebSocketConnector}
 * sends the upgrade through the streaming client (same credentials, TLS and proxy; pings for liveness) and
 * waits for the handshake; {@code ChannelListener} maps a refused upgrade to the server's Status and splits
 * frames into channel and payload; {@code SendWindow} bounds what writers queue on OkHttp.
 */
package io.kube4j.client.internal.ws;
