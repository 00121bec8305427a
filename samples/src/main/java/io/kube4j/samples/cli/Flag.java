package io.kube4j.samples.cli;

/**
 * A command-line flag: {@code --name} with an optional one-letter {@code -x} shorthand. A boolean flag takes no
 * value ({@code -A}, {@code --watch}, {@code --watch=false}); a value flag takes one ({@code -n ns},
 * {@code --namespace=ns}, {@code -ons}).
 *
 * @param name      the long name, without dashes
 * @param shorthand the one-letter name, or null
 * @param takesValue whether it takes a value
 * @param help      one line for the usage text
 */
public record Flag(String name, String shorthand, boolean takesValue, String help) {
    public static Flag value(String name, String shorthand, String help) {
        return new Flag(name, shorthand, true, help);
    }

    public static Flag bool(String name, String shorthand, String help) {
        return new Flag(name, shorthand, false, help);
    }

    /** The usage line, e.g. {@code -n, --namespace string   the namespace}. */
    String usage() {
        String names = (shorthand == null ? "    " : "-" + shorthand + ", ") + "--" + name + (takesValue ? " value" : "");
        return String.format("  %-32s %s", names, help);
    }
}
