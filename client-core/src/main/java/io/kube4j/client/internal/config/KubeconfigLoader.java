package io.kube4j.client.internal.config;

import io.kube4j.client.Config;
import io.kube4j.client.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads kubeconfig files or text, merges several with client-go's rules and resolves a context. */
public final class KubeconfigLoader {
    private KubeconfigLoader() {
    }

    /** Files named explicitly: each must exist. */
    public static Config fromFiles(List<Path> files, String context) {
        List<KubeconfigDocument> docs = new ArrayList<>();
        for (Path f : files) {
            if (!Files.exists(f)) {
                throw new ConfigException("kubeconfig " + f + ": file does not exist");
            }
            docs.add(read(f));
        }
        MergedKubeconfig merged = new MergedKubeconfig(docs);
        if (merged.isEmpty()) {
            throw new ConfigException(merged.label() + ": empty (no clusters, users or contexts)");
        }
        return ContextResolver.resolve(merged, context);
    }

    public static Config fromYaml(String yaml, String context) {
        if (yaml == null) {
            throw new ConfigException("kubeconfig (inline YAML): null text");
        }
        MergedKubeconfig merged = new MergedKubeconfig(List.of(KubeconfigDocument.parse(yaml, null)));
        if (merged.isEmpty()) {
            throw new ConfigException(merged.label() + ": empty (no clusters, users or contexts)");
        }
        return ContextResolver.resolve(merged, context);
    }

    /** Parses and merges existing files, without resolving; for auto-detection. */
    static MergedKubeconfig merge(List<Path> existingFiles) {
        List<KubeconfigDocument> docs = new ArrayList<>();
        for (Path f : existingFiles) {
            docs.add(read(f));
        }
        return new MergedKubeconfig(docs);
    }

    static KubeconfigDocument read(Path file) {
        if (Files.isDirectory(file)) {
            throw new ConfigException("kubeconfig " + file + ": is a directory, not a file");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("kubeconfig " + file + ": cannot read: " + e, e);
        }
        return KubeconfigDocument.parse(text, file);
    }
}
