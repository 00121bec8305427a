package io.kube4j.informers;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Receives an informer's notifications, in order, on the registration's own serial thread
 * ({@code kube4j-handler-<resource>-<n>}): a slow handler delays only itself. Implement the methods you
 * need (all default to doing nothing) or use {@link #builder()}.
 *
 * <p>Notifications follow the cache: {@code onAdd} for an object the handler has not seen, {@code onUpdate}
 * when its resourceVersion changed (or, on a periodic resync, with the same object twice), {@code onDelete}
 * when it is gone. A handler never gets an update for an object whose resourceVersion did not change,
 * except on resync. An exception thrown by a handler is logged and the next notification is delivered.
 */
public interface ResourceEventHandler<T> {
    /**
     * An object appeared in the cache.
     *
     * @param inInitialList true while the handler receives the cache content it joined with (the initial
     *     list, or the current cache for a handler added later)
     */
    default void onAdd(T object, boolean inInitialList) {
    }

    /** An object changed; {@code oldObject == newObject} on a periodic resync. */
    default void onUpdate(T oldObject, T newObject) {
    }

    /**
     * An object was deleted.
     *
     * @param object its last state: the deleted object from the watch, or the last cached state
     * @param finalStateUnknown true when the deletion was found by a relist, so the object may have changed
     *     between {@code object} and its deletion (client-go's {@code DeletedFinalStateUnknown})
     */
    default void onDelete(T object, boolean finalStateUnknown) {
    }

    /** A handler built from lambdas: {@code builder().onAdd(p -> ...).onUpdate((o, n) -> ...).build()}. */
    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Builds a {@link ResourceEventHandler} from lambdas; unset callbacks do nothing. */
    final class Builder<T> {
        private BiConsumer<? super T, Boolean> onAdd = (o, initial) -> { };
        private BiConsumer<? super T, ? super T> onUpdate = (o, n) -> { };
        private BiConsumer<? super T, Boolean> onDelete = (o, unknown) -> { };

        private Builder() {
        }

        /** Called for each added object. */
        public Builder<T> onAdd(Consumer<? super T> onAdd) {
            Objects.requireNonNull(onAdd, "onAdd");
            this.onAdd = (o, initial) -> onAdd.accept(o);
            return this;
        }

        /** Called for each added object, with whether it belongs to the initial content. */
        public Builder<T> onAdd(BiConsumer<? super T, Boolean> onAdd) {
            this.onAdd = Objects.requireNonNull(onAdd, "onAdd");
            return this;
        }

        /** Called with the old and the new state of a changed object. */
        public Builder<T> onUpdate(BiConsumer<? super T, ? super T> onUpdate) {
            this.onUpdate = Objects.requireNonNull(onUpdate, "onUpdate");
            return this;
        }

        /** Called with the last state of each deleted object. */
        public Builder<T> onDelete(Consumer<? super T> onDelete) {
            Objects.requireNonNull(onDelete, "onDelete");
            this.onDelete = (o, unknown) -> onDelete.accept(o);
            return this;
        }

        /** Called with the last state of each deleted object and whether its final state is unknown. */
        public Builder<T> onDelete(BiConsumer<? super T, Boolean> onDelete) {
            this.onDelete = Objects.requireNonNull(onDelete, "onDelete");
            return this;
        }

        public ResourceEventHandler<T> build() {
            BiConsumer<? super T, Boolean> add = onAdd;
            BiConsumer<? super T, ? super T> update = onUpdate;
            BiConsumer<? super T, Boolean> delete = onDelete;
            return new ResourceEventHandler<>() {
                @Override
                public void onAdd(T object, boolean inInitialList) {
                    add.accept(object, inInitialList);
                }

                @Override
                public void onUpdate(T oldObject, T newObject) {
                    update.accept(oldObject, newObject);
                }

                @Override
                public void onDelete(T object, boolean finalStateUnknown) {
                    delete.accept(object, finalStateUnknown);
                }

                @Override
                public String toString() {
                    return "ResourceEventHandler(built)";
                }
            };
        }
    }
}
