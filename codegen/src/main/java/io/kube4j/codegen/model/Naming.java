package io.kube4j.codegen.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Java names for JSON names: accessors, add/put helper singulars, constants. */
public final class Naming {
    /** JSON names with a fixed Java name (ARCHITECTURE.md "Models"). */
    private static final Map<String, String> FIXED = Map.of(
            "continue", "continueToken",
            "default", "defaultValue",
            "enum", "enumValues",
            "$ref", "ref",
            "$schema", "schema");

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
            "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
            "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
            "true", "false", "null", "var", "record", "yield", "sealed", "permits", "_");

    /** Names a model or its builder already uses, or that {@code Object} declares final. */
    private static final Set<String> RESERVED = Set.of(
            "builder", "toBuilder", "extras", "equals", "hashCode", "toString", "getClass", "notify",
            "notifyAll", "wait", "clone", "finalize", "build", "putExtra", "removeExtra");

    /** Plurals the suffix rules get wrong. */
    private static final Map<String, String> SINGULAR_WORDS = Map.ofEntries(
            Map.entry("aliases", "alias"),
            Map.entry("statuses", "status"),
            Map.entry("data", "data"),
            Map.entry("criteria", "criterion"),
            Map.entry("series", "series"),
            Map.entry("species", "species"),
            Map.entry("metadata", "metadata"),
            Map.entry("tls", "tls"));

    private Naming() {
    }

    /** The accessor name for a JSON property name. */
    public static String javaName(String jsonName) {
        String fixed = FIXED.get(jsonName);
        if (fixed != null) {
            return fixed;
        }
        String name = camel(jsonName);
        if (KEYWORDS.contains(name) || RESERVED.contains(name)) {
            return name + "Value";
        }
        return name;
    }

    /** Joins the parts of a name split at characters not valid in Java identifiers, camel-casing them. */
    static String camel(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean upper = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                out.append(upper && out.length() > 0 ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        if (out.length() == 0) {
            return "value";
        }
        if (!Character.isJavaIdentifierStart(out.charAt(0))) {
            out.insert(0, 'v');
        }
        return out.toString();
    }

    /** A valid Java class name for a schema's last name segment. */
    public static String className(String name) {
        String c = camel(name);
        return Character.toUpperCase(c.charAt(0)) + c.substring(1);
    }

    /** {@code containers} → {@code Container}: the capitalised item name for add/put helpers. */
    public static String itemName(String javaName) {
        return capitalize(singular(javaName));
    }

    /** The singular of a camel-case plural, looking only at its last word: {@code policies} → {@code policy}. */
    public static String singular(String name) {
        int start = lastWordStart(name);
        String head = name.substring(0, start);
        String word = name.substring(start);
        String lower = word.toLowerCase(Locale.ROOT);
        String fixed = SINGULAR_WORDS.get(lower);
        if (fixed != null) {
            return head + matchCase(word, fixed);
        }
        int n = word.length();
        if (n > 1 && word.endsWith("s") && Character.isUpperCase(word.charAt(n - 2))) {
            return head + word.substring(0, n - 1); // podIPs → podIP, nonResourceURLs → nonResourceURL
        }
        if (word.equals(word.toUpperCase(Locale.ROOT))) {
            return name; // an acronym: CIDR, IP
        }
        if (lower.endsWith("ies") && n > 3) {
            return head + word.substring(0, n - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")
                || lower.endsWith("zzes")) {
            return head + word.substring(0, n - 2);
        }
        if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is") || lower.endsWith("of")) {
            return name; // ingress, egress, status, allOf
        }
        if (lower.endsWith("s") && n > 1) {
            return head + word.substring(0, n - 1);
        }
        return name;
    }

    private static int lastWordStart(String name) {
        int i = name.length() - 1;
        // Skip a trailing plural 's' after an acronym (podIPs), then walk back over the word.
        if (i > 0 && name.charAt(i) == 's' && Character.isUpperCase(name.charAt(i - 1))) {
            i--;
            while (i > 0 && Character.isUpperCase(name.charAt(i - 1))) {
                i--;
            }
            return i;
        }
        while (i > 0 && !Character.isUpperCase(name.charAt(i))) {
            i--;
        }
        if (Character.isUpperCase(name.charAt(i))) {
            while (i > 0 && Character.isUpperCase(name.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    private static String matchCase(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0)) ? capitalize(replacement) : replacement;
    }

    public static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
