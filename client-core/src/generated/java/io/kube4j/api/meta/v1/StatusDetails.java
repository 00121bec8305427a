package io.kube4j.api.meta.v1;
import com.fasterxml.jackson.annotation.*;
import java.util.*;
// STUB
@JsonIgnoreProperties(ignoreUnknown = true) @JsonInclude(JsonInclude.Include.NON_NULL)
public final class StatusDetails {
  @JsonProperty("causes") private List<StatusCause> causes; @JsonProperty("group") private String group; @JsonProperty("kind") private String kind;
  @JsonProperty("name") private String name; @JsonProperty("retryAfterSeconds") private Integer retryAfterSeconds; @JsonProperty("uid") private String uid;
  public List<StatusCause> causes() { return causes == null ? List.of() : causes; } public String group() { return group; } public String kind() { return kind; }
  public String name() { return name; } public Integer retryAfterSeconds() { return retryAfterSeconds; } public String uid() { return uid; }
  public static Builder builder() { return new Builder(); }
  public static final class Builder { StatusDetails m = new StatusDetails();
    public Builder addCause(StatusCause c) { if (m.causes == null) m.causes = new ArrayList<>(); m.causes.add(c); return this; }
    public Builder name(String v) { m.name = v; return this; } public Builder kind(String v) { m.kind = v; return this; }
    public Builder retryAfterSeconds(Integer v) { m.retryAfterSeconds = v; return this; }
    public StatusDetails build() { StatusDetails r = m; m = null; return r; } }
}
