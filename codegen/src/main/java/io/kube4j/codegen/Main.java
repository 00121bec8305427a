package io.kube4j.codegen;

import io.kube4j.codegen.crd.CrdCodegen;
import io.kube4j.codegen.spec.SpecLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Command line, two modes.
 * <ul>
 *   <li>{@code Main --spec <swagger.json> --core <client-core dir> --typed <client-typed dir>}: replaces each
 *   module's {@code src/generated/java} tree (stale files are deleted) and writes the model fixtures for tests
 *   to {@code src/test/resources/io/kube4j/api/generated-fixtures.jsonl}.</li>
 *   <li>{@code Main crd --input <file|dir> [--input ...] --package <java package> --output <dir> [--clean]}:
 *   models, codecs and typed clients of CustomResourceDefinitions (see {@link CrdCodegen}).</li>
 * </ul>
 * Errors are thrown ({@link Cli} turns them into a message and an exit code).
 */
public final class Main {
    static final String SOURCES = "src/generated/java";
    static final String FIXTURES = "src/test/resources/io/kube4j/api/generated-fixtures.jsonl";

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("crd")) {
            crd(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Path spec = null;
        Path core = null;
        Path typed = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--spec": spec = Path.of(require(value, "--spec")); i++; break;
                case "--core": core = Path.of(require(value, "--core")); i++; break;
                case "--typed": typed = Path.of(require(value, "--typed")); i++; break;
                default: throw usage("unknown argument " + args[i]);
            }
        }
        if (spec == null || core == null || typed == null) {
            throw usage("--spec, --core and --typed are required");
        }
        long start = System.nanoTime();
        Generator.Output out = Generator.generate(SpecLoader.load(spec));
        replaceTree(core.resolve(SOURCES), out.core());
        replaceTree(typed.resolve(SOURCES), out.typed());
        write(core.resolve(FIXTURES), Generator.fixtures(out, true));
        write(typed.resolve(FIXTURES), Generator.fixtures(out, false));
        System.out.printf("kube4j-codegen: %d models (%d files in %s, %d in %s) in %d ms%n",
                out.coreModels().size() + out.typedModels().size(), out.core().size(), core.toAbsolutePath().normalize(),
                out.typed().size(), typed.toAbsolutePath().normalize(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The {@code crd} command. */
    static void crd(String[] args) {
        List<Path> inputs = new ArrayList<>();
        String pkg = null;
        Path output = null;
        boolean clean = false;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--input": inputs.add(Path.of(requireCrd(value, "--input"))); i++; break;
                case "--package": pkg = requireCrd(value, "--package"); i++; break;
                case "--output": output = Path.of(requireCrd(value, "--output")); i++; break;
                case "--clean": clean = true; break;
                default: throw crdUsage("unknown argument " + args[i]);
            }
        }
        if (inputs.isEmpty() || pkg == null || output == null) {
            throw crdUsage("--input, --package and --output are required");
        }
        CrdCodegen.Summary summary = CrdCodegen.run(inputs, pkg, output, clean);
        System.out.println("kube4j-codegen: " + summary + " in " + output.toAbsolutePath().normalize());
    }

    private static String requireCrd(String value, String flag) {
        if (value == null) {
            throw crdUsage(flag + " needs a value");
        }
        return value;
    }

    static IllegalArgumentException crdUsage(String problem) {
        return new IllegalArgumentException(problem + "\nusage: kube4j-codegen crd --input <crd.yaml|dir> [--input ...]"
                + " --package <java package> --output <dir> [--clean]");
    }

    private static String require(String value, String flag) {
        if (value == null) {
            throw usage(flag + " needs a value");
        }
        return value;
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem
                + "\nusage: Main --spec <swagger.json> --core <client-core dir> --typed <client-typed dir>");
    }

    /** Deletes {@code root} and writes {@code files} (relative paths) under it. */
    static void replaceTree(Path root, SortedMap<String, String> files) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            write(root.resolve(e.getKey()), e.getValue());
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
