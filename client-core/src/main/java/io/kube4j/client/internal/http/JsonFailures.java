package io.kube4j.client.internal.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.kube4j.api.codec.CodecException;
import io.kube4j.client.SerializationException;
import java.util.ArrayDeque;
import java.util.Deque;

/** Turns Jackson failures into {@link SerializationException}s with a JSON path and a safe snippet. */
public final class JsonFailures {
    private static final int SNIPPET_BEFORE = 80;
    private static final int SNIPPET_AFTER = 40;
    private static final int MAX_SNIPPET = 160;
    private static final int MAX_DETAIL = 200;

    private JsonFailures() {
    }

    /**
     * A SerializationException for a failure while reading {@code what}.
     *
     * @param context  e.g. {@code "GET /api/v1/pods"}, prefixed to the message
     * @param what     what was being read, e.g. the target type's simple name
     * @param e        the Jackson failure
     * @param input    the capturing stream the parser read from, or null
     */
    public static SerializationException reading(String context, String what, JsonProcessingException e,
            CapturingInputStream input) {
        CodecException codec = codecCause(e);
        String path = codec != null ? codec.path() : pathOf(e);
        boolean secret = Snippets.mayHoldSecrets(path) || Snippets.mayHoldSecrets(what);
        JsonLocation loc = codec != null && codec.getLocation() != null ? codec.getLocation() : e.getLocation();
        String snippet = "";
        if (!secret && input != null && loc != null && loc.getByteOffset() >= 0) {
            snippet = Snippets.sanitize(input.around(loc.getByteOffset(), SNIPPET_BEFORE, SNIPPET_AFTER), MAX_SNIPPET);
        }
        StringBuilder msg = new StringBuilder();
        if (context != null && !context.isEmpty()) {
            msg.append(context).append(": ");
        }
        msg.append("cannot read ").append(what);
        if (!path.isEmpty()) {
            msg.append(" at ").append(path);
        }
        msg.append(": ");
        if (isEndOfInput(e)) {
            msg.append("input ended in the middle of the JSON document (truncated)");
        } else if (secret) {
            msg.append(e.getClass().getSimpleName()).append(" (details withheld: may contain secret data)");
        } else {
            msg.append(Snippets.sanitize(codec != null ? codec.problem() : e.getOriginalMessage(), MAX_DETAIL));
        }
        if (loc != null && loc.getLineNr() > 0) {
            msg.append(" (line ").append(loc.getLineNr()).append(", column ").append(loc.getColumnNr()).append(')');
        }
        if (!snippet.isEmpty()) {
            msg.append(", near: ").append(snippet);
        }
        return new SerializationException(msg.toString(), path, snippet, e);
    }

    /** The generated codec's failure inside {@code e}: it knows the absolute JSON path. */
    private static CodecException codecCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CodecException c) {
                return c;
            }
        }
        return null;
    }

    private static boolean isEndOfInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonEOFException) {
                return true;
            }
        }
        return false;
    }

    /** A SerializationException for a request body that could not be written as JSON. */
    public static SerializationException writing(String context, JsonProcessingException e) {
        String path = pathOf(e);
        String msg = context + ": cannot write the request body as JSON" + (path.isEmpty() ? "" : " at " + path)
                + ": " + Snippets.sanitize(e.getOriginalMessage(), MAX_DETAIL);
        return new SerializationException(msg, path, "", e);
    }

    /** A SerializationException for input that is structurally wrong (not a Jackson failure). */
    public static SerializationException invalid(String context, String what, String problem, String path) {
        String msg = (context == null || context.isEmpty() ? "" : context + ": ") + "cannot read " + what
                + (path == null || path.isEmpty() ? "" : " at " + path) + ": " + problem;
        return new SerializationException(msg, path, "", null);
    }

    /** The JSON path of a failure, as {@code $.a.b[0].c}; empty if unknown. */
    static String pathOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder("$");
            for (JsonMappingException.Reference ref : m.getPath()) {
                if (ref.getFieldName() != null) {
                    sb.append('.').append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    sb.append('[').append(ref.getIndex()).append(']');
                }
            }
            return sb.toString();
        }
        if (e instanceof StreamReadException r && r.getProcessor() != null) {
            return pathOf(r.getProcessor().getParsingContext());
        }
        return "";
    }

    /** The path of a parser context, as {@code $.a.b[0]}. */
    public static String pathOf(JsonStreamContext ctx) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        return parts.isEmpty() ? "" : "$" + String.join("", parts);
    }
}
