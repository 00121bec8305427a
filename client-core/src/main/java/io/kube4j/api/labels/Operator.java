package io.kube4j.api.labels;

/** The operator of a label or field selector requirement, as apimachinery's {@code selection.Operator}. */
public enum Operator {
    /** {@code key in (a,b)}: the label is present with one of the values. */
    IN("in"),
    /** {@code key notin (a,b)}: the label is absent or has none of the values. */
    NOT_IN("notin"),
    /** {@code key=value}. */
    EQUALS("="),
    /** {@code key==value}, the same as {@link #EQUALS} but printed with two signs. */
    DOUBLE_EQUALS("=="),
    /** {@code key!=value}: the label is absent or has another value. */
    NOT_EQUALS("!="),
    /** {@code key}: the label is present. */
    EXISTS("exists"),
    /** {@code !key}: the label is absent. */
    DOES_NOT_EXIST("!"),
    /** {@code key>5}: the label's value is an integer greater than the requirement's. */
    GREATER_THAN("gt"),
    /** {@code key<5}: the label's value is an integer less than the requirement's. */
    LESS_THAN("lt");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator's name in apimachinery's {@code selection} package ({@code in}, {@code =}, {@code gt}…). */
    public String symbol() {
        return symbol;
    }

    /**
     * The operator of a {@code matchExpressions} entry of a {@code meta/v1 LabelSelector}:
     * {@code In}, {@code NotIn}, {@code Exists} or {@code DoesNotExist}.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static Operator fromMatchExpression(String operator) {
        if (operator != null) {
            switch (operator) {
                case "In": return IN;
                case "NotIn": return NOT_IN;
                case "Exists": return EXISTS;
                case "DoesNotExist": return DOES_NOT_EXIST;
                default: break;
            }
        }
        throw new IllegalArgumentException("\"" + operator + "\" is not a valid label selector operator"
                + " (expected In, NotIn, Exists or DoesNotExist)");
    }
}
