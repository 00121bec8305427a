/**
 * Exec and attach sessions ({@code v5.channel.k8s.io} / {@code v4.channel.k8s.io}): {@code WebSocketExecSession}
 * routes frames to bounded output pipes ({@code BoundedPipe}) or capped collectors ({@code CappedCollector}),
 * frames stdin ({@code StdinStream}) and decodes the exit Status ({@code ExecStatus}); {@code ExecRun} runs a
 * command to completion without a thread of its own.
 */
package io.kube4j.client.internal.exec;
