/**
 * Kubernetes Events: an {@link io.kube4j.events.EventBroadcaster} owns the writing (one worker thread, a bounded
 * queue, aggregation of repeats, events.k8s.io/v1 with a core/v1 fallback) and hands out
 * {@link io.kube4j.events.EventRecorder}s, as client-go's {@code tools/events}.
 */
package io.kube4j.events;
