package io.kube4j.codegen.render;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.context.MapValueResolver;
import io.kube4j.codegen.client.ClientDesc;
import io.kube4j.codegen.client.GroupVersionDesc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders typed clients: one class per resource ({@code PodClient}), one per group-version
 * ({@code CoreV1Client}), the {@code KubernetesApis} accessors and the {@code ResourceTypes} registry.
 * Like {@link ModelRenderer}, template contexts hold precomputed Java snippets.
 */
public final class ClientRenderer {
    private static final String C = "io.kube4j.client.";
    /** Simple names of hand-written classes in {@code io.kube4j.client} that an import must not shadow. */
    private static final Set<String> CLIENT_PACKAGE = Set.of("ResourceClient", "RestClient", "KubernetesClient",
            "KubernetesApis", "ResourceType", "ResourceTypes", "AllNamespacesClient", "GenericResourceClient",
            "LogOptions", "Config", "Json", "Watch");

    private final Template resourceClient;
    private final Template groupClient;
    private final Template apis;
    private final Template resourceTypes;
    private final String header;

    public ClientRenderer(String header) {
        this.header = header;
        Handlebars hb = new Handlebars(new com.github.jknack.handlebars.io.ClassPathTemplateLoader("/templates",
                ".hbs")).with(EscapingStrategy.NOOP).prettyPrint(true);
        try {
            resourceClient = hb.compile("resource-client");
            groupClient = hb.compile("group-client");
            apis = hb.compile("apis");
            resourceTypes = hb.compile("resource-types");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load templates", e);
        }
    }

    /** The source of a resource client; {@code samePackage}: simple names of the classes in its package. */
    public String renderClient(ClientDesc d, Set<String> samePackage) {
        Imports imports = new Imports(d.javaPackage(), samePackage);
        imports.reserve(d.javaPackage() + "." + d.className());
        String t = imports.use(d.model().qualifiedName());
        String l = d.list() != null ? imports.use(d.list().qualifiedName())
                : imports.use("io.kube4j.api.GenericKubernetesList") + "<" + t + ">";
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("header", header);
        ctx.put("javaPackage", d.javaPackage());
        ctx.put("className", d.className());
        ctx.put("pluralCode", "{@code " + d.plural() + "}");
        ctx.put("namespaced", d.namespaced());
        ctx.put("classDoc", "Typed client of {@code " + d.plural() + "} ({@code " + d.apiVersion() + "}, kind {@code "
                + d.gvk().kind() + "}),\n * " + (d.namespaced() ? "in one namespace." : "cluster-scoped."));
        String rt = imports.use(C + "ResourceType");
        ctx.put("typeType", rt + "<" + t + ", " + l + ">");
        String gvk = imports.use("io.kube4j.api.schema.GroupVersionKind") + ".of(\"" + d.gvk().group() + "\", \""
                + d.gvk().version() + "\", \"" + d.gvk().kind() + "\")";
        ctx.put("typeExpr", rt + "." + (d.namespaced() ? "namespaced" : "clusterScoped") + "(\n            " + gvk + ", \""
                + d.plural() + "\", " + t + ".class" + (d.list() != null ? ", " + l + ".class" : "") + ")");
        String rc = imports.use(C + "ResourceClient");
        ctx.put("resourceClient", rc);
        ctx.put("engineType", rc + "<" + t + ", " + l + ">");
        ctx.put("restClient", imports.use(C + "RestClient"));
        if (d.namespaced()) {
            ctx.put("checks", imports.use(C + "internal.typed.Checks"));
            ctx.put("toStringExpr", "\"" + d.className() + "{namespace=\" + namespace + \"}\"");
        } else {
            ctx.put("toStringExpr", "\"" + d.className() + "{}\"");
        }
        if (d.namespaced() && d.listsAndWatches()) {
            String all = imports.use(C + "AllNamespacesClient");
            ctx.put("allNamespaces", all);
            ctx.put("allNamespacesType", all + "<" + t + ", " + l + ", " + d.className() + ">");
        }
        ctx.put("methods", methods(ClientMethods.of(d, imports)));
        ctx.put("imports", imports.lines());
        return apply(resourceClient, ctx);
    }

    /** The source of a group-version's accessor class. */
    public String renderGroup(GroupVersionDesc g, Set<String> samePackage) {
        Imports imports = new Imports(g.javaPackage(), samePackage);
        imports.reserve(g.javaPackage() + "." + g.className());
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("header", header);
        ctx.put("javaPackage", g.javaPackage());
        ctx.put("className", g.className());
        ctx.put("apiVersionCode", "{@code " + g.apiVersion() + "}");
        ctx.put("restClient", imports.use(C + "RestClient"));
        ctx.put("objects", imports.use("java.util.Objects"));
        List<ClientMethods.Method> methods = new ArrayList<>();
        for (ClientDesc d : g.clients()) {
            String code = "{@code " + d.plural() + "}";
            if (!d.namespaced()) {
                methods.add(new ClientMethods.Method(code + " (cluster-scoped).",
                        d.className() + " " + d.accessor() + "()", "return new " + d.className() + "(client);"));
                continue;
            }
            if (d.listsAndWatches()) {
                String t = imports.use(d.model().qualifiedName());
                String l = d.list() != null ? imports.use(d.list().qualifiedName())
                        : imports.use("io.kube4j.api.GenericKubernetesList") + "<" + t + ">";
                methods.add(new ClientMethods.Method(code + " in every namespace (list and watch); {@code "
                        + d.accessor() + "(ns)} for one.",
                        imports.use(C + "AllNamespacesClient") + "<" + t + ", " + l + ", " + d.className() + "> "
                                + d.accessor() + "()", "return " + d.className() + ".allNamespaces(client);"));
            }
            methods.add(new ClientMethods.Method(code + " in {@code namespace}.",
                    d.className() + " " + d.accessor() + "(String namespace)",
                    "return new " + d.className() + "(client, namespace);"));
        }
        ctx.put("methods", methods(methods));
        ctx.put("imports", imports.lines());
        return apply(groupClient, ctx);
    }

    /** The source of {@code io.kube4j.client.KubernetesApis}. */
    public String renderApis(List<GroupVersionDesc> groups) {
        Imports imports = new Imports("io.kube4j.client", CLIENT_PACKAGE);
        imports.reserve(C + "KubernetesApis");
        imports.reserve(C + "KubernetesClient");
        imports.reserve(C + "RestClient");
        List<ClientMethods.Method> methods = new ArrayList<>();
        for (GroupVersionDesc g : groups) {
            String cls = imports.use(g.javaPackage() + "." + g.className());
            methods.add(new ClientMethods.Method("The {@code " + g.apiVersion() + "} API.", cls + " " + g.accessor()
                    + "()", "return new " + cls + "(restClient());"));
        }
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("header", header);
        ctx.put("methods", methods(methods));
        ctx.put("imports", imports.lines());
        return apply(apis, ctx);
    }

    /** The source of {@code io.kube4j.client.ResourceTypes}. */
    public String renderResourceTypes(List<GroupVersionDesc> groups) {
        Imports imports = new Imports("io.kube4j.client", CLIENT_PACKAGE);
        for (String own : List.of("ResourceTypes", "ResourceType")) {
            imports.reserve(C + own);
        }
        for (String c : List.of("io.kube4j.api.KubernetesList", "io.kube4j.api.KubernetesObject",
                "io.kube4j.api.schema.GroupVersionKind", "io.kube4j.api.schema.GroupVersionResource",
                "java.util.List", "java.util.Optional")) {
            imports.use(c);
        }
        List<Map<String, String>> byKind = new ArrayList<>();
        List<Map<String, String>> byResource = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (GroupVersionDesc g : groups) {
            for (ClientDesc d : g.clients()) {
                String constant = imports.use(d.javaPackage() + "." + d.className()) + ".TYPE";
                byKind.add(Map.of("key", d.apiVersion() + "/" + d.gvk().kind(), "value", constant));
                byResource.add(Map.of("key", d.gvk().group() + "/" + d.gvk().version() + "/" + d.plural(),
                        "value", constant));
                all.add(constant);
            }
        }
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("header", header);
        ctx.put("byKind", byKind);
        ctx.put("byResource", byResource);
        ctx.put("all", all.stream().collect(Collectors.joining(",\n                ", "\n                ", "")));
        ctx.put("imports", imports.lines());
        return apply(resourceTypes, ctx);
    }

    private static List<Map<String, String>> methods(List<ClientMethods.Method> methods) {
        List<Map<String, String>> out = new ArrayList<>();
        for (ClientMethods.Method m : methods) {
            out.add(Map.of("doc", m.doc(), "signature", m.signature(), "body", m.body()));
        }
        return out;
    }

    private static String apply(Template t, Map<String, Object> ctx) {
        try {
            return t.apply(Context.newBuilder(ctx).resolver(MapValueResolver.INSTANCE).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
