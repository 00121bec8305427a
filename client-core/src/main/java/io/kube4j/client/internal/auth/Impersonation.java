package io.kube4j.client.internal.auth;

import io.kube4j.client.Config;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;

/** The {@code Impersonate-*} headers of a config (kubectl's {@code --as}, {@code --as-group}, …). */
final class Impersonation {
    private final String user;
    private final String uid;
    private final List<String> groups;
    private final Map<String, List<String>> extra;

    Impersonation(Config config) {
        this.user = config.impersonateUser();
        this.uid = config.impersonateUid();
        this.groups = config.impersonateGroups();
        this.extra = config.impersonateExtra();
    }

    boolean isEmpty() {
        return user == null || user.isEmpty();
    }

    Headers apply(Headers headers) {
        if (isEmpty()) {
            return headers;
        }
        // Values may be non-ASCII (user names); Go sends them as UTF-8 bytes, so allow them here too.
        Headers.Builder b = headers.newBuilder().removeAll("Impersonate-User").addUnsafeNonAscii("Impersonate-User", user);
        if (uid != null && !uid.isEmpty()) {
            b.addUnsafeNonAscii("Impersonate-Uid", uid);
        }
        for (String g : groups) {
            b.addUnsafeNonAscii("Impersonate-Group", g);
        }
        extra.forEach((k, values) -> values.forEach(v -> b.addUnsafeNonAscii("Impersonate-Extra-" + escapeKey(k), v)));
        return b.build();
    }

    /** Percent-encodes every byte that is not a legal header-name character, and '%' itself (client-go's rule). */
    static String escapeKey(String key) {
        StringBuilder sb = new StringBuilder();
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c != '%' && isTokenChar(c)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    private static boolean isTokenChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
}
