package io.kube4j.api.schema;
// STUB (untracked, replaced by types)
public record GroupVersionKind(String group, String version, String kind) {
  public static GroupVersionKind of(String g, String v, String k) { return new GroupVersionKind(g, v, k); }
}
