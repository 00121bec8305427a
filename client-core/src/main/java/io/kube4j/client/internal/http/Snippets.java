package io.kube4j.client.internal.http;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Makes pieces of server input safe to put in exception messages: short, one line, no credentials. */
public final class Snippets {
    private static final Pattern AUTH = Pattern.compile("(?i)\\b(bearer|basic)\\s+[^\\s\"',;]+");
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "(?i)(\"[^\"]*(token|password|passwd|secret|key|cert|credential|auth)[^\"]*\"\\s*:\\s*)\"[^\"]*\"?");
    private static final Pattern DATA_OBJECT = Pattern.compile("(\"(data|stringData|binaryData)\"\\s*:\\s*)\\{[^}]*}?");
    private static final Set<String> DATA_FIELDS = Set.of("data", "stringdata", "binarydata");
    private static final String[] SECRET_WORDS = {"token", "password", "passwd", "secret", "key", "cert", "credential"};

    private Snippets() {
    }

    /** One line, at most {@code max} characters, credentials and secret-looking values redacted. */
    public static String sanitize(String text, int max) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text.replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
        s = AUTH.matcher(s).replaceAll("$1 <redacted>");
        s = DATA_OBJECT.matcher(s).replaceAll("$1{<redacted>}");
        s = SECRET_VALUE.matcher(s).replaceAll("$1\"<redacted>\"");
        if (s.length() > max) {
            s = s.substring(0, max) + "...";
        }
        return s;
    }

    /** True when a JSON path (or a type name) has a segment that suggests secret material. */
    public static boolean mayHoldSecrets(String jsonPathOrTypeName) {
        for (String segment : jsonPathOrTypeName.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (DATA_FIELDS.contains(segment)) {
                return true;
            }
            for (String word : SECRET_WORDS) {
                if (segment.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }
}
