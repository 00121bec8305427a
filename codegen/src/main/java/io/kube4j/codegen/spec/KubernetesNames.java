package io.kube4j.codegen.spec;

import io.kube4j.codegen.model.Naming;
import io.kube4j.codegen.model.ScalarKind;
import java.util.Map;
import java.util.Optional;

/**
 * Where each schema of the Kubernetes OpenAPI document goes: the Java package and module of a generated
 * model, or the hand-written/scalar type that stands for it.
 */
public final class KubernetesNames {
    /** Schemas that are not generated but mapped onto a fixed type. */
    private static final Map<String, ScalarKind> SPECIAL = Map.of(
            "io.k8s.apimachinery.pkg.apis.meta.v1.Time", ScalarKind.TIME,
            "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime", ScalarKind.MICRO_TIME,
            "io.k8s.apimachinery.pkg.api.resource.Quantity", ScalarKind.QUANTITY,
            "io.k8s.apimachinery.pkg.util.intstr.IntOrString", ScalarKind.INT_OR_STRING,
            "io.k8s.apimachinery.pkg.runtime.RawExtension", ScalarKind.ANY,
            "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON", ScalarKind.ANY,
            // Either a schema or an array/bool/string list: no single Java type fits, so free-form JSON.
            "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray", ScalarKind.ANY,
            "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool", ScalarKind.ANY,
            "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray", ScalarKind.ANY);

    /** Schemas kept as raw JSON text. */
    private static final String FIELDS_V1 = "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1";

    /** Source package prefix → Java package prefix (the group and version follow). */
    private static final Map<String, String> PREFIXES = Map.of(
            "io.k8s.api.", "io.kube4j.api.",
            "io.k8s.apiextensions-apiserver.pkg.apis.", "io.kube4j.api.",
            "io.k8s.kube-aggregator.pkg.apis.", "io.kube4j.api.",
            "io.k8s.apimachinery.pkg.apis.", "io.kube4j.api.",
            "io.k8s.apimachinery.pkg.", "io.kube4j.api.");

    /** Which source tree a model is written to. */
    public enum Module {
        /** client-core: apimachinery types (meta/v1, version). */
        CORE,
        /** client-typed: every API group. */
        TYPED
    }

    /** Where a generated model goes. */
    public record Target(Module module, String javaPackage, String className) {
    }

    private KubernetesNames() {
    }

    /** The fixed type standing for a schema, if it is one of the special ones. */
    public static Optional<ScalarKind> special(String schemaName) {
        return Optional.ofNullable(SPECIAL.get(schemaName));
    }

    /** Whether the schema is kept as raw JSON text. */
    public static boolean isRawJson(String schemaName) {
        return FIELDS_V1.equals(schemaName);
    }

    /** The target of a generated schema. @throws IllegalArgumentException for an unknown naming scheme */
    public static Target target(String schemaName) {
        int dot = schemaName.lastIndexOf('.');
        String sourcePackage = schemaName.substring(0, dot);
        String className = Naming.className(schemaName.substring(dot + 1));
        Module module = sourcePackage.startsWith("io.k8s.apimachinery.") ? Module.CORE : Module.TYPED;
        String best = null;
        for (String prefix : PREFIXES.keySet()) {
            if (sourcePackage.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no Java package mapping for schema " + schemaName);
        }
        String rest = sourcePackage.substring(best.length());
        StringBuilder pkg = new StringBuilder(PREFIXES.get(best));
        String[] parts = rest.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                pkg.append('.');
            }
            pkg.append(parts[i].replace("-", "").toLowerCase(java.util.Locale.ROOT));
        }
        return new Target(module, pkg.toString(), className);
    }
}
