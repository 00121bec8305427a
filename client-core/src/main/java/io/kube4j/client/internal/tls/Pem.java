package io.kube4j.client.internal.tls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits PEM text into blocks ({@code -----BEGIN TYPE-----} … {@code -----END TYPE-----}). Text outside
 * blocks is ignored, as Go's {@code pem.Decode} does. RFC 1421 headers ({@code Proc-Type}, {@code DEK-Info})
 * are kept so callers can reject encrypted keys.
 */
public final class Pem {
    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";

    /** One decoded block. {@code der} is a fresh array. */
    public record Block(String type, Map<String, String> headers, byte[] der) {
        /** True when RFC 1421 headers say the body is encrypted. */
        public boolean encrypted() {
            String procType = headers.get("proc-type");
            return procType != null && procType.toUpperCase(Locale.ROOT).contains("ENCRYPTED");
        }
    }

    private Pem() {
    }

    /** Decodes every block of {@code pem}; an empty list when there is none. */
    public static List<Block> decode(byte[] pem) throws PemException {
        String text = new String(pem, StandardCharsets.ISO_8859_1);
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i].strip();
            i++;
            if (!line.startsWith(BEGIN) || !line.endsWith(DASHES) || line.length() < BEGIN.length() + DASHES.length()) {
                continue;
            }
            String type = line.substring(BEGIN.length(), line.length() - DASHES.length());
            String endLine = END + type + DASHES;
            Map<String, String> headers = new TreeMap<>();
            StringBuilder body = new StringBuilder();
            boolean ended = false;
            boolean inHeaders = true;
            while (i < lines.length) {
                String l = lines[i].strip();
                i++;
                if (l.equals(endLine)) {
                    ended = true;
                    break;
                }
                if (l.startsWith(END) || l.startsWith(BEGIN)) {
                    throw new PemException("malformed PEM: block " + type + " is not closed by " + endLine);
                }
                int colon = l.indexOf(':');
                if (inHeaders && colon > 0) {
                    headers.put(l.substring(0, colon).strip().toLowerCase(Locale.ROOT), l.substring(colon + 1).strip());
                    continue;
                }
                inHeaders = false;
                body.append(l);
            }
            if (!ended) {
                throw new PemException("malformed PEM: block " + type + " has no END line");
            }
            byte[] der;
            try {
                der = Base64.getDecoder().decode(body.toString());
            } catch (IllegalArgumentException e) {
                throw new PemException("malformed PEM: the body of block " + type + " is not valid base64");
            }
            blocks.add(new Block(type, headers, der));
        }
        return blocks;
    }
}
