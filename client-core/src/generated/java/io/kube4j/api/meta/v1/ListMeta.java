package io.kube4j.api.meta.v1;
import com.fasterxml.jackson.annotation.*;
// STUB
@JsonIgnoreProperties(ignoreUnknown = true) @JsonInclude(JsonInclude.Include.NON_NULL)
public final class ListMeta {
  @JsonProperty("continue") private String continueToken; @JsonProperty("resourceVersion") private String resourceVersion; @JsonProperty("remainingItemCount") private Long remainingItemCount;
  public String continueToken() { return continueToken; } public String resourceVersion() { return resourceVersion; } public Long remainingItemCount() { return remainingItemCount; }
  public static Builder builder() { return new Builder(); }
  public static final class Builder { ListMeta m = new ListMeta();
    public Builder continueToken(String v) { m.continueToken = v; return this; } public Builder resourceVersion(String v) { m.resourceVersion = v; return this; }
    public ListMeta build() { ListMeta r = m; m = null; return r; } }
}
