package io.kube4j.api.schema;

/** Argument checks shared by the schema value types. */
final class SchemaNames {
    private SchemaNames() {
    }

    static void require(String value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null (use \"\" for the core group)");
        }
    }
}
