package io.kube4j.client;
import com.fasterxml.jackson.databind.*;
// STUB (codegen)
public final class Json { private static final ObjectMapper M = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true).setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
  public static ObjectMapper mapper() { return M; } }
