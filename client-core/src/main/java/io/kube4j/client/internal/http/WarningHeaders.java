package io.kube4j.client.internal.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses RFC 7234 {@code Warning} header values ({@code 299 - "text" ["date"]}, comma-separated). Like
 * client-go only code 299 is reported; a value kube4j cannot parse is reported as it is, not dropped.
 */
public final class WarningHeaders {
    private WarningHeaders() {
    }

    /** The warning texts of all given header values, in order. */
    public static List<String> parse(List<String> headerValues) {
        List<String> out = new ArrayList<>();
        for (String value : headerValues) {
            parseOne(value, out);
        }
        return out;
    }

    private static void parseOne(String value, List<String> out) {
        int i = 0;
        int n = value.length();
        while (true) {
            while (i < n && (value.charAt(i) == ' ' || value.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                return;
            }
            int start = i;
            int codeEnd = value.indexOf(' ', i);
            int agentEnd = codeEnd < 0 ? -1 : value.indexOf(' ', codeEnd + 1);
            if (agentEnd < 0 || agentEnd + 1 >= n || value.charAt(agentEnd + 1) != '"') {
                out.add(value.substring(start).trim());
                return;
            }
            String code = value.substring(start, codeEnd);
            StringBuilder text = new StringBuilder();
            i = agentEnd + 2;
            boolean closed = false;
            while (i < n) {
                char c = value.charAt(i++);
                if (c == '\\' && i < n) {
                    text.append(value.charAt(i++));
                } else if (c == '"') {
                    closed = true;
                    break;
                } else {
                    text.append(c);
                }
            }
            if (!closed) {
                out.add(value.substring(start).trim());
                return;
            }
            if (code.equals("299")) {
                out.add(text.toString());
            }
            i = skipDate(value, i);
        }
    }

    // An optional quoted warn-date after the text.
    private static int skipDate(String value, int i) {
        int j = i;
        while (j < value.length() && value.charAt(j) == ' ') {
            j++;
        }
        if (j < value.length() && value.charAt(j) == '"') {
            int end = value.indexOf('"', j + 1);
            return end < 0 ? value.length() : end + 1;
        }
        return i;
    }
}
