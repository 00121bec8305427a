package io.kube4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.codegen.client.ClientDesc;
import io.kube4j.codegen.client.GroupVersionDesc;
import io.kube4j.codegen.render.ModelRenderer;
import io.kube4j.codegen.spec.ResourceTable;
import io.kube4j.codegen.spec.SpecLoader;
import io.swagger.v3.oas.models.OpenAPI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Typed clients from a small spec of paths: scope, verbs, subresources, names, registry. */
class ClientGenerationTest {
    private static final Pattern PUBLIC_METHOD = Pattern.compile(
            "\\n    public (?:static )?(?:abstract )?(?:[\\w.<>, ?]+ )?(\\w+)\\(([^)]*)\\)");
    private static OpenAPI spec;
    private static Generator.Output out;

    @BeforeAll
    static void generate() throws URISyntaxException {
        spec = SpecLoader.load(Path.of(ClientGenerationTest.class.getResource("/fixture-clients-swagger.json").toURI()));
        out = Generator.generate(spec);
    }

    private static String source(String path) {
        String s = out.typed().get(path);
        assertThat(s).as(path).isNotNull();
        return s;
    }

    /** {@code name(Type, Type)} of every public method and constructor of a generated class. */
    private static Set<String> methods(String path) {
        Set<String> found = new TreeSet<>();
        Matcher m = PUBLIC_METHOD.matcher(source(path));
        while (m.find()) {
            StringBuilder sig = new StringBuilder(m.group(1)).append('(');
            String params = m.group(2).trim();
            if (!params.isEmpty()) {
                String[] parts = params.split(",\\s*(?![^<]*>)");
                for (int i = 0; i < parts.length; i++) {
                    String p = parts[i].trim();
                    sig.append(i == 0 ? "" : ", ").append(p, 0, p.lastIndexOf(' '));
                }
            }
            found.add(sig.append(')').toString());
        }
        return found;
    }

    private static final String CLIENT = "io/kube4j/client/";

    @Test
    void tableReadsVerbsSubresourcesAndIgnoresDiscoveryPaths() {
        List<ResourceTable.Resource> table = ResourceTable.from(spec);
        assertThat(table).extracting(r -> r.group() + "/" + r.version() + "/" + r.plural()).containsExactly(
                "/v1/bindings", "/v1/componentstatuses", "/v1/namespaces", "/v1/nodes", "/v1/pods",
                "/v1/serviceaccounts", "apps/v1/deployments", "authentication.k8s.io/v1/tokenreviews",
                "certificates.k8s.io/v1/certificatesigningrequests");
        ResourceTable.Resource pods = table.get(4);
        assertThat(pods.subresources()).containsOnlyKeys("binding", "ephemeralcontainers", "eviction", "exec", "log",
                "proxy", "status");
        assertThat(pods.subresources().get("proxy").takesPath()).isTrue();
        assertThat(pods.subresources().get("exec").verbs()).containsExactly("connect:GET", "connect:POST");
        assertThat(pods.subresources().get("eviction").kind().kind()).isEqualTo("Eviction");
    }

    @Test
    void namespacedClientHasEveryListedVerbAndNamedSubresourceMethods() {
        Set<String> pod = methods(CLIENT + "core/v1/PodClient.java");
        assertThat(pod).containsExactlyInAnyOrder(
                "PodClient(RestClient, String)", "allNamespaces(RestClient)", "namespace()", "resourceClient()",
                "get(String)", "get(String, GetOptions)", "find(String)", "find(String, GetOptions)",
                "list()", "list(ListOptions)", "listAll()", "listAll(ListOptions)", "watch()", "watch(ListOptions)",
                "create(Pod)", "create(Pod, CreateOptions)", "update(Pod)", "update(Pod, UpdateOptions)",
                "patch(String, PatchType, String)", "patch(String, PatchType, String, PatchOptions)",
                "apply(Pod, ApplyOptions)", "delete(String)", "delete(String, DeleteOptions)",
                "deleteCollection(ListOptions)", "deleteCollection(ListOptions, DeleteOptions)",
                "getStatus(String)", "getStatus(String, GetOptions)", "updateStatus(Pod)",
                "updateStatus(Pod, UpdateOptions)", "patchStatus(String, PatchType, String)",
                "patchStatus(String, PatchType, String, PatchOptions)", "applyStatus(Pod, ApplyOptions)",
                "logs(String)", "logs(String, LogOptions)", "logLines(String)", "logLines(String, LogOptions)",
                "logText(String)", "logText(String, LogOptions)",
                "evict(String)", "evict(String, Eviction)", "evict(String, Eviction, CreateOptions)",
                "bind(String, Binding)", "bind(String, Binding, CreateOptions)",
                "getEphemeralContainers(String)", "getEphemeralContainers(String, GetOptions)",
                "updateEphemeralContainers(Pod)", "updateEphemeralContainers(Pod, UpdateOptions)",
                "patchEphemeralContainers(String, PatchType, String)",
                "patchEphemeralContainers(String, PatchType, String, PatchOptions)",
                "exec(String, ExecOptions)", "execAndWait(String, ExecOptions)", "toString()");
        String src = source(CLIENT + "core/v1/PodClient.java");
        assertThat(src).contains(
                "public static final ResourceType<Pod, PodList> TYPE = ResourceType.namespaced(\n"
                        + "            GroupVersionKind.of(\"\", \"v1\", \"Pod\"), \"pods\", Pod.class, PodList.class);",
                "return engine.get(namespace, name, options);",
                "engine.postSubresource(namespace, name, \"eviction\", body, options, Void.class);",
                "return engine.streamSubresource(namespace, name, \"log\", options.toQueryParams());",
                "this.namespace = Checks.namespace(namespace);",
                "import io.kube4j.api.policy.v1.Eviction;");
        assertThat(src).contains("return PodExec.exec(engine.restClient(), namespace, name, options);")
                .doesNotContain("proxy");
    }

    @Test
    void clusterScopedClientsHaveNoNamespace() {
        Set<String> node = methods(CLIENT + "core/v1/NodeClient.java");
        assertThat(node).contains("NodeClient(RestClient)", "get(String)", "deleteCollection(ListOptions)",
                "updateStatus(Node)").doesNotContain("namespace()", "allNamespaces(RestClient)",
                "NodeClient(RestClient, String)");
        assertThat(source(CLIENT + "core/v1/NodeClient.java")).contains("return engine.get(null, name, options);",
                "ResourceType.clusterScoped(").doesNotContain("proxy", "Checks");
        Set<String> namespaces = methods(CLIENT + "core/v1/NamespaceClient.java");
        assertThat(namespaces).contains("updateFinalize(Namespace)", "updateFinalize(Namespace, UpdateOptions)",
                "delete(String)").doesNotContain("deleteCollection(ListOptions)", "getFinalize(String)",
                "patchFinalize(String, PatchType, String)");
    }

    @Test
    void onlyTheVerbsTheSpecLists() {
        assertThat(methods(CLIENT + "authentication/v1/TokenReviewClient.java")).containsExactlyInAnyOrder(
                "TokenReviewClient(RestClient)", "resourceClient()", "create(TokenReview)",
                "create(TokenReview, CreateOptions)", "toString()");
        assertThat(source(CLIENT + "authentication/v1/TokenReviewClient.java")).contains(
                "ResourceType<TokenReview, GenericKubernetesList<TokenReview>> TYPE = ResourceType.clusterScoped(\n"
                        + "            GroupVersionKind.of(\"authentication.k8s.io\", \"v1\", \"TokenReview\"),"
                        + " \"tokenreviews\", TokenReview.class);");
        assertThat(methods(CLIENT + "core/v1/ComponentStatusClient.java")).contains("get(String)", "list()",
                "listAll()").doesNotContain("watch()", "create(ComponentStatus)", "delete(String)");
        assertThat(methods(CLIENT + "core/v1/ServiceAccountClient.java")).contains(
                "createToken(String, TokenRequest)", "createToken(String, TokenRequest, CreateOptions)")
                .doesNotContain("list()", "allNamespaces(RestClient)", "update(ServiceAccount)");
        assertThat(source(CLIENT + "core/v1/ServiceAccountClient.java")).contains(
                "public TokenRequest createToken(String name, TokenRequest body, CreateOptions options) {");
        Set<String> deployments = methods(CLIENT + "apps/v1/DeploymentClient.java");
        assertThat(deployments).contains("getScale(String)", "getScale(String, GetOptions)",
                "updateScale(String, Scale)", "updateScale(String, Scale, UpdateOptions)",
                "patchScale(String, PatchType, String)", "allNamespaces(RestClient)")
                .doesNotContain("create(Deployment)", "delete(String)", "patch(String, PatchType, String)",
                        "apply(Deployment, ApplyOptions)");
        assertThat(source(CLIENT + "apps/v1/DeploymentClient.java")).contains(
                "public Scale getScale(String name, GetOptions options) {",
                "return engine.putSubresource(namespace, name, \"scale\", body, options, Scale.class);",
                "import io.kube4j.api.autoscaling.v1.Scale;");
        assertThat(methods(CLIENT + "certificates/v1/CertificateSigningRequestClient.java")).contains(
                "getApproval(String)", "updateApproval(CertificateSigningRequest)",
                "patchApproval(String, PatchType, String)");
        assertThat(out.typed().keySet()).noneMatch(p -> p.contains("ScaleClient") || p.contains("EvictionClient")
                || p.contains("TokenRequestClient"));
    }

    @Test
    void groupVersionClassesOfferScopedAccessors() {
        Set<String> core = methods(CLIENT + "core/v1/CoreV1Client.java");
        assertThat(core).containsExactlyInAnyOrder("CoreV1Client(RestClient)", "restClient()", "toString()",
                "bindings(String)", "componentStatuses()", "namespaces()", "nodes()", "pods()", "pods(String)",
                "serviceAccounts(String)");
        assertThat(source(CLIENT + "core/v1/CoreV1Client.java")).contains(
                "public AllNamespacesClient<Pod, PodList, PodClient> pods() {",
                "return PodClient.allNamespaces(client);", "public NodeClient nodes() {");
        assertThat(methods(CLIENT + "KubernetesApis.java")).containsExactlyInAnyOrder("restClient()",
                "appsV1()", "authenticationV1()", "certificatesV1()", "coreV1()");
        List<GroupVersionDesc> groups = out.clients();
        assertThat(groups).extracting(GroupVersionDesc::apiVersion).containsExactly("apps/v1",
                "authentication.k8s.io/v1", "certificates.k8s.io/v1", "v1");
        ClientDesc bindings = groups.get(3).clients().get(0);
        assertThat(bindings.list()).isNull();
        assertThat(bindings.namespaced()).isTrue();
    }

    @Test
    void registryFindsBuiltInsByKindAndResource() {
        String registry = source(CLIENT + "ResourceTypes.java");
        assertThat(registry).contains("case \"v1/Pod\":\n                return Optional.of(PodClient.TYPE);",
                "case \"apps/v1/Deployment\":\n                return Optional.of(DeploymentClient.TYPE);",
                "case \"/v1/pods\":\n                return Optional.of(PodClient.TYPE);",
                "public static <T extends KubernetesObject> ResourceType<T, ? extends KubernetesList<T>> of(");
    }

    @Test
    void servedKindsCarryTheirResource() {
        assertThat(source("io/kube4j/api/core/v1/Pod.java")).contains("@KubeResource(group = \"\", version = \"v1\","
                + " kind = \"Pod\", plural = \"pods\", namespaced = true, listType = PodList.class)\n"
                + "public final class Pod implements KubernetesObject {", "import io.kube4j.api.KubeResource;");
        assertThat(source("io/kube4j/api/core/v1/Binding.java")).contains("@KubeResource(group = \"\", version = \"v1\","
                + " kind = \"Binding\", plural = \"bindings\", namespaced = true)\n");
        assertThat(source("io/kube4j/api/core/v1/Node.java")).contains("namespaced = false, listType = NodeList.class)");
        assertThat(source("io/kube4j/api/autoscaling/v1/Scale.java")).doesNotContain("KubeResource");
        assertThat(source("io/kube4j/api/core/v1/PodList.java")).doesNotContain("KubeResource");
    }

    @Test
    void clientsCarryTheHeaderAndNoSpecProse() {
        assertThat(out.typed().entrySet()).filteredOn(e -> e.getKey().startsWith(CLIENT)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getValue()).startsWith(ModelRenderer.HEADER + "\npackage io.kube4j.client")
                        .doesNotContain("description"));
    }

    @Test
    void syntheticMetaModelsAreAdded() {
        assertThat(out.core().get("io/kube4j/api/meta/v1/PartialObjectMetadata.java")).contains(
                "public final class PartialObjectMetadata implements KubernetesObject {",
                "public static final String API_VERSION = \"meta.k8s.io/v1\";",
                "public static final String KIND = \"PartialObjectMetadata\";");
        assertThat(out.core().get("io/kube4j/api/meta/v1/PartialObjectMetadataList.java")).contains(
                "public final class PartialObjectMetadataList implements KubernetesList<PartialObjectMetadata> {");
        assertThat(out.core().get("io/kube4j/api/meta/v1/Table.java")).contains(
                "public List<TableColumnDefinition> columnDefinitions() {", "public List<TableRow> rows() {",
                "public ListMeta metadata() {", "public static final String KIND = \"Table\";");
        assertThat(out.core().get("io/kube4j/api/meta/v1/TableRow.java")).contains("public List<Object> cells() {",
                "public Object object() {", "public List<TableRowCondition> conditions() {");
        assertThat(out.core().get("io/kube4j/api/meta/v1/TableColumnDefinition.java")).contains(
                "public Integer priority() {", "public String format() {");
        assertThat(out.core()).containsKeys("io/kube4j/api/meta/v1/TableOptions.java",
                "io/kube4j/api/meta/v1/codec/TableCodec.java", "io/kube4j/api/meta/v1/TableRowCondition.java");
    }
}
