package io.kube4j.api.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The label selector grammar of apimachinery's {@code labels.Parse}: a lexer that splits identifiers from the
 * special symbols {@code = == != ! ( ) , > <} and whitespace, and a recursive-descent parser over its tokens.
 * {@code in} and {@code notin} are keywords only where an operator is expected.
 */
final class LabelSelectorParser {
    private enum Kind { END, IDENTIFIER, IN, NOT_IN, OPEN, CLOSE, COMMA, NOT, EQUALS, DOUBLE_EQUALS, NOT_EQUALS,
        GREATER, LESS }

    private record Token(Kind kind, String text, int position) {
        /** Outside operator position, the keywords are plain identifiers (e.g. {@code notin=in}). */
        Kind asValue() {
            return kind == Kind.IN || kind == Kind.NOT_IN ? Kind.IDENTIFIER : kind;
        }

        String describe() {
            return kind == Kind.END ? "end of string" : "'" + text + "'";
        }
    }

    private final String input;
    private final List<Token> tokens;
    private int next;

    private LabelSelectorParser(String input) {
        this.input = input;
        this.tokens = lex(input);
    }

    static List<Requirement> parse(String input) {
        return new LabelSelectorParser(input).requirements();
    }

    private List<Requirement> requirements() {
        List<Requirement> result = new ArrayList<>();
        Token t = peek();
        if (t.kind == Kind.END) {
            return result;
        }
        while (true) {
            if (t.asValue() != Kind.IDENTIFIER && t.kind != Kind.NOT) {
                throw error(t, result.isEmpty() ? "expected: !, identifier, or end of string"
                        : "expected: identifier after ','");
            }
            result.add(requirement());
            Token after = take();
            if (after.kind == Kind.END) {
                return result;
            }
            if (after.kind != Kind.COMMA) {
                throw error(after, "expected: ',' or end of string");
            }
            t = peek();
        }
    }

    private Requirement requirement() {
        Token keyToken = take();
        boolean negated = keyToken.kind == Kind.NOT;
        if (negated) {
            keyToken = take();
        }
        if (keyToken.asValue() != Kind.IDENTIFIER) {
            throw error(keyToken, "expected: identifier");
        }
        String key = keyToken.text;
        Optional<String> keyProblem = LabelValidation.keyProblem(key);
        if (keyProblem.isPresent()) {
            throw error(keyToken, "invalid label key \"" + key + "\": " + keyProblem.get());
        }
        Kind following = peek().kind;
        if (negated || following == Kind.END || following == Kind.COMMA) {
            return build(keyToken, negated ? Operator.DOES_NOT_EXIST : Operator.EXISTS, List.of());
        }
        Token opToken = take();
        Operator op = switch (opToken.kind) {
            case IN -> Operator.IN;
            case NOT_IN -> Operator.NOT_IN;
            case EQUALS -> Operator.EQUALS;
            case DOUBLE_EQUALS -> Operator.DOUBLE_EQUALS;
            case NOT_EQUALS -> Operator.NOT_EQUALS;
            case GREATER -> Operator.GREATER_THAN;
            case LESS -> Operator.LESS_THAN;
            default -> throw error(opToken, "expected an operator: in, notin, =, ==, !=, >, <");
        };
        List<String> values = op == Operator.IN || op == Operator.NOT_IN ? valueSet() : List.of(exactValue());
        return build(keyToken, op, values);
    }

    /** {@code ( a, b )}; empty entries such as {@code ()}, {@code (a,)} or {@code (,a)} stand for "". */
    private List<String> valueSet() {
        Token open = take();
        if (open.asValue() != Kind.OPEN) {
            throw error(open, "expected: '('");
        }
        TreeSet<String> values = new TreeSet<>();
        Token t = peek();
        if (t.kind == Kind.CLOSE) {
            take();
            values.add("");
            return List.copyOf(values);
        }
        if (t.asValue() != Kind.IDENTIFIER && t.kind != Kind.COMMA) {
            throw error(t, "expected: ',', ')' or identifier");
        }
        while (true) {
            Token item = take();
            if (item.asValue() == Kind.IDENTIFIER) {
                values.add(item.text);
                Token after = peek();
                if (after.kind == Kind.CLOSE) {
                    take();
                    return List.copyOf(values);
                }
                if (after.kind != Kind.COMMA) {
                    throw error(after, "expected: ',' or ')'");
                }
            } else if (item.kind == Kind.COMMA) {
                Kind after = peek().asValue();
                if (values.isEmpty() || after == Kind.CLOSE || after == Kind.COMMA) {
                    values.add("");
                }
                if (after == Kind.CLOSE) {
                    take();
                    return List.copyOf(values);
                }
            } else {
                throw error(item, "expected: ',', ')' or identifier");
            }
        }
    }

    /** The value after {@code =}, {@code ==}, {@code !=}, {@code >}, {@code <}; nothing means "". */
    private String exactValue() {
        Token t = peek();
        if (t.kind == Kind.END || t.kind == Kind.COMMA) {
            return "";
        }
        take();
        if (t.asValue() != Kind.IDENTIFIER) {
            throw error(t, "expected: identifier");
        }
        return t.text;
    }

    private Requirement build(Token keyToken, Operator op, List<String> values) {
        try {
            return Requirement.of(keyToken.text, op, values);
        } catch (IllegalArgumentException e) {
            throw error(keyToken, e.getMessage());
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token t = tokens.get(next);
        if (t.kind != Kind.END) {
            next++;
        }
        return t;
    }

    private IllegalArgumentException error(Token at, String what) {
        String found = what.startsWith("expected") ? "found " + at.describe() + ", " : "";
        return new IllegalArgumentException("invalid label selector \"" + input + "\": " + found + what
                + " (at position " + at.position + ")");
    }

    private static List<Token> lex(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (true) {
            while (i < n && isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                out.add(new Token(Kind.END, "", n));
                return out;
            }
            int start = i;
            if (isSpecial(s.charAt(i))) {
                // The longest run of special symbols that is still a token: "!=" but "=" then "(".
                Kind kind = symbol(s.substring(start, start + 1));
                i++;
                if (i < n && isSpecial(s.charAt(i))) {
                    Kind two = symbol(s.substring(start, start + 2));
                    if (two != null) {
                        kind = two;
                        i++;
                    }
                }
                out.add(new Token(kind, s.substring(start, i), start));
                continue;
            }
            while (i < n && !isWhitespace(s.charAt(i)) && !isSpecial(s.charAt(i))) {
                i++;
            }
            String word = s.substring(start, i);
            Kind kind = word.equals("in") ? Kind.IN : word.equals("notin") ? Kind.NOT_IN : Kind.IDENTIFIER;
            out.add(new Token(kind, word, start));
        }
    }

    private static Kind symbol(String text) {
        switch (text) {
            case "(": return Kind.OPEN;
            case ")": return Kind.CLOSE;
            case ",": return Kind.COMMA;
            case "!": return Kind.NOT;
            case "=": return Kind.EQUALS;
            case "==": return Kind.DOUBLE_EQUALS;
            case "!=": return Kind.NOT_EQUALS;
            case ">": return Kind.GREATER;
            case "<": return Kind.LESS;
            default: return null;
        }
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isSpecial(char c) {
        return c == '=' || c == '!' || c == '(' || c == ')' || c == ',' || c == '>' || c == '<';
    }
}
