package io.kube4j.codegen.client;

import io.kube4j.codegen.model.Gvk;
import io.kube4j.codegen.model.ModelDesc;
import io.kube4j.codegen.model.ResourceRef;
import io.kube4j.codegen.model.TypeRef;
import io.kube4j.codegen.spec.ResourceTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Matches the spec's resources ({@link ResourceTable}) with the generated models: which client classes and
 * group-version classes to write, and which models are served kinds (their {@link ResourceRef}).
 */
public final class ClientPlanner {
    /** The pseudo-verb of {@link ClientDesc.Subresource}s that stream over a WebSocket. */
    public static final String CONNECT = "connect";
    private static final Set<String> STREAMING_CONNECTS = Set.of("exec", "attach", "portforward");

    private static final String MODEL_ROOT = "io.kube4j.api.";
    private static final String CLIENT_ROOT = "io.kube4j.client.";

    /** The plan: group-version classes and the resource of each served kind, by qualified model name. */
    public record Plan(List<GroupVersionDesc> groupVersions, Map<String, ResourceRef> resources) {
    }

    private ClientPlanner() {
    }

    /**
     * Plans the clients of {@code resources} over {@code models}.
     *
     * @throws IllegalStateException when a resource's kind has no model implementing KubernetesObject, or two
     *                               resources would get the same class or accessor name
     */
    public static Plan plan(List<ResourceTable.Resource> resources, List<ModelDesc> models) {
        Map<Gvk, ModelDesc> byGvk = new HashMap<>();
        for (ModelDesc m : models) {
            if (m.gvk() != null) {
                byGvk.putIfAbsent(m.gvk(), m);
            }
        }
        Map<String, List<ClientDesc>> byPackage = new TreeMap<>();
        Map<String, String> apiVersions = new HashMap<>();
        Map<String, ResourceRef> refs = new LinkedHashMap<>();
        for (ResourceTable.Resource r : resources) {
            if (r.kind() == null) {
                continue; // only connect actions, no kind to type it with
            }
            ModelDesc model = byGvk.get(r.kind());
            if (model == null || model.role() != ModelDesc.Role.OBJECT) {
                throw new IllegalStateException("resource " + r.plural() + " of " + r.apiPath() + ": kind "
                        + r.kind().kind() + " has no model implementing KubernetesObject");
            }
            ModelDesc list = byGvk.get(new Gvk(r.kind().group(), r.kind().version(), r.kind().kind() + "List"));
            TypeRef.Model listRef = list != null && list.role() == ModelDesc.Role.LIST
                    && list.listItem().equals(model.ref()) ? list.ref() : null;
            List<ClientDesc.Subresource> subs = new ArrayList<>();
            for (ResourceTable.Subresource s : r.subresources().values()) {
                SortedSet<String> verbs = new TreeSet<>();
                s.verbs().stream().filter(v -> !v.startsWith("connect:")).forEach(verbs::add);
                if (verbs.isEmpty()) {
                    // exec, attach and portforward stream over WebSockets (PodExec, PortForward); proxy is not generated
                    if (r.namespaced() && STREAMING_CONNECTS.contains(s.name())) {
                        subs.add(new ClientDesc.Subresource(s.name(), model.ref(),
                                Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(CONNECT)))));
                    }
                    continue;
                }
                ModelDesc kind = s.kind() == null ? model : byGvk.get(s.kind());
                if (kind == null) {
                    throw new IllegalStateException("subresource " + r.plural() + "/" + s.name() + ": no model for "
                            + s.kind());
                }
                subs.add(new ClientDesc.Subresource(s.name(), kind.ref(), Collections.unmodifiableSortedSet(verbs)));
            }
            String pkg = clientPackage(model.javaPackage());
            ClientDesc client = new ClientDesc(pkg, model.className() + "Client",
                    ClientNames.accessor(r.plural(), r.kind().kind()), r.kind(), r.plural(), r.namespaced(),
                    model.ref(), listRef, r.verbs(), List.copyOf(subs));
            byPackage.computeIfAbsent(pkg, k -> new ArrayList<>()).add(client);
            apiVersions.putIfAbsent(pkg, r.kind().apiVersion());
            refs.putIfAbsent(model.qualifiedName(), new ResourceRef(r.kind(), r.plural(), r.namespaced(),
                    listRef == null ? null : listRef.qualifiedName()));
        }
        List<GroupVersionDesc> groups = new ArrayList<>();
        Set<String> groupAccessors = new HashSet<>();
        for (Map.Entry<String, List<ClientDesc>> e : byPackage.entrySet()) {
            String pkg = e.getKey();
            List<ClientDesc> clients = e.getValue();
            clients.sort((a, b) -> a.plural().compareTo(b.plural()));
            checkUnique(pkg, clients);
            GroupVersionDesc gv = new GroupVersionDesc(pkg, ClientNames.groupVersionClass(pkg),
                    ClientNames.groupVersionAccessor(pkg), apiVersions.get(pkg), List.copyOf(clients));
            if (!groupAccessors.add(gv.accessor())) {
                throw new IllegalStateException("two group-versions map to accessor " + gv.accessor());
            }
            groups.add(gv);
        }
        return new Plan(List.copyOf(groups), Collections.unmodifiableMap(refs));
    }

    /** {@code io.kube4j.api.apps.v1} → {@code io.kube4j.client.apps.v1}. */
    public static String clientPackage(String modelPackage) {
        if (!modelPackage.startsWith(MODEL_ROOT)) {
            throw new IllegalArgumentException("not a model package: " + modelPackage);
        }
        return CLIENT_ROOT + modelPackage.substring(MODEL_ROOT.length());
    }

    private static void checkUnique(String pkg, List<ClientDesc> clients) {
        Set<String> names = new HashSet<>();
        Set<String> accessors = new HashSet<>();
        String groupClass = ClientNames.groupVersionClass(pkg);
        for (ClientDesc c : clients) {
            if (!names.add(c.className()) || c.className().equals(groupClass)) {
                throw new IllegalStateException("two resources map to class " + pkg + "." + c.className());
            }
            if (!accessors.add(c.accessor())) {
                throw new IllegalStateException("two resources map to accessor " + c.accessor() + " in " + pkg);
            }
        }
    }
}
