package io.kube4j.benchmarks;

import java.util.Locale;
import org.openjdk.jmh.results.RunResult;

/** The targets, checked against ratios measured in one run. */
final class Targets {
    private final Report report;
    private final StringBuilder sb = new StringBuilder();

    Targets(Report report) {
        this.report = report;
    }

    String render() {
        sb.append("### Targets (ratios from this run)\n\n| target | measured | limit | met |\n|---|---:|---:|---|\n");
        String p = "pods=10000";
        atMost("typed decode time / readTree", report.ratio("DecodeBenchmark", "typed", p, "floorReadTree"), 0.6);
        atMost("Unstructured decode time / readTree",
                report.ratio("DecodeBenchmark", "unstructured", p, "floorReadTree"), 1.0);
        atMost("allocation per decoded pod (typed) / readTree's",
                report.allocRatio("DecodeBenchmark", "typed", p), 0.7);
        atLeast("single-pod decode: readTree time / typed time (no target; for scale)",
                report.ratio("PodDecodeBenchmark", "floorReadTree", "", "typed"), Double.NaN);
        Double informer = report.ratio("WatchBenchmark", "floorReadTree", "", "informer");
        atLeast("informer handler events/s / readTree loop's", informer, 0.8);
        atLeast("the same with a 1 GB young generation (-Xmn1g; no target; JVM tuning)",
                report.ratio("WatchBenchmark", "floorReadTree", "", "informerYoungGen1g"), Double.NaN);
        Double watch = report.ratio("WatchBenchmark", "floorReadTree", "", "watch");
        atLeast("Watch<Pod> events/s / readTree loop's (no target; for scale)", watch, Double.NaN);
        for (String pods : new String[] {"10000", "50000"}) {
            heap("informer heap / JSON, managedFields kept, " + pods + " pods", "heapKeepManagedFields", pods, 2.1);
            heap("informer heap / JSON, managedFields stripped, " + pods + " pods", "heapStripManagedFields", pods,
                    1.4);
        }
        atMost("list() unpaged over HTTP / decode alone", report.ratio("ListBenchmark", "listUnpaged", p,
                "decodeAlone"), 1.2);
        atMost("list() paged (500) over HTTP / decode alone", report.ratio("ListBenchmark", "listPaged", p,
                "decodeAlone"), 1.2);
        return sb.toString();
    }

    private void heap(String what, String method, String pods, double limit) {
        RunResult r = report.find("InformerHeapBenchmark", method, "pods=" + pods);
        atMost(what, r == null ? null : Report.secondary(r, "heapToJson"), limit);
    }

    private void atMost(String what, Double measured, double limit) {
        line(what, measured, "≤ " + fmt(limit), measured == null ? null : measured <= limit);
    }

    private void atLeast(String what, Double measured, double limit) {
        line(what, measured, Double.isNaN(limit) ? "-" : "≥ " + fmt(limit),
                measured == null || Double.isNaN(limit) ? null : measured >= limit);
    }

    private void line(String what, Double measured, String limit, Boolean met) {
        sb.append("| ").append(what).append(" | ").append(measured == null ? "not run" : fmt(measured))
                .append(" | ").append(limit).append(" | ")
                .append(met == null ? "-" : met ? "yes" : "**NO**").append(" |\n");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f×", v);
    }
}
