package io.kube4j.samples.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed command line, the way kubectl (pflag) reads it: flags and positional arguments may be mixed,
 * {@code --} ends the flags, a value follows its flag as {@code --name=value}, {@code --name value},
 * {@code -x value} or {@code -xvalue}. {@code -v} (verbose) also accepts kubectl's level, {@code -v=6}.
 */
public final class Args {
    private final List<String> positional;
    private final Map<String, List<String>> values;

    private Args(List<String> positional, Map<String, List<String>> values) {
        this.positional = List.copyOf(positional);
        this.values = values;
    }

    /** Parses {@code raw} against the known flags. @throws UsageException for an unknown or incomplete flag */
    public static Args parse(List<String> raw, List<Flag> flags) {
        Map<String, Flag> byName = new HashMap<>();
        for (Flag f : flags) {
            byName.put("--" + f.name(), f);
            if (f.shorthand() != null) {
                byName.put("-" + f.shorthand(), f);
            }
        }
        List<String> positional = new ArrayList<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.equals("--")) {
                positional.addAll(raw.subList(i + 1, raw.size()));
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                positional.add(a);
                continue;
            }
            String key = a;
            String value = null;
            int eq = a.indexOf('=');
            if (eq > 0) {
                key = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if (!a.startsWith("--") && a.length() > 2) { // -oyaml
                key = a.substring(0, 2);
                value = a.substring(2);
            }
            Flag flag = byName.get(key);
            if (flag == null) {
                throw new UsageException("unknown flag: " + key);
            }
            if (flag.takesValue() && value == null) {
                if (i + 1 >= raw.size()) {
                    throw new UsageException("flag needs an argument: " + key);
                }
                value = raw.get(++i);
            } else if (!flag.takesValue() && value == null) {
                value = "true";
            } else if (!flag.takesValue() && !flag.name().equals("v") && !value.equals("true")
                    && !value.equals("false")) {
                throw new UsageException("flag " + key + " takes true or false, not \"" + value + "\"");
            }
            values.computeIfAbsent(flag.name(), k -> new ArrayList<>()).add(value);
        }
        return new Args(positional, values);
    }

    public List<String> positional() {
        return positional;
    }

    /** Whether a flag was given at all. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A boolean flag: given without value or as {@code =true}; any {@code -v} level counts as on. */
    public boolean flag(String name) {
        List<String> v = values.get(name);
        return v != null && !v.get(v.size() - 1).equals("false");
    }

    /** The last value of a flag. */
    public Optional<String> value(String name) {
        List<String> v = values.get(name);
        return v == null ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    /** Every value of a repeatable flag ({@code -f a -f b}), in order. */
    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** A flag's value as a whole number. @throws UsageException when it is not one */
    public Optional<Long> longValue(String name) {
        Optional<String> v = value(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(v.get()));
        } catch (NumberFormatException e) {
            throw new UsageException("invalid argument \"" + v.get() + "\" for --" + name + ": not a number");
        }
    }
}
