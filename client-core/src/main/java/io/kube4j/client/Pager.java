package io.kube4j.client;

import io.kube4j.api.KubernetesList;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Iterates the items of a paged list, fetching the next page only when the current one is used up. Pages
 * after the first drop {@code resourceVersion}/{@code resourceVersionMatch}: the continue token carries
 * the snapshot, and the server rejects both together.
 */
final class Pager<T, L extends KubernetesList<T>> implements Iterator<T> {
    private final ListOptions first;
    private final Function<ListOptions, L> fetch;
    private Iterator<T> items = Collections.emptyIterator();
    private String continueToken;
    private boolean started;

    Pager(ListOptions first, Function<ListOptions, L> fetch) {
        this.first = first;
        this.fetch = fetch;
    }

    @Override
    public boolean hasNext() {
        while (!items.hasNext()) {
            if (started && continueToken == null) {
                return false;
            }
            ListOptions options = !started ? first
                    : first.toBuilder().continueToken(continueToken).resourceVersion(null)
                            .resourceVersionMatch(null).build();
            L page = fetch.apply(options);
            started = true;
            items = page.items().iterator();
            String next = page.metadata() == null ? null : page.metadata().continueToken();
            continueToken = next == null || next.isEmpty() ? null : next;
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return items.next();
    }
}
