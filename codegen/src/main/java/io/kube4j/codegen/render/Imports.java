package io.kube4j.codegen.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The imports of one generated file. {@link #use} returns the simple name when it can be imported without
 * clashing (with the file's own class, a same-package class or another import), else the qualified name.
 */
final class Imports {
    private final String ownPackage;
    private final Set<String> samePackageNames;
    private final Map<String, String> bySimpleName = new HashMap<>();
    private final Set<String> imports = new TreeSet<>();

    /**
     * @param ownPackage       the file's package
     * @param samePackageNames simple names of classes in that package (which an import would shadow)
     */
    Imports(String ownPackage, Set<String> samePackageNames) {
        this.ownPackage = ownPackage;
        this.samePackageNames = samePackageNames;
    }

    /** The name to write for a class, importing it if needed. */
    String use(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        String pkg = qualifiedName.substring(0, dot);
        String simple = qualifiedName.substring(dot + 1);
        String existing = bySimpleName.get(simple);
        if (existing != null) {
            return existing.equals(qualifiedName) ? simple : qualifiedName;
        }
        if (pkg.equals(ownPackage)) {
            bySimpleName.put(simple, qualifiedName);
            return simple;
        }
        if (samePackageNames.contains(simple)) {
            return qualifiedName;
        }
        bySimpleName.put(simple, qualifiedName);
        if (!pkg.equals("java.lang")) {
            imports.add(qualifiedName);
        }
        return simple;
    }

    /** Reserves a simple name (e.g. the class being written) so no import takes it. */
    void reserve(String qualifiedName) {
        bySimpleName.put(qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1), qualifiedName);
    }

    /** The import lines' class names, sorted. */
    Set<String> lines() {
        return imports;
    }
}
