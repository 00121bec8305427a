package io.kube4j.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Renders JMH results as markdown: per benchmark class, each score with its ratios to the floors of the
 * same class and parameters (same run), allocation per op from {@code -prof gc}, and the targets.
 */
final class Report {
    private static final String READ_TREE = "floorReadTree";
    private static final String TOKENS = "floorTokenLoop";

    /** class → (method + params) → result, in run order. */
    private final Map<String, Map<String, RunResult>> byClass = new LinkedHashMap<>();

    Report(List<RunResult> results) {
        for (RunResult r : results) {
            String full = r.getParams().getBenchmark();
            String method = full.substring(full.lastIndexOf('.') + 1);
            String cls = full.substring(0, full.lastIndexOf('.'));
            cls = cls.substring(cls.lastIndexOf('.') + 1);
            byClass.computeIfAbsent(cls, k -> new LinkedHashMap<>()).put(key(method, params(r)), r);
        }
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Map<String, RunResult>> c : byClass.entrySet()) {
            sb.append("### ").append(c.getKey()).append("\n\n");
            sb.append("| benchmark | params | score | ± | unit | × readTree | × token loop | alloc/op | notes |\n");
            sb.append("|---|---|---:|---:|---|---:|---:|---:|---|\n");
            for (RunResult r : c.getValue().values()) {
                row(sb, c.getKey(), r);
            }
            sb.append('\n');
        }
        sb.append(new Targets(this).render());
        return sb.toString();
    }

    private void row(StringBuilder sb, String cls, RunResult r) {
        String method = method(r);
        String params = params(r);
        Result<?> p = r.getPrimaryResult();
        sb.append("| ").append(method).append(" | ").append(params.isEmpty() ? "-" : params)
                .append(" | ").append(num(p.getScore())).append(" | ").append(num(p.getScoreError()))
                .append(" | ").append(p.getScoreUnit())
                .append(" | ").append(ratioText(ratio(cls, method, params, READ_TREE)))
                .append(" | ").append(ratioText(ratio(cls, method, params, TOKENS)))
                .append(" | ").append(alloc(r))
                .append(" | ").append(notes(cls, method, params, r)).append(" |\n");
    }

    private String notes(String cls, String method, String params, RunResult r) {
        List<String> notes = new ArrayList<>();
        Double decodeAlone = ratio(cls, method, params, "decodeAlone");
        if (decodeAlone != null && !method.equals("decodeAlone") && !method.startsWith("floor")) {
            notes.add(String.format(Locale.ROOT, "%.2f× decodeAlone", decodeAlone));
        }
        if (cls.equals("WatchBenchmark")) {
            notes.add(String.format(Locale.ROOT, "%,.0f events/s", 1e6 / r.getPrimaryResult().getScore()));
        }
        if ((cls.equals("DecodeBenchmark") && params.startsWith("pods=")) || cls.equals("PodDecodeBenchmark")) {
            double perPod = allocBytes(r) / (params.startsWith("pods=") ? Integer.parseInt(params.substring(5)) : 1);
            Double vsTree = allocRatio(cls, method, params);
            notes.add(String.format(Locale.ROOT, "%,.0f B/pod allocated (%.2f× readTree's)", perPod,
                    vsTree == null ? Double.NaN : vsTree));
        }
        Result<?> gcTime = r.getSecondaryResults().get("gc.time");
        Result<?> gcCount = r.getSecondaryResults().get("gc.count");
        if (gcTime != null && gcCount != null && !cls.equals("InformerHeapBenchmark")) {
            notes.add(String.format(Locale.ROOT, "GC %.0f ms in %.0f pauses while measured", gcTime.getScore(), gcCount.getScore()));
        }
        Result<?> heap = r.getSecondaryResults().get("heapPerPod");
        if (heap != null) {
            notes.add(String.format(Locale.ROOT, "heap %,.0f B/pod, JSON %,.0f B/pod: **%.2f× JSON**",
                    heap.getScore(), secondary(r, "jsonPerPod"), secondary(r, "heapToJson")));
        }
        return String.join("; ", notes);
    }

    // --- lookups used by Targets -------------------------------------------------------------------------

    RunResult find(String cls, String method, String params) {
        Map<String, RunResult> m = byClass.get(cls);
        return m == null ? null : m.get(key(method, params));
    }

    /**
     * score(method) / score(base), same class and params; null if either is missing. Encode and list
     * benchmarks run on DecodeBenchmark's bytes, so without floors of their own they use its floors.
     */
    Double ratio(String cls, String method, String params, String base) {
        RunResult a = find(cls, method, params);
        RunResult b = find(cls, base, params);
        if (b == null && base.startsWith("floor") && (cls.equals("EncodeBenchmark") || cls.equals("ListBenchmark"))) {
            b = find("DecodeBenchmark", base, params);
        }
        if (a == null || b == null) {
            return null;
        }
        return a.getPrimaryResult().getScore() / b.getPrimaryResult().getScore();
    }

    Double allocRatio(String cls, String method, String params) {
        RunResult a = find(cls, method, params);
        RunResult b = find(cls, READ_TREE, params);
        if (a == null || b == null || Double.isNaN(allocBytes(a)) || Double.isNaN(allocBytes(b))) {
            return null;
        }
        return allocBytes(a) / allocBytes(b);
    }

    static double allocBytes(RunResult r) {
        Result<?> norm = r.getSecondaryResults().get("gc.alloc.rate.norm");
        return norm == null ? Double.NaN : norm.getScore();
    }

    static double secondary(RunResult r, String name) {
        Result<?> s = r == null ? null : r.getSecondaryResults().get(name);
        return s == null ? Double.NaN : s.getScore();
    }

    private static String alloc(RunResult r) {
        double b = allocBytes(r);
        if (Double.isNaN(b)) {
            return "-";
        }
        return b >= 1e6 ? String.format(Locale.ROOT, "%,.1f MB", b / 1e6) : String.format(Locale.ROOT, "%,.1f KB", b / 1e3);
    }

    static String method(RunResult r) {
        String full = r.getParams().getBenchmark();
        return full.substring(full.lastIndexOf('.') + 1);
    }

    static String params(RunResult r) {
        List<String> kv = new ArrayList<>();
        for (String k : r.getParams().getParamsKeys()) {
            kv.add(k + "=" + r.getParams().getParam(k));
        }
        return String.join(",", kv);
    }

    private static String key(String method, String params) {
        return method + "|" + params;
    }

    static String ratioText(Double r) {
        return r == null ? "-" : String.format(Locale.ROOT, "%.2f×", r);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, v >= 100 ? "%,.1f" : "%.3f", v);
    }
}
