package io.kube4j.api.codec;

/**
 * Finds the end of one JSON object or array in UTF-8 bytes without tokenizing it, validating the grammar on
 * the way (strings, escapes, numbers, literals, separators, nesting), fed buffer by buffer. Used to copy
 * {@code managedFields} values ({@code FieldsV1}) as raw text: far cheaper than parsing their many,
 * often unique, property names, which also never reach the parser's symbol table.
 *
 * <p>It also notes whether the bytes are already the compact form kube4j writes (no whitespace, ASCII only,
 * no escapes but {@code \"} and {@code \\}); if not, the caller re-parses them to normalise.
 */
final class JsonStructureScanner {
    private static final int VALUE = 0;
    private static final int KEY_OR_CLOSE = 1;
    private static final int VALUE_OR_CLOSE = 2;
    private static final int KEY = 3;
    private static final int COLON = 4;
    private static final int AFTER_VALUE = 5;
    private static final int IN_STRING = 6;
    private static final int ESCAPE = 7;
    private static final int UNICODE = 8;
    private static final int LITERAL = 9;
    private static final int NUMBER = 10;

    // number sub-states
    private static final int N_MINUS = 0;
    private static final int N_ZERO = 1;
    private static final int N_INT = 2;
    private static final int N_DOT = 3;
    private static final int N_FRAC = 4;
    private static final int N_E = 5;
    private static final int N_E_SIGN = 6;
    private static final int N_EXP = 7;

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private final int maxDepth;
    private byte[] stack = new byte[16];
    private int depth;
    private int state;
    private boolean stringIsKey;
    private int sub;
    private byte[] literal;
    private boolean normalize;
    private int newlines;
    private int lastNewline = -1;
    private String error;
    private int errorIndex;

    /** Starts inside a value whose opening byte ({@code '{'} or {@code '['}) was already consumed. */
    JsonStructureScanner(byte open, int maxDepth) {
        this.maxDepth = maxDepth;
        stack[0] = open;
        depth = 1;
        state = open == '{' ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
    }

    /** Whether the bytes differ from kube4j's compact form and must be re-parsed to normalise them. */
    boolean needsNormalizing() {
        return normalize;
    }

    /** Newlines outside strings in the last {@link #scan} call, and the index of the last one (or -1). */
    int newlines() {
        return newlines;
    }

    int lastNewline() {
        return lastNewline;
    }

    /** Why the input is not JSON, after {@link #scan} returned {@code -2}. */
    String error() {
        return error;
    }

    /** The buffer index of the offending byte, after {@link #scan} returned {@code -2}. */
    int errorIndex() {
        return errorIndex;
    }

    /**
     * Scans {@code buf[from..end)}: the index just past the value's closing byte, {@code -1} if the value
     * goes on beyond {@code end}, or {@code -2} if the input is malformed (see {@link #error()}).
     */
    @SuppressWarnings("fallthrough")
    int scan(byte[] buf, int from, int end) {
        newlines = 0;
        lastNewline = -1;
        int i = from;
        while (i < end) {
            int b = buf[i] & 0xFF;
            switch (state) {
                case IN_STRING:
                    // the bulk of the input: a tight loop to the closing quote or an escape
                    while (true) {
                        if (b == '"') {
                            state = stringIsKey ? COLON : AFTER_VALUE;
                            break;
                        }
                        if (b == '\\') {
                            state = ESCAPE;
                            break;
                        }
                        if (b < 0x20) {
                            return fail(i, b, "a control character in a string");
                        }
                        if (b >= 0x80) {
                            normalize = true;
                        }
                        if (++i == end) {
                            return -1;
                        }
                        b = buf[i] & 0xFF;
                    }
                    i++;
                    continue;
                case ESCAPE:
                    if (b == 'u') {
                        normalize = true;
                        sub = 4;
                        state = UNICODE;
                    } else if (b == '"' || b == '\\') {
                        state = IN_STRING;
                    } else if (b == '/' || b == 'b' || b == 'f' || b == 'n' || b == 'r' || b == 't') {
                        normalize = true;
                        state = IN_STRING;
                    } else {
                        return fail(i, b, "an invalid escape in a string");
                    }
                    i++;
                    continue;
                case UNICODE:
                    if (Character.digit(b, 16) < 0) {
                        return fail(i, b, "an invalid \\u escape in a string");
                    }
                    if (--sub == 0) {
                        state = IN_STRING;
                    }
                    i++;
                    continue;
                case LITERAL:
                    if (b != literal[sub]) {
                        return fail(i, b, "an invalid literal");
                    }
                    if (++sub == literal.length) {
                        state = AFTER_VALUE;
                    }
                    i++;
                    continue;
                case NUMBER:
                    if (number(b)) {
                        i++;
                        continue;
                    }
                    if (sub == N_MINUS || sub == N_DOT || sub == N_E || sub == N_E_SIGN) {
                        return fail(i, b, "an incomplete number");
                    }
                    state = AFTER_VALUE; // the byte ends the number: look at it again
                    continue;
                default:
                    break;
            }
            // structural bytes
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                normalize = true;
                if (b == '\n') {
                    newlines++;
                    lastNewline = i;
                }
                i++;
                continue;
            }
            switch (state) {
                case KEY_OR_CLOSE:
                    if (b == '}') {
                        i++;
                        if (close()) {
                            return i;
                        }
                        continue;
                    }
                    // fall through: a key
                case KEY:
                    if (b != '"') {
                        return fail(i, b, "a property name where one was expected");
                    }
                    stringIsKey = true;
                    state = IN_STRING;
                    break;
                case COLON:
                    if (b != ':') {
                        return fail(i, b, "no ':' after a property name");
                    }
                    state = VALUE;
                    break;
                case VALUE_OR_CLOSE:
                    if (b == ']') {
                        i++;
                        if (close()) {
                            return i;
                        }
                        continue;
                    }
                    // fall through: a value
                case VALUE:
                    if (!startValue(b)) {
                        return fail(i, b, error);
                    }
                    break;
                case AFTER_VALUE:
                    byte top = stack[depth - 1];
                    if (b == ',') {
                        state = top == '{' ? KEY : VALUE;
                    } else if ((b == '}' && top == '{') || (b == ']' && top == '[')) {
                        i++;
                        if (close()) {
                            return i;
                        }
                        continue;
                    } else {
                        return fail(i, b, "an unexpected character after a value");
                    }
                    break;
                default:
                    throw new IllegalStateException("scanner state " + state);
            }
            i++;
        }
        return -1;
    }

    /** Pops a container; true when it was the outermost. */
    private boolean close() {
        depth--;
        state = AFTER_VALUE;
        return depth == 0;
    }

    private boolean startValue(int b) {
        switch (b) {
            case '"':
                stringIsKey = false;
                state = IN_STRING;
                return true;
            case '{':
            case '[':
                if (depth == maxDepth) {
                    error = "nesting deeper than the parser's limit (StreamReadConstraints)";
                    return false;
                }
                if (depth == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = (byte) b;
                state = b == '{' ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
                return true;
            case 't':
                return literal(TRUE);
            case 'f':
                return literal(FALSE);
            case 'n':
                return literal(NULL);
            case '-':
                sub = N_MINUS;
                state = NUMBER;
                return true;
            default:
                if (b >= '0' && b <= '9') {
                    sub = b == '0' ? N_ZERO : N_INT;
                    state = NUMBER;
                    return true;
                }
                error = "an unexpected character where a value was expected";
                return false;
        }
    }

    private boolean literal(byte[] word) {
        literal = word;
        sub = 1;
        state = LITERAL;
        return true;
    }

    /** Advances the number sub-state; false if {@code b} cannot continue the number. */
    @SuppressWarnings("fallthrough")
    private boolean number(int b) {
        boolean digit = b >= '0' && b <= '9';
        switch (sub) {
            case N_MINUS:
                if (digit) {
                    sub = b == '0' ? N_ZERO : N_INT;
                    return true;
                }
                return false;
            case N_ZERO:
            case N_INT:
                if (digit && sub == N_INT) {
                    return true;
                }
                if (b == '.') {
                    sub = N_DOT;
                    return true;
                }
                if (b == 'e' || b == 'E') {
                    sub = N_E;
                    return true;
                }
                return false;
            case N_DOT:
            case N_FRAC:
                if (digit) {
                    sub = N_FRAC;
                    return true;
                }
                if (sub == N_FRAC && (b == 'e' || b == 'E')) {
                    sub = N_E;
                    return true;
                }
                return false;
            case N_E:
                if (b == '+' || b == '-') {
                    sub = N_E_SIGN;
                    return true;
                }
                // fall through
            case N_E_SIGN:
            case N_EXP:
                if (digit) {
                    sub = N_EXP;
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    private int fail(int at, int b, String why) {
        errorIndex = at;
        error = "malformed JSON: " + why + " (" + (b >= 0x21 && b < 0x7F ? "'" + (char) b + "'" : "byte 0x"
                + Integer.toHexString(b)) + ")";
        return -2;
    }
}
