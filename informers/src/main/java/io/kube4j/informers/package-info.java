/**
 * Shared informers with client-go's {@code tools/cache} behaviour: a {@link io.kube4j.informers.SharedInformerFactory}
 * hands out one {@link io.kube4j.informers.SharedIndexInformer} per list/watch; each keeps an indexed,
 * thread-safe cache ({@link io.kube4j.informers.Indexer}, {@link io.kube4j.informers.Lister}) up to date by
 * listing then watching, and tells {@link io.kube4j.informers.ResourceEventHandler}s about every change, each
 * on its own thread. See {@code informers/ARCHITECTURE.md} for the state machine and the threads.
 */
package io.kube4j.informers;
