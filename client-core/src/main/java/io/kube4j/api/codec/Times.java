package io.kube4j.api.codec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Kubernetes' two timestamp formats. {@code meta.v1.Time} is written as RFC 3339 in UTC with whole seconds
 * ({@code 2006-01-02T15:04:05Z}); {@code meta.v1.MicroTime} with exactly six fraction digits
 * ({@code 2006-01-02T15:04:05.000000Z}). Extra precision is truncated, as Go does. Reading accepts any
 * RFC 3339 timestamp: {@code T} or {@code t}, 0-9 fraction digits, {@code Z}/{@code z} or a numeric offset.
 * Hand-written because timestamps occur in every object and {@code DateTimeFormatter} allocates heavily.
 */
public final class Times {
    private Times() {
    }

    /** Formats as {@code meta.v1.Time}: {@code yyyy-MM-ddTHH:mm:ssZ}, UTC, fraction truncated. */
    public static String formatTime(Instant t) {
        StringBuilder out = new StringBuilder(20);
        appendDateTime(t.getEpochSecond(), out);
        return out.append('Z').toString();
    }

    /** Formats as {@code meta.v1.MicroTime}: {@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ}, UTC, truncated to microseconds. */
    public static String formatMicroTime(Instant t) {
        StringBuilder out = new StringBuilder(27);
        appendDateTime(t.getEpochSecond(), out);
        out.append('.');
        pad(t.getNano() / 1000, 6, out);
        return out.append('Z').toString();
    }

    private static void appendDateTime(long epochSecond, StringBuilder out) {
        LocalDateTime dt = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        int year = dt.getYear();
        if (year < 0 || year > 9999) {
            throw new DateTimeException("year outside RFC 3339's range 0000-9999: " + year);
        }
        pad(year, 4, out);
        out.append('-');
        pad(dt.getMonthValue(), 2, out);
        out.append('-');
        pad(dt.getDayOfMonth(), 2, out);
        out.append('T');
        pad(dt.getHour(), 2, out);
        out.append(':');
        pad(dt.getMinute(), 2, out);
        out.append(':');
        pad(dt.getSecond(), 2, out);
    }

    private static void pad(int value, int width, StringBuilder out) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }

    /**
     * Parses an RFC 3339 timestamp.
     *
     * @throws DateTimeException with a short reason when {@code text} is not RFC 3339
     */
    public static Instant parse(String text) {
        int n = text.length();
        if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            throw new DateTimeException("not an RFC 3339 timestamp");
        }
        char sep = text.charAt(10);
        if (sep != 'T' && sep != 't') {
            throw new DateTimeException("not an RFC 3339 timestamp (missing 'T')");
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (hour > 23 || minute > 59 || second > 59) {
            throw new DateTimeException("time of day out of range");
        }
        int i = 19;
        int nanos = 0;
        if (text.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(text.charAt(i))) {
                if (i - start < 9) {
                    nanos = nanos * 10 + (text.charAt(i) - '0');
                }
                i++;
            }
            int count = i - start;
            if (count == 0) {
                throw new DateTimeException("empty fraction of a second");
            }
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
        }
        if (i >= n) {
            throw new DateTimeException("missing time zone offset");
        }
        int offsetSeconds;
        char z = text.charAt(i);
        if ((z == 'Z' || z == 'z') && i + 1 == n) {
            offsetSeconds = 0;
        } else if ((z == '+' || z == '-') && i + 6 == n && text.charAt(i + 3) == ':') {
            int oh = digits(text, i + 1, 2);
            int om = digits(text, i + 4, 2);
            if (oh > 23 || om > 59) {
                throw new DateTimeException("time zone offset out of range");
            }
            offsetSeconds = (oh * 3600 + om * 60) * (z == '-' ? -1 : 1);
        } else {
            throw new DateTimeException("malformed time zone offset");
        }
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            throw new DateTimeException("date out of range");
        }
        long seconds = epochDay(year, month, day) * 86400 + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static int daysInMonth(int year, int month) {
        if (month == 2) {
            return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date, without allocating a LocalDate. */
    static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                throw new DateTimeException("not an RFC 3339 timestamp");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
