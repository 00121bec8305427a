package io.kube4j.client.internal.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Several kubeconfig files merged with client-go's rules: for clusters, users and contexts the first file to
 * define a name wins (whole entries, no field-level merge); {@code current-context} comes from the first
 * file that sets it.
 */
final class MergedKubeconfig {
    final List<KubeconfigDocument> documents;
    final String currentContext;
    final KubeconfigDocument currentContextOrigin;
    final Map<String, KubeconfigDocument.Entry> clusters;
    final Map<String, KubeconfigDocument.Entry> users;
    final Map<String, KubeconfigDocument.Entry> contexts;

    MergedKubeconfig(List<KubeconfigDocument> documents) {
        this.documents = List.copyOf(documents);
        Map<String, KubeconfigDocument.Entry> cl = new LinkedHashMap<>();
        Map<String, KubeconfigDocument.Entry> us = new LinkedHashMap<>();
        Map<String, KubeconfigDocument.Entry> co = new LinkedHashMap<>();
        String current = null;
        KubeconfigDocument currentOrigin = null;
        for (KubeconfigDocument d : documents) {
            d.clusters.forEach(cl::putIfAbsent);
            d.users.forEach(us::putIfAbsent);
            d.contexts.forEach(co::putIfAbsent);
            if (current == null && d.currentContext != null) {
                current = d.currentContext;
                currentOrigin = d;
            }
        }
        this.clusters = Collections.unmodifiableMap(cl);
        this.users = Collections.unmodifiableMap(us);
        this.contexts = Collections.unmodifiableMap(co);
        this.currentContext = current;
        this.currentContextOrigin = currentOrigin;
    }

    boolean isEmpty() {
        return documents.stream().allMatch(KubeconfigDocument::isEmpty);
    }

    /** {@code kubeconfig /a} or {@code kubeconfig /a, /b} for messages about the merged whole. */
    String label() {
        if (documents.size() == 1) {
            return documents.get(0).origin;
        }
        return "kubeconfig " + documents.stream().map(d -> d.origin.substring("kubeconfig ".length()))
                .collect(Collectors.joining(", "));
    }
}
