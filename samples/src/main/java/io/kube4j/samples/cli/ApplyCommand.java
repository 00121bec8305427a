package io.kube4j.samples.cli;

import io.kube4j.client.FieldValidation;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.dynamic.manifest.Manifest;
import io.kube4j.dynamic.manifest.ManifestApplier;
import io.kube4j.dynamic.manifest.ManifestResult;
import io.kube4j.dynamic.manifest.ObjectResult;
import java.util.List;

/**
 * {@code apply -f file|dir|-}: server-side apply of every object of any kind ({@code PATCH} with
 * {@code application/apply-patch+yaml}, {@code fieldManager}, {@code fieldValidation=Strict}), resolved through the
 * RestMapper; CRDs in the same manifest are applied first and awaited, so custom objects after them work.
 */
public final class ApplyCommand implements Command {
    /** The field manager unless {@code --field-manager} names another (kubectl's is {@code kubectl}). */
    public static final String FIELD_MANAGER = "kube4j";

    @Override
    public String name() {
        return "apply";
    }

    @Override
    public String usage() {
        return "apply -f <file|dir|-> [-f ...] [--server-side] [--force-conflicts] [--dry-run=server]";
    }

    @Override
    public String summary() {
        return "Apply a configuration to resources by file or stdin (server-side apply)";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("filename", "f", "a file, a directory of manifests, or - for stdin (repeatable)"),
                Flag.bool("server-side", null, "accepted for kubectl's sake: apply is always server-side here"),
                Flag.value("field-manager", null, "the field manager (default " + FIELD_MANAGER + ")"),
                Flag.bool("force-conflicts", null, "take over fields other managers own"),
                Flag.value("dry-run", null, "server: validate on the server, persist nothing"));
    }

    @Override
    public int run(Session s, Args a) {
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected args: " + a.positional());
        }
        if (a.has("server-side") && !a.flag("server-side")) {
            throw new UsageException("client-side apply is not supported by this sample; use --server-side");
        }
        String dryRun = a.value("dry-run").orElse("none");
        if (!dryRun.equals("none") && !dryRun.equals("server")) {
            throw new UsageException("--dry-run must be none or server, got \"" + dryRun + "\"");
        }
        List<Manifest> manifests = ManifestSources.read(a.values("filename"), s.console());
        ManifestSources.checkNamespaces(manifests, s);
        ManifestApplier applier = ManifestApplier.builder(s.rest()).restMapper(s.mapper())
                .fieldManager(a.value("field-manager").orElse(FIELD_MANAGER))
                .fieldValidation(FieldValidation.STRICT).forceConflicts(a.flag("force-conflicts"))
                .dryRun(dryRun.equals("server")).defaultNamespace(s.namespace()).continueOnError(true).build();
        String suffix = dryRun.equals("server") ? " (server dry run)" : "";
        boolean failed = false;
        for (Manifest manifest : manifests) {
            ManifestResult result = applier.apply(manifest);
            for (ObjectResult r : result.results()) {
                if (r.error().isPresent()) {
                    s.report(r.error().get());
                    failed = true;
                } else if (r.result().isPresent()) {
                    s.out().println(name(r.result().get()) + " serverside-applied" + suffix);
                }
            }
            if (result.readError().isPresent()) {
                s.err().println("error: " + result.readError().get().getMessage());
                failed = true;
            }
        }
        return failed ? 1 : 0;
    }

    /** {@code deployment.apps/web}: the applied object's kind and group, as kubectl prints it. */
    static String name(Unstructured o) {
        return ResourceArgs.kindName(o.groupVersionKind()) + "/" + o.name();
    }
}
