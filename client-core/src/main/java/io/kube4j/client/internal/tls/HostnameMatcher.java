package io.kube4j.client.internal.tls;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a name against a certificate's subject alternative names the way Go's {@code VerifyHostname}
 * does: IP literals against IP SANs; DNS names case-insensitively, a wildcard only as the whole left-most
 * label and matching exactly one label; the subject common name is not consulted.
 */
public final class HostnameMatcher {
    private static final int SAN_DNS = 2;
    private static final int SAN_IP = 7;
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private HostnameMatcher() {
    }

    /** True when {@code cert} is valid for {@code name}. */
    public static boolean matches(String name, X509Certificate cert) {
        String host = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
        byte[] ip = ipLiteral(host);
        Collection<List<?>> sans;
        try {
            sans = cert.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return false;
        }
        if (sans == null) {
            return false;
        }
        for (List<?> san : sans) {
            int type = (Integer) san.get(0);
            Object value = san.get(1);
            if (ip != null && type == SAN_IP && value instanceof String) {
                byte[] sanIp = ipLiteral((String) value);
                if (sanIp != null && java.util.Arrays.equals(normalize(sanIp), normalize(ip))) {
                    return true;
                }
            } else if (ip == null && type == SAN_DNS && value instanceof String && dnsMatches(host, (String) value)) {
                return true;
            }
        }
        return false;
    }

    static boolean dnsMatches(String host, String pattern) {
        String h = trimDot(host).toLowerCase(Locale.ROOT);
        String p = trimDot(pattern).toLowerCase(Locale.ROOT);
        if (h.isEmpty() || p.isEmpty()) {
            return false;
        }
        if (!p.startsWith("*.")) {
            return !p.contains("*") && h.equals(p);
        }
        String suffix = p.substring(1); // ".example.com"
        if (suffix.contains("*") || !h.endsWith(suffix)) {
            return false;
        }
        String first = h.substring(0, h.length() - suffix.length());
        return !first.isEmpty() && !first.contains(".");
    }

    private static String trimDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The address bytes when {@code s} is an IPv4 or IPv6 literal; null for a DNS name. Never resolves names. */
    public static byte[] ipLiteral(String s) {
        var m = IPV4.matcher(s);
        if (m.matches()) {
            byte[] out = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(m.group(i + 1));
                if (octet > 255) {
                    return null;
                }
                out[i] = (byte) octet;
            }
            return out;
        }
        if (s.indexOf(':') >= 0 && s.matches("[0-9A-Fa-f:.]+")) {
            try {
                return InetAddress.getByName(s).getAddress(); // a literal: parsed, not looked up
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return null;
    }

    /** IPv4-mapped IPv6 addresses compare equal to their IPv4 form, as in Go. */
    private static byte[] normalize(byte[] ip) {
        if (ip.length == 16) {
            boolean mapped = ip[10] == (byte) 0xFF && ip[11] == (byte) 0xFF;
            for (int i = 0; i < 10 && mapped; i++) {
                mapped = ip[i] == 0;
            }
            if (mapped) {
                return java.util.Arrays.copyOfRange(ip, 12, 16);
            }
        }
        return ip;
    }
}
