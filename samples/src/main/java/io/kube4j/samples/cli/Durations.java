package io.kube4j.samples.cli;

/** Durations on the command line: {@code 30} or {@code 30s}, {@code 5m}, {@code 1h}. */
public final class Durations {
    private Durations() {
    }

    /** The duration in whole seconds (positive). @throws UsageException for anything else */
    public static long seconds(String duration) {
        try {
            char unit = duration.charAt(duration.length() - 1);
            long multiplier = switch (unit) {
                case 's' -> 1;
                case 'm' -> 60;
                case 'h' -> 3600;
                default -> 0;
            };
            long n = Long.parseLong(multiplier == 0 ? duration : duration.substring(0, duration.length() - 1));
            if (n <= 0) {
                throw new NumberFormatException("not positive");
            }
            return n * Math.max(1, multiplier);
        } catch (RuntimeException e) {
            throw new UsageException("invalid duration \"" + duration + "\": use e.g. 30s, 5m or 1h");
        }
    }
}
