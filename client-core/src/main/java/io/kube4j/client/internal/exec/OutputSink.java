package io.kube4j.client.internal.exec;

import io.kube4j.client.TransportException;
import java.nio.ByteBuffer;

/** Where an exec session puts one output channel's bytes: a stream for the caller, or a capped collector. */
interface OutputSink {
    /** Adds the payload; may block the socket reader until there is room (back-pressure). */
    void write(ByteBuffer payload);

    /** The server ended the stream: readers get end-of-file after the buffered bytes. */
    void finish();

    /** The connection broke: readers get {@code failure} after the buffered bytes. */
    void fail(TransportException failure);

    /** The session was closed by its user: drop what is buffered, unblock everyone, readers get end-of-file. */
    void discard();
}
