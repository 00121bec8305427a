package io.kube4j.api.meta.v1;
import com.fasterxml.jackson.annotation.*;
// STUB
@JsonIgnoreProperties(ignoreUnknown = true) @JsonInclude(JsonInclude.Include.NON_NULL)
public final class ObjectMeta {
  @JsonProperty("name") private String name; @JsonProperty("namespace") private String namespace; @JsonProperty("resourceVersion") private String resourceVersion;
  @JsonProperty("labels") private java.util.Map<String,String> labels;
  public String name() { return name; } public String namespace() { return namespace; } public String resourceVersion() { return resourceVersion; }
  public java.util.Map<String,String> labels() { return labels == null ? java.util.Map.of() : labels; }
  public static Builder builder() { return new Builder(); }
  public Builder toBuilder() { Builder b = new Builder(); b.m.name = name; b.m.namespace = namespace; b.m.resourceVersion = resourceVersion; b.m.labels = labels; return b; }
  public static final class Builder { ObjectMeta m = new ObjectMeta();
    public Builder name(String v) { m.name = v; return this; } public Builder namespace(String v) { m.namespace = v; return this; }
    public Builder resourceVersion(String v) { m.resourceVersion = v; return this; }
    public Builder putLabel(String k, String v) { if (m.labels == null) m.labels = new java.util.LinkedHashMap<>(); m.labels.put(k, v); return this; }
    public ObjectMeta build() { ObjectMeta r = m; m = null; return r; } }
  @Override public boolean equals(Object o) { return o instanceof ObjectMeta x && java.util.Objects.equals(name, x.name) && java.util.Objects.equals(namespace, x.namespace) && java.util.Objects.equals(resourceVersion, x.resourceVersion) && java.util.Objects.equals(labels, x.labels); }
  @Override public int hashCode() { return java.util.Objects.hash(name, namespace, resourceVersion); }
  @Override public String toString() { return "ObjectMeta{name=" + name + ", namespace=" + namespace + ", resourceVersion=" + resourceVersion + "}"; }
}
