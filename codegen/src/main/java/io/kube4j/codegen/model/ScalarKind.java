package io.kube4j.codegen.model;

/** The non-object JSON value types a field can have, each with one fixed Java type. */
public enum ScalarKind {
    STRING("String", "string"),
    INT32("Integer", "int32"),
    INT64("Long", "int64"),
    DOUBLE("Double", "number"),
    BOOLEAN("Boolean", "boolean"),
    /** {@code format: byte}: base64 on the wire. */
    BYTES("byte[]", "base64 bytes"),
    /** {@code meta.v1.Time}: RFC 3339, whole seconds. */
    TIME("Instant", "Time, RFC 3339"),
    /** {@code meta.v1.MicroTime}: RFC 3339, microseconds. */
    MICRO_TIME("Instant", "MicroTime, RFC 3339"),
    QUANTITY("Quantity", "Quantity"),
    INT_OR_STRING("IntOrString", "int32 or string"),
    /** Free-form JSON kept as frozen maps, lists and scalars. */
    ANY("Object", "free-form JSON");

    private final String javaType;
    private final String description;

    ScalarKind(String javaType, String description) {
        this.javaType = javaType;
        this.description = description;
    }

    /** The simple Java type name. */
    public String javaType() {
        return javaType;
    }

    /** A short type description for Javadoc. */
    public String description() {
        return description;
    }
}
