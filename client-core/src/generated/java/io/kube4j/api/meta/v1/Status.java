package io.kube4j.api.meta.v1;
import com.fasterxml.jackson.annotation.*;
// STUB
@JsonIgnoreProperties(ignoreUnknown = true) @JsonInclude(JsonInclude.Include.NON_NULL)
public final class Status {
  @JsonProperty("apiVersion") private String apiVersion = "v1"; @JsonProperty("kind") private String kind = "Status";
  @JsonProperty("code") private Integer code; @JsonProperty("details") private StatusDetails details; @JsonProperty("message") private String message;
  @JsonProperty("metadata") private ListMeta metadata; @JsonProperty("reason") private String reason; @JsonProperty("status") private String status;
  public String apiVersion() { return apiVersion; } public String kind() { return kind; } public Integer code() { return code; } public StatusDetails details() { return details; }
  public String message() { return message; } public ListMeta metadata() { return metadata; } public String reason() { return reason; } public String status() { return status; }
  public static Builder builder() { return new Builder(); }
  public static final class Builder { Status m = new Status();
    public Builder code(Integer v) { m.code = v; return this; } public Builder details(StatusDetails v) { m.details = v; return this; }
    public Builder message(String v) { m.message = v; return this; } public Builder reason(String v) { m.reason = v; return this; }
    public Builder status(String v) { m.status = v; return this; } public Builder metadata(ListMeta v) { m.metadata = v; return this; }
    public Builder kind(String v) { m.kind = v; return this; }
    public Status build() { Status r = m; m = null; return r; } }
  @Override public String toString() { return "Status{code=" + code + ", reason=" + reason + ", message=" + message + "}"; }
}
