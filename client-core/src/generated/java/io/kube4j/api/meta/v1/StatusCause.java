package io.kube4j.api.meta.v1;
import com.fasterxml.jackson.annotation.*;
// STUB
@JsonIgnoreProperties(ignoreUnknown = true) @JsonInclude(JsonInclude.Include.NON_NULL)
public final class StatusCause {
  @JsonProperty("field") private String field; @JsonProperty("message") private String message; @JsonProperty("reason") private String reason;
  public String field() { return field; } public String message() { return message; } public String reason() { return reason; }
  public static Builder builder() { return new Builder(); }
  public static final class Builder { StatusCause m = new StatusCause();
    public Builder field(String v) { m.field = v; return this; } public Builder message(String v) { m.message = v; return this; } public Builder reason(String v) { m.reason = v; return this; }
    public StatusCause build() { StatusCause r = m; m = null; return r; } }
  @Override public String toString() { return "StatusCause{field=" + field + ", message=" + message + ", reason=" + reason + "}"; }
}
