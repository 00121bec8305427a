package io.kube4j.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the suite (or some of it) with JMH, one fork per benchmark, {@code -prof gc} on, and prints a
 * markdown report: every score with its ratio to the floors measured in the same run, and the targets.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--short] [--only decode,pod,encode,list,watch,sync,heap] [--out FILE]
 * </pre>
 * For anything else (profilers, other parameters) use JMH directly:
 * {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main DecodeBenchmark -prof jfr}.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        boolean shortRun = false;
        Set<Suite> suites = EnumSet.allOf(Suite.class);
        Path out = Path.of("benchmark-results.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--short" -> shortRun = true;
                case "--full" -> shortRun = false;
                case "--only" -> suites = parseSuites(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: [--short|--full] [--only decode,pod,encode,list,watch,sync,heap] [--out FILE]");
                    System.exit(2);
                }
            }
        }
        double loadBefore = load();
        Instant start = Instant.now();
        List<RunResult> results = new ArrayList<>();
        for (Suite suite : suites) {
            ChainedOptionsBuilder b = new OptionsBuilder().forks(1).addProfiler(GCProfiler.class)
                    .timeout(TimeValue.minutes(15)).shouldFailOnError(true);
            results.addAll(new Runner(suite.configure(b, shortRun).build()).run());
        }
        String header = String.format(Locale.ROOT,
                "Run: %s mode, %s .. %s, %d cores, load average %.2f before / %.2f after, %s %s%n",
                shortRun ? "short" : "full", start, Instant.now(), Runtime.getRuntime().availableProcessors(),
                loadBefore, load(), System.getProperty("java.vm.name"), System.getProperty("java.version"));
        String report = header + "\n" + new Report(results).render();
        System.out.println();
        System.out.println(report);
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println("written to " + out.toAbsolutePath());
    }

    private static Set<Suite> parseSuites(String list) {
        Set<Suite> out = EnumSet.noneOf(Suite.class);
        for (String s : list.split(",")) {
            out.add(Suite.valueOf(s.trim().toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
