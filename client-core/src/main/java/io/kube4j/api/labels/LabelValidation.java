package io.kube4j.api.labels;

import java.util.Optional;

/** Kubernetes' rules for label keys (qualified names) and label values, as apimachinery's validation. */
final class LabelValidation {
    static final int MAX_NAME_LENGTH = 63;
    static final int MAX_PREFIX_LENGTH = 253;
    static final int MAX_VALUE_LENGTH = 63;

    private static final String NAME_RULE = "must consist of alphanumeric characters, '-', '_' or '.', and must start"
            + " and end with an alphanumeric character (e.g. 'MyName', 'my.name', '123-abc')";

    private LabelValidation() {
    }

    /** Why {@code key} is not a valid label key, or empty if it is valid. */
    static Optional<String> keyProblem(String key) {
        if (key == null) {
            return Optional.of("label key must not be null");
        }
        int slash = key.indexOf('/');
        String name = key;
        if (slash >= 0) {
            if (key.indexOf('/', slash + 1) >= 0) {
                return Optional.of("a label key is a name with an optional DNS subdomain prefix and '/'"
                        + " (e.g. 'example.com/MyName'), not several '/'");
            }
            String prefix = key.substring(0, slash);
            name = key.substring(slash + 1);
            if (prefix.isEmpty()) {
                return Optional.of("prefix part must not be empty");
            }
            if (prefix.length() > MAX_PREFIX_LENGTH) {
                return Optional.of("prefix part must be no more than " + MAX_PREFIX_LENGTH + " characters");
            }
            if (!isDnsSubdomain(prefix)) {
                return Optional.of("prefix part must be a lowercase DNS subdomain: lowercase alphanumeric characters,"
                        + " '-' or '.', starting and ending with an alphanumeric character (e.g. 'example.com')");
            }
        }
        if (name.isEmpty()) {
            return Optional.of("name part must not be empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.of("name part must be no more than " + MAX_NAME_LENGTH + " characters");
        }
        if (!isQualifiedNamePart(name)) {
            return Optional.of("name part " + NAME_RULE);
        }
        return Optional.empty();
    }

    /** Why {@code value} is not a valid label value, or empty if it is valid (the empty string is valid). */
    static Optional<String> valueProblem(String value) {
        if (value == null) {
            return Optional.of("label value must not be null");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            return Optional.of("a label value must be no more than " + MAX_VALUE_LENGTH + " characters");
        }
        if (!value.isEmpty() && !isQualifiedNamePart(value)) {
            return Optional.of("a label value must be empty or " + NAME_RULE);
        }
        return Optional.empty();
    }

    private static boolean isQualifiedNamePart(String s) {
        if (!isAlphanumeric(s.charAt(0)) || !isAlphanumeric(s.charAt(s.length() - 1))) {
            return false;
        }
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (!isAlphanumeric(c) && c != '-' && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDnsSubdomain(String s) {
        int start = 0;
        while (true) {
            int dot = s.indexOf('.', start);
            int end = dot < 0 ? s.length() : dot;
            if (!isDnsLabel(s, start, end)) {
                return false;
            }
            if (dot < 0) {
                return true;
            }
            start = dot + 1;
        }
    }

    private static boolean isDnsLabel(String s, int start, int end) {
        if (end <= start || !isLowerAlphanumeric(s.charAt(start)) || !isLowerAlphanumeric(s.charAt(end - 1))) {
            return false;
        }
        for (int i = start + 1; i < end - 1; i++) {
            char c = s.charAt(i);
            if (!isLowerAlphanumeric(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isLowerAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
