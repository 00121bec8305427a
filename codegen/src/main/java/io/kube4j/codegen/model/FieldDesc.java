package io.kube4j.codegen.model;

/**
 * One property of a model.
 *
 * @param jsonName  the property name on the wire
 * @param javaName  the accessor/builder-setter name (see {@link Naming#javaName})
 * @param type      the value type
 * @param sensitive whether {@code toString} must hide the value (secret material)
 * @param itemName  for lists and maps: the singular used by {@code add<Item>}/{@code put<Item>} helpers
 */
public record FieldDesc(String jsonName, String javaName, TypeRef type, boolean sensitive, String itemName) {
}
