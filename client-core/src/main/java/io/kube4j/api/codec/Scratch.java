package io.kube4j.api.codec;

import java.util.Arrays;

/**
 * A per-thread stack that collects the elements of arrays and objects while they are read, so each
 * collection is allocated once at its exact size instead of grown and trimmed. Nested collections push
 * above their parent's elements and pop back, so one stack serves any nesting.
 */
final class Scratch {
    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);
    private static final int INITIAL = 64;
    private static final int RETAIN_MAX = 4096;

    private Object[] stack = new Object[INITIAL];
    private int top;
    private final StringBuilder text = new StringBuilder(512);

    static Scratch get() {
        return LOCAL.get();
    }

    /** A cleared, reusable buffer for raw JSON text; not reentrant. */
    StringBuilder text() {
        if (text.capacity() > 64 * 1024) {
            text.setLength(0);
            text.trimToSize();
        }
        text.setLength(0);
        return text;
    }

    int top() {
        return top;
    }

    void push(Object o) {
        if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
        }
        stack[top++] = o;
    }

    /** Removes everything above {@code base} and returns it as an exactly sized array. */
    Object[] pop(int base) {
        Object[] out = Arrays.copyOfRange(stack, base, top);
        release(base);
        return out;
    }

    /** Drops everything above {@code base} (after a failure, or once copied). */
    void release(int base) {
        Arrays.fill(stack, base, top, null);
        top = base;
        if (top == 0 && stack.length > RETAIN_MAX) {
            stack = new Object[INITIAL]; // do not keep a huge array per thread after one big list
        }
    }
}
