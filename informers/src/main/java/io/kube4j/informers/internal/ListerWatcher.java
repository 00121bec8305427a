package io.kube4j.informers.internal;

import io.kube4j.api.KubernetesList;
import io.kube4j.client.ListOptions;
import io.kube4j.client.Watch;

/**
 * The two calls a reflector makes. Implementations fix the resource and namespace; the reflector supplies
 * selectors, resource versions, paging and watch parameters. Tests script it to drive the reflector
 * without a server.
 */
public interface ListerWatcher<T> {
    /** One list call (one page when {@code limit} is set). Interruptible: an interrupt abandons the call. */
    KubernetesList<T> list(ListOptions options) throws InterruptedException;

    /** Opens a watch; throws the server's {@code ApiException} or a {@code TransportException}. */
    Watch<T> watch(ListOptions options);

    /** For messages and thread names, e.g. {@code pods in namespace "a"}. */
    String describe();
}
