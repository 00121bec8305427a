package io.kube4j.api;
import io.kube4j.api.meta.v1.ListMeta;
import java.util.List;
// STUB (untracked, replaced by codegen)
public interface KubernetesList<T> { String apiVersion(); String kind(); ListMeta metadata(); List<T> items(); }
