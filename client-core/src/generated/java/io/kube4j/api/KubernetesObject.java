package io.kube4j.api;
import io.kube4j.api.meta.v1.ObjectMeta;
// STUB (untracked, replaced by codegen)
public interface KubernetesObject { String apiVersion(); String kind(); ObjectMeta metadata(); }
