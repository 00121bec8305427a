package io.kube4j.client.internal.http;

import io.kube4j.client.internal.tls.HostnameMatcher;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code NO_PROXY} with Go's rules: comma-separated entries; {@code *} matches everything; an IP or CIDR
 * matches addresses; {@code example.com} matches the domain and its subdomains, {@code .example.com} (or
 * {@code *.example.com}) only subdomains; an optional {@code :port} restricts an entry to one port.
 * {@code localhost} and loopback addresses never use a proxy.
 */
final class NoProxy {
    private record Rule(String domain, boolean matchBare, byte[] ip, byte[] cidr, int prefix, int port) {
    }

    private final boolean all;
    private final List<Rule> rules;

    private NoProxy(boolean all, List<Rule> rules) {
        this.all = all;
        this.rules = rules;
    }

    static NoProxy parse(String value) {
        List<Rule> rules = new ArrayList<>();
        boolean all = false;
        if (value != null) {
            for (String raw : value.split(",")) {
                String p = raw.strip().toLowerCase(Locale.ROOT);
                if (p.isEmpty()) {
                    continue;
                }
                if (p.equals("*")) {
                    all = true;
                    continue;
                }
                int slash = p.indexOf('/');
                if (slash > 0) {
                    byte[] net = ip(p.substring(0, slash));
                    try {
                        int prefix = Integer.parseInt(p.substring(slash + 1));
                        if (net != null && prefix >= 0 && prefix <= net.length * 8) {
                            rules.add(new Rule(null, false, null, net, prefix, -1));
                        }
                    } catch (NumberFormatException ignored) {
                        // not a CIDR: ignored, as Go ignores entries it cannot parse
                    }
                    continue;
                }
                String host = p;
                int port = -1;
                int colon = p.lastIndexOf(':');
                if (colon > 0 && p.indexOf(':') == colon || (p.startsWith("[") && p.contains("]:"))) {
                    try {
                        port = Integer.parseInt(p.substring(colon + 1));
                        host = p.substring(0, colon);
                    } catch (NumberFormatException ignored) {
                        port = -1;
                    }
                }
                if (host.startsWith("[") && host.endsWith("]")) {
                    host = host.substring(1, host.length() - 1);
                }
                byte[] addr = ip(host);
                if (addr != null) {
                    rules.add(new Rule(null, false, addr, null, 0, port));
                    continue;
                }
                if (host.startsWith("*.")) {
                    host = host.substring(1);
                }
                boolean matchBare = !host.startsWith(".");
                rules.add(new Rule(matchBare ? "." + host : host, matchBare, null, null, 0, port));
            }
        }
        return new NoProxy(all, List.copyOf(rules));
    }

    /** True when requests to {@code host:port} must go direct. */
    boolean bypass(String host, int port) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        byte[] addr = ip(h);
        if (h.equals("localhost") || (addr != null && isLoopback(addr))) {
            return true;
        }
        if (all) {
            return true;
        }
        for (Rule r : rules) {
            if (r.port() >= 0 && r.port() != port) {
                continue;
            }
            if (r.cidr() != null) {
                if (addr != null && inCidr(addr, r.cidr(), r.prefix())) {
                    return true;
                }
            } else if (r.ip() != null) {
                if (addr != null && java.util.Arrays.equals(addr, r.ip())) {
                    return true;
                }
            } else if (h.endsWith(r.domain()) || (r.matchBare() && h.equals(r.domain().substring(1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLoopback(byte[] a) {
        if (a.length == 4) {
            return a[0] == 127;
        }
        for (int i = 0; i < 15; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return a[15] == 1;
    }

    private static boolean inCidr(byte[] addr, byte[] net, int prefix) {
        if (addr.length != net.length) {
            return false;
        }
        BigInteger mask = BigInteger.ONE.shiftLeft(addr.length * 8).subtract(BigInteger.ONE)
                .shiftRight(prefix).not();
        BigInteger a = new BigInteger(1, addr).and(mask);
        BigInteger n = new BigInteger(1, net).and(mask);
        return a.equals(n);
    }

    /** IP literal bytes, or null; never resolves a name. */
    static byte[] ip(String s) {
        return HostnameMatcher.ipLiteral(s);
    }
}
