package io.kube4j.codegen.crd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The CRD generator as the CLI and the Maven plugin run it: read CRD files, generate, write the sources.
 * Files whose content is unchanged are not rewritten (their timestamps stay, so incremental builds stay
 * incremental). No network, no Docker.
 */
public final class CrdCodegen {
    /** What a run produced. */
    public record Summary(int crds, int versions, int files, int written) {
        @Override
        public String toString() {
            return crds + " CRD(s), " + versions + " version(s): " + files + " files (" + written + " written)";
        }
    }

    private CrdCodegen() {
    }

    /**
     * Generates the CRDs in {@code inputs} (files, or directories of {@code .yaml/.yml/.json} files) into
     * {@code output}.
     *
     * @param clean delete every other file under {@code output} (only for a directory the generator owns)
     * @throws IllegalArgumentException when the input holds no CRD or a bad one
     */
    public static Summary run(List<Path> inputs, String basePackage, Path output, boolean clean) {
        Objects.requireNonNull(output, "output");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input: give CRD files or directories");
        }
        List<Crd> crds = CrdReader.read(inputs);
        if (crds.isEmpty()) {
            throw new IllegalArgumentException("no apiextensions.k8s.io/v1 CustomResourceDefinition in " + inputs);
        }
        CrdGenerator.Result result = CrdGenerator.generate(crds, basePackage);
        try {
            if (clean) {
                deleteAllBut(output, result.files().keySet());
            }
            int written = 0;
            for (Map.Entry<String, String> e : result.files().entrySet()) {
                Path file = output.resolve(e.getKey());
                byte[] content = e.getValue().getBytes(StandardCharsets.UTF_8);
                if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), content)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                Files.write(file, content);
                written++;
            }
            int versions = crds.stream().mapToInt(c -> c.versions().size()).sum();
            return new Summary(crds.size(), versions, result.files().size(), written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + output, e);
        }
    }

    /** Deletes the files under {@code root} that are not in {@code keep}, then empty directories. */
    private static void deleteAllBut(Path root, java.util.Set<String> keep) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                String rel = root.relativize(p).toString().replace(java.io.File.separatorChar, '/');
                if (Files.isDirectory(p)) {
                    if (!p.equals(root)) {
                        try (Stream<Path> children = Files.list(p)) {
                            if (children.findAny().isEmpty()) {
                                Files.delete(p);
                            }
                        }
                    }
                } else if (!keep.contains(rel)) {
                    Files.delete(p);
                }
            }
        }
    }
}
