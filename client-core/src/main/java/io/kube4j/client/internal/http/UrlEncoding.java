package io.kube4j.client.internal.http;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as the API server (Go's net/url) decodes it. Query components keep only RFC 3986
 * unreserved characters, so label selectors such as {@code app in (a,b),!x} survive intact; path
 * segments also keep sub-delimiters, {@code :} and {@code @} (e.g. {@code system:node:n1}).
 */
public final class UrlEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final String PATH_EXTRA = "!$&'()*+,;=:@";

    private UrlEncoding() {
    }

    /** Encodes a query parameter name or value. */
    public static String query(String s) {
        return encode(s, false);
    }

    /** Encodes one path segment (a {@code /} inside it is encoded too). */
    public static String pathSegment(String s) {
        return encode(s, true);
    }

    private static String encode(String s, boolean path) {
        int i = 0;
        while (i < s.length() && keep(s.charAt(i), path)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (byte b : s.substring(i).getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && keep(c, path)) {
                sb.append(c);
            } else {
                sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return sb.toString();
    }

    private static boolean keep(char c, boolean path) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~'
                || (path && PATH_EXTRA.indexOf(c) >= 0);
    }
}
