package io.kube4j.codegen.render;

import io.kube4j.codegen.client.ClientDesc;
import io.kube4j.codegen.client.ClientNames;
import io.kube4j.codegen.client.ClientPlanner;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods of one typed resource client, as Java snippets: each verb the resource has as {@code op(args)}
 * and {@code op(args, XxxOptions)}, each a one-line delegation to the engine ({@code ResourceClient}).
 * Exec, attach and port-forward delegate to {@code PodExec} / {@code PortForward}; proxy is not generated.
 */
final class ClientMethods {
    /** One method: its Javadoc sentence, signature (after {@code public}) and single-statement body. */
    record Method(String doc, String signature, String body) {
    }

    private static final String C = "io.kube4j.client.";

    private final ClientDesc d;
    private final Imports imports;
    private final String ns;
    private final String t;
    private final String kindCode;
    private final List<Method> out = new ArrayList<>();

    private ClientMethods(ClientDesc d, Imports imports) {
        this.d = d;
        this.imports = imports;
        this.ns = d.namespaced() ? "namespace" : "null";
        this.t = imports.use(d.model().qualifiedName());
        this.kindCode = "{@code " + d.gvk().kind() + "}";
    }

    /** The methods of {@code d}, in a fixed order. */
    static List<Method> of(ClientDesc d, Imports imports) {
        ClientMethods m = new ClientMethods(d, imports);
        m.verbs();
        for (ClientDesc.Subresource s : d.subresources()) {
            m.subresource(s);
        }
        return m.out;
    }

    private String use(String simpleNameInClientPackage) {
        return imports.use(C + simpleNameInClientPackage);
    }

    private void add(String doc, String signature, String body) {
        out.add(new Method(doc, signature, body));
    }

    /** Adds {@code op(args)} delegating to {@code op(args, Options.DEFAULT)} and {@code op(args, Options)}. */
    private void pair(String doc, String returnType, String name, String args, String argNames, String options,
            String engineCall) {
        String o = use(options);
        String ret = returnType.equals("void") ? "" : "return ";
        add(doc, returnType + " " + name + "(" + args + ")",
                ret + name + "(" + argNames + (argNames.isEmpty() ? "" : ", ") + o + ".DEFAULT);");
        add(doc, returnType + " " + name + "(" + args
                + (args.isEmpty() ? "" : ", ") + o + " options)", ret + engineCall + ";");
    }

    private void verbs() {
        if (d.verbs().contains("get")) {
            String nf = "{@link " + use("NotFoundException") + "}";
            pair("The " + kindCode + " named {@code name}; " + nf + " if there is none.", t, "get",
                    "String name", "name", "GetOptions", "engine.get(" + ns + ", name, options)");
            pair("The " + kindCode + " named {@code name}, or empty if there is none.",
                    imports.use("java.util.Optional") + "<" + t + ">", "find", "String name", "name", "GetOptions",
                    "engine.find(" + ns + ", name, options)");
        }
        String scope = d.namespaced() ? "in this namespace" : "";
        if (d.verbs().contains("list")) {
            String l = d.list() != null ? imports.use(d.list().qualifiedName())
                    : imports.use("io.kube4j.api.GenericKubernetesList") + "<" + t + ">";
            pair(join("One list call (one page when {@code limit} is set)", scope) + ".", l, "list", "", "",
                    "ListOptions", "engine.list(" + ns + ", options)");
            pair(join("Every " + kindCode, scope) + ", fetched page by page as the stream is consumed.",
                    imports.use("java.util.stream.Stream") + "<" + t + ">", "listAll", "", "", "ListOptions",
                    "engine.listAll(" + ns + ", options)");
        }
        if (d.verbs().contains("watch")) {
            pair(join("Watches " + kindCode + " objects", scope) + "; close the watch to stop it.",
                    use("Watch") + "<" + t + ">", "watch", "", "", "ListOptions", "engine.watch(" + ns + ", options)");
        }
        if (d.verbs().contains("create")) {
            pair("Creates the " + kindCode + "; returns it as stored.", t, "create", t + " object", "object",
                    "CreateOptions", "engine.create(" + ns + ", object, options)");
        }
        if (d.verbs().contains("update")) {
            pair("Replaces the " + kindCode + " (a stale resourceVersion is a conflict).", t, "update",
                    t + " object", "object", "UpdateOptions", "engine.update(" + ns + ", object, options)");
        }
        if (d.verbs().contains("patch")) {
            String pt = use("PatchType");
            pair("Patches the " + kindCode + " named {@code name} with a body in the patch type's format.", t,
                    "patch", "String name, " + pt + " type, String body", "name, type, body", "PatchOptions",
                    "engine.patch(" + ns + ", name, type, body, options)");
            add("Server-side apply of {@code object}, which holds only the fields the field manager owns.",
                    t + " apply(" + t + " object, " + use("ApplyOptions") + " options)",
                    "return engine.apply(" + ns + ", object, options);");
        }
        if (d.verbs().contains("delete")) {
            pair("Deletes the " + kindCode + " named {@code name}.", "void", "delete", "String name", "name",
                    "DeleteOptions", "engine.delete(" + ns + ", name, options)");
        }
        if (d.verbs().contains("deletecollection")) {
            String lo = use("ListOptions");
            pair(join("Deletes every " + kindCode + " the list options select", scope) + ".", "void",
                    "deleteCollection", lo + " selection", "selection", "DeleteOptions",
                    "engine.deleteCollection(" + ns + ", selection, options)");
        }
    }

    private void subresource(ClientDesc.Subresource s) {
        String sub = "\"" + s.name() + "\"";
        String part = ClientNames.subresource(s.name());
        String subCode = "{@code " + s.name() + "}";
        boolean sameKind = s.kind().equals(d.model());
        String r = imports.use(s.kind().qualifiedName());
        if (s.name().equals("log")) {
            logs();
            return;
        }
        if (s.verbs().contains(ClientPlanner.CONNECT)) {
            connect(s.name());
            return;
        }
        if (s.verbs().contains("get")) {
            pair("Reads the " + subCode + " subresource of {@code name}.", r, "get" + part, "String name", "name",
                    "GetOptions", "engine.getSubresource(" + ns + ", name, " + sub + ", options, " + r + ".class)");
        }
        if (s.verbs().contains("update")) {
            if (s.name().equals("status")) {
                pair("Replaces the status of the " + kindCode + " (other fields are ignored).", t, "updateStatus",
                        t + " object", "object", "UpdateOptions", "engine.updateStatus(" + ns + ", object, options)");
            } else if (sameKind) {
                pair("Replaces the " + subCode + " subresource of the " + kindCode + ".", t, "update" + part,
                        t + " object", "object", "UpdateOptions",
                        "engine.updateSubresource(" + ns + ", object, " + sub + ", options)");
            } else {
                pair("Replaces the " + subCode + " subresource of {@code name}.", r, "update" + part,
                        "String name, " + r + " body", "name, body", "UpdateOptions",
                        "engine.putSubresource(" + ns + ", name, " + sub + ", body, options, " + r + ".class)");
            }
        }
        if (s.verbs().contains("patch")) {
            String pt = use("PatchType");
            pair("Patches the " + subCode + " subresource of {@code name}.", r, "patch" + part,
                    "String name, " + pt + " type, String body", "name, type, body", "PatchOptions",
                    "engine.patchSubresource(" + ns + ", name, " + sub + ", type, body, options, " + r + ".class)");
            if (s.name().equals("status")) {
                add("Server-side apply of the status in {@code object}.",
                        t + " applyStatus(" + t + " object, " + use("ApplyOptions") + " options)",
                        "return engine.applyStatus(" + ns + ", object, options);");
            }
        }
        if (s.verbs().contains("create")) {
            create(s, r, sub);
        }
    }

    /** POST subresources: eviction and binding answer a Status, so those methods return nothing. */
    private void create(ClientDesc.Subresource s, String r, String sub) {
        String body = "engine.postSubresource(" + ns + ", name, " + sub + ", body, options, ";
        switch (s.name()) {
            case "eviction":
                if (d.namespaced()) {
                    add("Evicts the " + kindCode + " named {@code name} (a disruption budget may refuse: 429).",
                            "void evict(String name)", "evict(name, " + r
                                    + ".builder().metadata(m -> m.name(name).namespace(namespace)).build());");
                }
                pair("Evicts the " + kindCode + " named {@code name} as {@code body} describes.", "void", "evict",
                        "String name, " + r + " body", "name, body", "CreateOptions", body + "Void.class)");
                break;
            case "binding":
                pair("Binds the " + kindCode + " named {@code name} to the node {@code body} names.", "void", "bind",
                        "String name, " + r + " body", "name, body", "CreateOptions", body + "Void.class)");
                break;
            case "token":
                pair("Requests a token for the " + kindCode + " named {@code name}.", r, "createToken",
                        "String name, " + r + " body", "name, body", "CreateOptions", body + r + ".class)");
                break;
            default:
                pair("Posts {@code body} to the {@code " + s.name() + "} subresource of {@code name}.", r,
                        "create" + ClientNames.subresource(s.name()), "String name, " + r + " body", "name, body",
                        "CreateOptions", body + r + ".class)");
        }
    }

    /** WebSocket subresources: one method each, delegating to the REST core's stream clients. */
    private void connect(String name) {
        String options = use("ExecOptions");
        String call = "(engine.restClient(), namespace, name, options);";
        switch (name) {
            case "exec":
                add("Runs a command in a container of {@code name}; close the session to end it.",
                        use("ExecSession") + " exec(String name, " + options + " options)",
                        "return " + use("PodExec") + ".exec" + call);
                add("Runs a command in a container of {@code name} to completion and collects its output.",
                        use("ExecResult") + " execAndWait(String name, " + options + " options)",
                        "return " + use("PodExec") + ".execAndWait" + call);
                break;
            case "attach":
                add("Attaches to the running process of a container of {@code name}.",
                        use("ExecSession") + " attach(String name, " + options + " options)",
                        "return " + use("PodExec") + ".attach" + call);
                break;
            case "portforward":
                add("Forwards a local port to a port of {@code name} until the forward is closed.",
                        use("PortForward") + " portForward(String name, " + use("PortForwardOptions") + " options)",
                        "return " + use("PortForward") + ".open" + call);
                break;
            default:
                throw new IllegalStateException("no streaming method for subresource " + name);
        }
    }

    private void logs() {
        String is = imports.use("java.io.InputStream");
        String streams = imports.use("io.kube4j.client.internal.typed.LogStreams");
        pair("Streams the log of {@code name} (with no read timeout); close the stream to end the call.", is,
                "logs", "String name", "name", "LogOptions",
                "engine.streamSubresource(" + ns + ", name, \"log\", options.toQueryParams())");
        pair("The log of {@code name} as lines, read as the stream is consumed; close the stream to end the call.",
                imports.use("java.util.stream.Stream") + "<String>", "logLines", "String name", "name", "LogOptions",
                streams + ".lines(logs(name, options))");
        pair("The whole log of {@code name} as text (with follow, returns when the container stops).", "String",
                "logText", "String name", "name", "LogOptions", streams + ".text(logs(name, options))");
    }

    private static String join(String sentence, String scope) {
        return scope.isEmpty() ? sentence : sentence + " " + scope;
    }
}
