package io.kube4j.api.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small JDK-only JSON reader and writer for free-form values that models keep as text ({@code FieldsV1}).
 * Models may not depend on jackson-core (a Jackson 3 user has none), so they use this instead. Output is
 * compact and escapes like Jackson's default generator, so text written here equals text Jackson writes.
 */
public final class JsonText {
    private static final int MAX_DEPTH = 1000;

    private final String s;
    private int pos;
    private final boolean build;

    private JsonText(String s, boolean build) {
        this.s = s;
        this.build = build;
    }

    /** The last text a codec produced from parser tokens on this thread: valid by construction. */
    private static final ThreadLocal<String[]> PRODUCED = ThreadLocal.withInitial(() -> new String[1]);

    /**
     * Records that {@code json} was just produced from a parser's tokens, so the {@link #validate} that
     * follows (the model's factory) can skip re-scanning it. Only the very same instance is trusted, once.
     */
    public static void markProduced(String json) {
        PRODUCED.get()[0] = json;
    }

    /** Checks that {@code json} is exactly one JSON value. @throws IllegalArgumentException with the offset */
    public static void validate(String json) {
        String[] produced = PRODUCED.get();
        if (produced[0] == json && json != null) {
            produced[0] = null;
            return;
        }
        JsonText r = new JsonText(json, false);
        r.value(0);
        r.end();
    }

    /** Parses {@code json} into a frozen value (see {@link Frozen#value}). */
    public static Object parse(String json) {
        JsonText r = new JsonText(json, true);
        Object v = r.value(0);
        r.end();
        return v;
    }

    /** Writes a JSON value (as accepted by {@link Frozen#value}) as compact text. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(Frozen.value(value), out);
        return out.toString();
    }

    private static void write(Object v, StringBuilder out) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String) {
            quote((String) v, out);
        } else if (v instanceof Map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote((String) e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (v instanceof List) {
            out.append('[');
            boolean first = true;
            for (Object e : (List<?>) v) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(e, out);
            }
            out.append(']');
        } else if (v instanceof BigDecimal) {
            out.append(((BigDecimal) v).toString());
        } else {
            out.append(v); // Boolean, Integer, Long, BigInteger, Double
        }
    }

    private static void quote(String str, StringBuilder out) {
        out.append('"');
        appendEscaped(str, 0, str.length(), out);
        out.append('"');
    }

    /**
     * Appends characters JSON-escaped exactly as Jackson's default generator escapes them: quote, backslash,
     * short escapes for \b \t \n \f \r, {@code \}{@code u00XX} for other control characters, all else as is.
     */
    public static void appendEscaped(CharSequence chars, int start, int end, StringBuilder out) {
        int run = start;
        for (int i = start; i < end; i++) {
            char c = chars.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(chars, run, i);
            run = i + 1;
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(chars, run, end);
    }

    /** {@link #appendEscaped(CharSequence, int, int, StringBuilder)} for a parser's character buffer. */
    public static void appendEscaped(char[] chars, int start, int end, StringBuilder out) {
        int run = start;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(chars, run, i - run);
            appendEscaped(String.valueOf(c), 0, 1, out);
            run = i + 1;
        }
        out.append(chars, run, end - run);
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("invalid JSON at offset " + pos + ": " + what);
    }

    private void skipWs() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    private void end() {
        skipWs();
        if (pos != s.length()) {
            throw error("unexpected trailing content");
        }
    }

    private char peek() {
        skipWs();
        if (pos >= s.length()) {
            throw error("unexpected end of input");
        }
        return s.charAt(pos);
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
        char c = peek();
        switch (c) {
            case '{': return object(depth);
            case '[': return array(depth);
            case '"': return string();
            case 't': literal("true"); return Boolean.TRUE;
            case 'f': literal("false"); return Boolean.FALSE;
            case 'n': literal("null"); return null;
            default:
                if (c == '-' || c >= '0' && c <= '9') {
                    return number();
                }
                throw error("unexpected character '" + c + "'");
        }
    }

    private Object object(int depth) {
        pos++;
        List<Object> kv = build ? new ArrayList<>() : null;
        if (peek() == '}') {
            pos++;
            return build ? FrozenMap.empty() : null;
        }
        while (true) {
            if (peek() != '"') {
                throw error("expected a field name");
            }
            String key = string();
            if (peek() != ':') {
                throw error("expected ':'");
            }
            pos++;
            Object v = value(depth + 1);
            if (build) {
                kv.add(key);
                kv.add(v);
            }
            char c = peek();
            pos++;
            if (c == '}') {
                return build ? FrozenMap.adopt(kv.toArray(), kv.size() / 2) : null;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private Object array(int depth) {
        pos++;
        List<Object> items = build ? new ArrayList<>() : null;
        if (peek() == ']') {
            pos++;
            return build ? FrozenList.empty() : null;
        }
        while (true) {
            Object v = value(depth + 1);
            if (build) {
                items.add(v);
            }
            char c = peek();
            pos++;
            if (c == ']') {
                return build ? FrozenList.adopt(items.toArray(), items.size()) : null;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private void literal(String word) {
        if (!s.startsWith(word, pos)) {
            throw error("expected " + word);
        }
        pos += word.length();
    }

    private String string() {
        pos++; // opening quote
        StringBuilder sb = build ? new StringBuilder() : null;
        while (true) {
            if (pos >= s.length()) {
                throw error("unterminated string");
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                return build ? sb.toString() : null;
            }
            if (c < 0x20) {
                throw error("control character in string");
            }
            if (c == '\\') {
                if (pos >= s.length()) {
                    throw error("unterminated escape");
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case '"': case '\\': case '/': c = e; break;
                    case 'n': c = '\n'; break;
                    case 'r': c = '\r'; break;
                    case 't': c = '\t'; break;
                    case 'b': c = '\b'; break;
                    case 'f': c = '\f'; break;
                    case 'u':
                        if (pos + 4 > s.length()) {
                            throw error("bad \\u escape");
                        }
                        try {
                            c = (char) Integer.parseInt(s.substring(pos, pos + 4), 16);
                        } catch (NumberFormatException ex) {
                            throw error("bad \\u escape");
                        }
                        pos += 4;
                        break;
                    default:
                        throw error("bad escape \\" + e);
                }
            }
            if (build) {
                sb.append(c);
            }
        }
    }

    private Object number() {
        int start = pos;
        if (s.charAt(pos) == '-') {
            pos++;
        }
        int intStart = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
            pos++;
        }
        if (pos == intStart || s.charAt(intStart) == '0' && pos - intStart > 1) {
            throw error("malformed number");
        }
        boolean integral = true;
        if (pos < s.length() && s.charAt(pos) == '.') {
            integral = false;
            pos++;
            int fracStart = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == fracStart) {
                throw error("malformed number");
            }
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            integral = false;
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            int expStart = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == expStart) {
                throw error("malformed number");
            }
        }
        if (!build) {
            return null;
        }
        String text = s.substring(start, pos);
        if (integral) {
            return Frozen.number(new BigInteger(text));
        }
        double d = Double.parseDouble(text);
        return Double.isInfinite(d) ? new BigDecimal(text) : (Object) d;
    }
}
