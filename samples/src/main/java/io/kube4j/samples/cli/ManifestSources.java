package io.kube4j.samples.cli;

import io.kube4j.dynamic.Unstructured;
import io.kube4j.dynamic.manifest.Manifest;
import io.kube4j.dynamic.manifest.ManifestObject;
import io.kube4j.dynamic.manifest.Manifests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * kubectl's {@code -f}: a file, a directory (its {@code .json}, {@code .yaml} and {@code .yml} files in name
 * order, not recursive) or {@code -} for standard input; each read into a {@link Manifest}.
 */
final class ManifestSources {
    private ManifestSources() {
    }

    /** One manifest per file, in order. @throws UsageException when no -f is given or a path does not exist */
    static List<Manifest> read(List<String> filenames, Console console) {
        if (filenames.isEmpty()) {
            throw new UsageException("must specify one of -f and -k");
        }
        List<Manifest> manifests = new ArrayList<>();
        for (String f : filenames) {
            if (f.equals("-")) {
                try {
                    manifests.add(Manifests.read(new String(console.in().readAllBytes(), StandardCharsets.UTF_8),
                            "STDIN"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                continue;
            }
            Path path = Paths.get(f);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(p -> p.toString().matches(".*\\.(json|yaml|yml)$")).sorted()
                            .forEach(p -> manifests.add(Manifests.read(p)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(path)) {
                manifests.add(Manifests.read(path));
            } else {
                throw new UsageException("the path \"" + f + "\" does not exist");
            }
        }
        return manifests;
    }

    /**
     * kubectl's rule with an explicit {@code -n}: an object naming another namespace is an error.
     *
     * @throws UsageException naming the first such object
     */
    static void checkNamespaces(List<Manifest> manifests, Session session) {
        if (!session.explicitNamespace()) {
            return;
        }
        for (Manifest m : manifests) {
            for (ManifestObject o : m.objects()) {
                Unstructured u = o.object();
                if (u.namespace() != null && !u.namespace().isEmpty() && !u.namespace().equals(session.namespace())) {
                    throw new UsageException("the namespace from the provided object \"" + u.namespace() + "\" does "
                            + "not match the namespace \"" + session.namespace() + "\". You must pass '--namespace="
                            + u.namespace() + "' to perform this operation.");
                }
            }
        }
    }
}
