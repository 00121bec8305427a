package io.kube4j.api.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * JSON that does not fit the model: a type mismatch, malformed or truncated input. The message starts with
 * the JSON path of the offending value ({@code $.spec.containers[1].ports[0].containerPort: expected an
 * integer but found STRING "abc"}) and quotes at most a short snippet of it (never the value of a byte
 * field). It is a {@link JsonProcessingException} so Jackson passes it through unchanged.
 */
public class CodecException extends JsonProcessingException {
    private static final long serialVersionUID = 1L;
    private static final int SNIPPET_MAX = 40;

    private final String path;
    private final String problem;

    public CodecException(String path, String problem, JsonLocation location, Throwable cause) {
        super(path + ": " + problem, location, cause);
        this.path = path;
        this.problem = problem;
    }

    /** The JSON path of the offending value, e.g. {@code $.spec.containers[1].image}. */
    public String path() {
        return path;
    }

    /** What was wrong, without the path. */
    public String problem() {
        return problem;
    }

    @Override
    public String getMessage() {
        // Our own location format: Jackson's may quote the source document, which can hold secrets.
        JsonLocation loc = getLocation();
        if (loc == null || loc.getLineNr() < 0) {
            return getOriginalMessage();
        }
        return getOriginalMessage() + " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    /** A type mismatch at the parser's current token: {@code expected <what> but found <token> <snippet>}. */
    public static CodecException expected(JsonParser p, String what) throws IOException {
        return new CodecException(path(p), "expected " + what + " but found " + describe(p, true),
                p.currentLocation(), null);
    }

    /** Like {@link #expected} but never quotes the value (byte fields may hold secrets). */
    public static CodecException expectedHidden(JsonParser p, String what) {
        JsonToken t = p.currentToken();
        return new CodecException(path(p), "expected " + what + " but found " + (t == null ? "end of input" : t.name()),
                p.currentLocation(), null);
    }

    /** A value with the right token type that is still invalid, e.g. a malformed quantity. */
    public static CodecException invalid(JsonParser p, String problem, Throwable cause) {
        return new CodecException(path(p), problem, p.currentLocation(), cause);
    }

    /** Wraps a parse error from jackson-core (malformed or truncated input) with the JSON path. */
    public static CodecException wrap(JsonParser p, JsonProcessingException e) {
        if (e instanceof CodecException) {
            return (CodecException) e;
        }
        String msg = e.getOriginalMessage();
        if (msg == null) {
            msg = e.getClass().getSimpleName();
        }
        int nl = msg.indexOf('\n');
        if (nl >= 0) {
            msg = msg.substring(0, nl);
        }
        if (msg.length() > 200) {
            msg = msg.substring(0, 200) + "...";
        }
        JsonLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        return new CodecException(path(p), "malformed JSON: " + msg, loc, e);
    }

    /** The JSON path of the parser's current position, e.g. {@code $.items[3].metadata.name}. */
    public static String path(JsonParser p) {
        return path(p.getParsingContext());
    }

    static String path(JsonStreamContext ctx) {
        StringBuilder out = new StringBuilder();
        append(ctx, out);
        return out.length() == 0 ? "$" : "$" + out;
    }

    private static void append(JsonStreamContext ctx, StringBuilder out) {
        if (ctx == null || ctx.inRoot()) {
            return;
        }
        append(ctx.getParent(), out);
        if (ctx.inArray()) {
            if (ctx.getEntryCount() > 0) { // none yet right after START_ARRAY: the path is the array itself
                out.append('[').append(ctx.getCurrentIndex()).append(']');
            }
        } else {
            String name = ctx.getCurrentName();
            if (name == null) {
                return;
            }
            if (isPlainName(name)) {
                out.append('.').append(name);
            } else {
                out.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
            }
        }
    }

    private static boolean isPlainName(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!Character.isJavaIdentifierPart(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String describe(JsonParser p, boolean withValue) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "end of input";
        }
        String kind;
        switch (t) {
            case VALUE_STRING: kind = "STRING"; break;
            case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: kind = "NUMBER"; break;
            case VALUE_TRUE: case VALUE_FALSE: kind = "BOOLEAN"; break;
            case VALUE_NULL: return "NULL";
            case START_OBJECT: return "OBJECT";
            case START_ARRAY: return "ARRAY";
            default: return t.name();
        }
        if (!withValue) {
            return kind;
        }
        String text = p.getText();
        if (text.length() > SNIPPET_MAX) {
            text = text.substring(0, SNIPPET_MAX) + "...";
        }
        return t == JsonToken.VALUE_STRING ? kind + " \"" + text + "\"" : kind + " " + text;
    }
}
