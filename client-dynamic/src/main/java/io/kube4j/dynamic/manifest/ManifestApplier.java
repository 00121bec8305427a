package io.kube4j.dynamic.manifest;

import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.client.ApplyOptions;
import io.kube4j.client.CreateOptions;
import io.kube4j.client.DeleteOptions;
import io.kube4j.client.KubeException;
import io.kube4j.client.NotFoundException;
import io.kube4j.client.Propagation;
import io.kube4j.client.RestClient;
import io.kube4j.discovery.DiscoveryClient;
import io.kube4j.discovery.NoMatchException;
import io.kube4j.discovery.RestMapper;
import io.kube4j.discovery.RestMapping;
import io.kube4j.dynamic.DynamicClient;
import io.kube4j.dynamic.DynamicResourceClient;
import io.kube4j.dynamic.Unstructured;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies, creates and deletes the objects of a {@link Manifest} through the {@link RestMapper} (the
 * {@code kubectl apply --server-side -f} equivalent). Namespaces go first, then CustomResourceDefinitions, which
 * are awaited until Established and discoverable before any other object; deletion runs in reverse. By default
 * the run stops at the first failure (later objects are {@link Outcome#SKIPPED}); a manifest that could not be
 * read completely is run up to the bad document, whose error the result reports. Thread-safe; runs on the
 * caller's thread.
 */
public final class ManifestApplier {
    private final DynamicClient dynamic;
    private final RestMapper mapper;
    private final ApplyOptions applyOptions;
    private final CreateOptions createOptions;
    private final DeleteOptions deleteOptions;
    private final String defaultNamespace;
    private final Duration timeout;
    private final boolean continueOnError;
    private final boolean dryRun;

    private ManifestApplier(Builder b) {
        this.dynamic = DynamicClient.create(b.client);
        this.mapper = b.mapper != null ? b.mapper : RestMapper.create(DiscoveryClient.create(b.client));
        ApplyOptions apply = ApplyOptions.fieldManager(b.fieldManager);
        apply = b.force ? apply.force() : apply;
        this.applyOptions = b.dryRun ? apply.dryRun() : apply;
        this.createOptions = CreateOptions.builder().fieldManager(b.fieldManager).dryRun(b.dryRun).build();
        this.deleteOptions = DeleteOptions.builder().propagation(b.propagation).dryRun(b.dryRun).build();
        this.defaultNamespace = b.defaultNamespace;
        this.timeout = b.timeout;
        this.continueOnError = b.continueOnError;
        this.dryRun = b.dryRun;
    }

    /** An applier with its own discovery and default options (field manager {@code kube4j}). */
    public static ManifestApplier create(RestClient client) {
        return builder(client).build();
    }

    public static Builder builder(RestClient client) {
        return new Builder(client);
    }

    /** Server-side applies every object; CRDs are awaited before the objects after them. */
    public ManifestResult apply(Manifest manifest) {
        return createOrApply(manifest, true);
    }

    /** Creates every object ({@code AlreadyExistsException} for one that exists is a failure). */
    public ManifestResult create(Manifest manifest) {
        return createOrApply(manifest, false);
    }

    /** Deletes every object in reverse order; objects that do not exist are {@link Outcome#NOT_FOUND}. */
    public ManifestResult delete(Manifest manifest) {
        Map<GroupVersionKind, Optional<RestMapping>> mappings = new HashMap<>();
        List<ManifestObject> objects = manifest.objects();
        ObjectResult[] results = new ObjectResult[objects.size()];
        boolean stopped = false;
        for (int i : ApplyOrder.reverse(objects)) {
            ManifestObject o = objects.get(i);
            if (stopped) {
                results[i] = ObjectResult.skipped(o);
                continue;
            }
            try {
                Optional<RestMapping> mapping = lookup(mappings, o);
                if (mapping.isEmpty()) {
                    if (!definedByCrdOf(objects, o.object().groupVersionKind())) {
                        throw noMatch(o);
                    }
                    results[i] = ObjectResult.done(o, Outcome.NOT_FOUND, null); // gone with its CRD
                    continue;
                }
                target(mapping.get(), o).delete(requireName(o), deleteOptions);
                results[i] = ObjectResult.done(o, Outcome.DELETED, null);
            } catch (NotFoundException e) {
                results[i] = ObjectResult.done(o, Outcome.NOT_FOUND, null);
            } catch (KubeException | IllegalArgumentException | IllegalStateException e) {
                results[i] = ObjectResult.failed(o, wrap(o, e));
                stopped = !continueOnError;
            }
        }
        return new ManifestResult(Arrays.asList(results), manifest.error().orElse(null));
    }

    /** {@link #waitForDeleted(Manifest, Duration)} with the applier's timeout. */
    public ManifestResult waitForDeleted(Manifest manifest) {
        return waitForDeleted(manifest, timeout);
    }

    /**
     * Waits until no object of the manifest exists any more ({@link Outcome#GONE}); objects still there at the
     * deadline are {@link Outcome#FAILED} with their deletion state.
     */
    public ManifestResult waitForDeleted(Manifest manifest, Duration timeout) {
        Map<GroupVersionKind, Optional<RestMapping>> mappings = new HashMap<>();
        List<ManifestObject> objects = manifest.objects();
        ObjectResult[] results = new ObjectResult[objects.size()];
        Map<Integer, Unstructured> lastSeen = new HashMap<>();
        Polling.until(timeout, () -> {
            for (int i = 0; i < objects.size(); i++) {
                if (results[i] != null) {
                    continue;
                }
                ManifestObject o = objects.get(i);
                try {
                    Optional<RestMapping> mapping = lookup(mappings, o);
                    Optional<Unstructured> current = mapping.isEmpty() ? Optional.empty()
                            : target(mapping.get(), o).find(requireName(o));
                    if (current.isEmpty()) {
                        results[i] = ObjectResult.done(o, Outcome.GONE, null);
                    } else {
                        lastSeen.put(i, current.get());
                    }
                } catch (KubeException | IllegalArgumentException | IllegalStateException e) {
                    results[i] = ObjectResult.failed(o, wrap(o, e));
                }
            }
            return Arrays.stream(results).allMatch(Objects::nonNull);
        });
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                Unstructured u = lastSeen.get(i);
                results[i] = ObjectResult.failed(objects.get(i), new ManifestException(objects.get(i).document(),
                        objects.get(i).line(), "still exists after " + timeout
                        + (u == null ? "" : " (deletionTimestamp " + u.deletionTimestamp() + ", finalizers "
                                + u.finalizers() + ")"), null));
            }
        }
        return new ManifestResult(Arrays.asList(results), manifest.error().orElse(null));
    }

    private ManifestResult createOrApply(Manifest manifest, boolean apply) {
        Map<GroupVersionKind, Optional<RestMapping>> mappings = new HashMap<>();
        List<ManifestObject> objects = manifest.objects();
        ObjectResult[] results = new ObjectResult[objects.size()];
        boolean stopped = false;
        boolean crdsReady = false;
        for (int i : ApplyOrder.forward(objects)) {
            ManifestObject o = objects.get(i);
            if (!crdsReady && ApplyOrder.phase(o.object()) == 2) {
                crdsReady = true;
                stopped |= !awaitCrds(objects, results) && !continueOnError;
            }
            if (stopped) {
                results[i] = ObjectResult.skipped(o);
                continue;
            }
            try {
                RestMapping mapping = lookup(mappings, o).orElseThrow(() -> noMatch(o));
                DynamicResourceClient target = target(mapping, o);
                Unstructured done = apply ? target.apply(o.object(), applyOptions)
                        : target.create(o.object(), createOptions);
                results[i] = ObjectResult.done(o, apply ? Outcome.APPLIED : Outcome.CREATED, done);
            } catch (KubeException | IllegalArgumentException | IllegalStateException e) {
                results[i] = ObjectResult.failed(o, wrap(o, e));
                stopped = !continueOnError;
            }
        }
        if (!crdsReady) {
            awaitCrds(objects, results);
        }
        return new ManifestResult(Arrays.asList(results), manifest.error().orElse(null));
    }

    /** Awaits every CRD sent in this run; a CRD that does not become ready turns FAILED. Returns all ready. */
    private boolean awaitCrds(List<ManifestObject> objects, ObjectResult[] results) {
        if (dryRun) {
            return true;
        }
        boolean ok = true;
        for (int i = 0; i < objects.size(); i++) {
            ManifestObject o = objects.get(i);
            if (results[i] == null || results[i].result().isEmpty() || !CrdReadiness.isCrd(o.object())) {
                continue;
            }
            try {
                Unstructured crd = results[i].result().get();
                DynamicResourceClient crds = dynamic.resource(mapper.mapping(crd.groupVersionKind()).resource());
                CrdReadiness.await(crds, mapper, crd, timeout);
            } catch (KubeException e) {
                results[i] = ObjectResult.failed(o, wrap(o, e));
                ok = false;
            }
        }
        return ok;
    }

    /** The mapping of the object's kind (discovery refreshed once on a miss), memoised per run. */
    private Optional<RestMapping> lookup(Map<GroupVersionKind, Optional<RestMapping>> memo, ManifestObject o) {
        return memo.computeIfAbsent(o.object().groupVersionKind(), mapper::findMapping);
    }

    private static NoMatchException noMatch(ManifestObject o) {
        GroupVersionKind gvk = o.object().groupVersionKind();
        return new NoMatchException(gvk.toString(), "no resource serves kind " + gvk
                + " (unknown kind, or its CustomResourceDefinition is not installed)");
    }

    private static boolean definedByCrdOf(List<ManifestObject> objects, GroupVersionKind gvk) {
        return objects.stream().map(ManifestObject::object).filter(CrdReadiness::isCrd)
                .anyMatch(crd -> CrdReadiness.servedKinds(crd).contains(gvk));
    }

    private DynamicResourceClient target(RestMapping mapping, ManifestObject o) {
        if (!mapping.namespaced()) {
            return dynamic.resource(mapping.resource());
        }
        String ns = o.object().namespace();
        if (ns == null || ns.isEmpty()) {
            ns = defaultNamespace;
        }
        if (ns == null) {
            throw new IllegalArgumentException(mapping.kind().kind() + " is namespaced: set metadata.namespace "
                    + "or the applier's default namespace");
        }
        return dynamic.resource(mapping.resource()).inNamespace(ns);
    }

    private static String requireName(ManifestObject o) {
        String name = o.object().name();
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("the object has no metadata.name");
        }
        return name;
    }

    /** API and mapping errors keep their type (their message gains no context: ObjectResult adds it). */
    private static KubeException wrap(ManifestObject o, RuntimeException e) {
        if (e instanceof KubeException) {
            return (KubeException) e;
        }
        return new ManifestException(o.document(), o.line(), e.getMessage(), e);
    }

    @Override
    public String toString() {
        return "ManifestApplier{" + mapper + ", fieldManager=" + applyOptions.fieldManager() + "}";
    }

    /** Options of a {@link ManifestApplier}. */
    public static final class Builder {
        private final RestClient client;
        private RestMapper mapper;
        private String fieldManager = "kube4j";
        private boolean force;
        private boolean dryRun;
        private String defaultNamespace;
        private Duration timeout = Duration.ofMinutes(2);
        private boolean continueOnError;
        private Propagation propagation = Propagation.BACKGROUND;

        private Builder(RestClient client) {
            this.client = Objects.requireNonNull(client, "client");
        }

        /** Shares a mapper (and its discovery cache) instead of creating one. */
        public Builder restMapper(RestMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper, "mapper");
            return this;
        }

        /** The field manager of apply and create (default {@code kube4j}). */
        public Builder fieldManager(String fieldManager) {
            if (fieldManager == null || fieldManager.isEmpty()) {
                throw new IllegalArgumentException("fieldManager must not be empty");
            }
            this.fieldManager = fieldManager;
            return this;
        }

        /** Take ownership of fields other managers own instead of failing with a conflict (default false). */
        public Builder forceConflicts(boolean force) {
            this.force = force;
            return this;
        }

        /** Server-side dry run: everything is validated, nothing persisted, CRDs are not awaited (default false). */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** The namespace of namespaced objects that name none (default: none, which is an error for them). */
        public Builder defaultNamespace(String namespace) {
            this.defaultNamespace = namespace == null || namespace.isEmpty() ? null : namespace;
            return this;
        }

        /** How long to wait for a CRD to be ready, and the default of {@code waitForDeleted} (default 2 min). */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** Go on with the other objects after a failure instead of skipping them (default false). */
        public Builder continueOnError(boolean continueOnError) {
            this.continueOnError = continueOnError;
            return this;
        }

        /** How deletes treat dependents (default background, as kubectl). */
        public Builder propagation(Propagation propagation) {
            this.propagation = Objects.requireNonNull(propagation, "propagation");
            return this;
        }

        public ManifestApplier build() {
            return new ManifestApplier(this);
        }
    }
}
