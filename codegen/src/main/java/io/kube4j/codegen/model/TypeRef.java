package io.kube4j.codegen.model;

/** The type of a field: a scalar, a reference to a generated model, or a list/map of another type. */
public sealed interface TypeRef permits TypeRef.Scalar, TypeRef.Model, TypeRef.ListOf, TypeRef.MapOf {

    /** A scalar value. */
    record Scalar(ScalarKind kind) implements TypeRef {
    }

    /** A generated model class; {@code buildable} is false for raw-JSON models, which have no builder. */
    record Model(String javaPackage, String className, boolean buildable) implements TypeRef {
        public Model(String javaPackage, String className) {
            this(javaPackage, className, true);
        }

        /** The fully qualified class name. */
        public String qualifiedName() {
            return javaPackage + "." + className;
        }
    }

    /** A JSON array. */
    record ListOf(TypeRef element) implements TypeRef {
    }

    /** A JSON object used as a map with string keys. */
    record MapOf(TypeRef value) implements TypeRef {
    }

    static TypeRef scalar(ScalarKind kind) {
        return new Scalar(kind);
    }

    /** Whether this is a list or a map. */
    default boolean isCollection() {
        return this instanceof ListOf || this instanceof MapOf;
    }

    /** Whether this is the given scalar kind. */
    default boolean is(ScalarKind kind) {
        return this instanceof Scalar s && s.kind() == kind;
    }

    /** A short description for Javadoc, e.g. {@code array of Container}. */
    default String describe() {
        if (this instanceof Scalar s) {
            return s.kind().description();
        }
        if (this instanceof Model m) {
            return m.className();
        }
        if (this instanceof ListOf l) {
            return "array of " + l.element().describe();
        }
        return "map of " + ((MapOf) this).value().describe();
    }
}
