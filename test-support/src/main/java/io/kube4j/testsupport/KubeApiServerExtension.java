package io.kube4j.testsupport;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension for tests against the real kube-apiserver: starts (or reuses) the local server
 * once per JVM, creates a namespace per test class and deletes it afterwards, and injects a
 * {@link TestCluster} into test methods, constructors and {@code @BeforeAll} methods.
 *
 * <pre>{@code
 * @ExtendWith(KubeApiServerExtension.class)
 * class ConfigMapIT {
 *     @Test void crud(TestCluster cluster) { ... cluster.kubeconfig() ... cluster.namespace() ... }
 * }
 * }</pre>
 */
public final class KubeApiServerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(KubeApiServerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        cluster(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestCluster cluster = context.getStore(STORE).remove("cluster", TestCluster.class);
        if (cluster != null) {
            AdminHttp.Answer a = cluster.admin().delete("/api/v1/namespaces/" + cluster.namespace(),
                    "{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"propagationPolicy\":\"Background\"}");
            if (!a.ok() && a.code() != 404) {
                System.err.println("[kube4j] could not delete namespace " + cluster.namespace() + ": " + a);
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        Class<?> t = p.getParameter().getType();
        return t == TestCluster.class || t == LocalApiServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        TestCluster c = cluster(e);
        return p.getParameter().getType() == LocalApiServer.class ? c.server() : c;
    }

    private TestCluster cluster(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getParent().isPresent() && classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().get();
        }
        ExtensionContext cc = classContext;
        return cc.getStore(STORE).getOrComputeIfAbsent("cluster", k -> create(cc), TestCluster.class);
    }

    private static TestCluster create(ExtensionContext context) {
        LocalApiServer server = LocalApiServer.ensureRunning();
        AdminHttp admin = new AdminHttp(server);
        String ns = namespaceName(context.getRequiredTestClass().getSimpleName());
        AdminHttp.Answer a = admin.post("/api/v1/namespaces",
                "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"" + ns + "\"}}");
        if (!a.ok()) {
            throw new IllegalStateException("cannot create test namespace " + ns + ": " + a);
        }
        return new TestCluster(server, ns, admin);
    }

    /** A DNS-1123 label from the class name plus a random suffix, e.g. {@code configmapit-4f2a9c}. */
    static String namespaceName(String className) {
        String base = className.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        return (base.isEmpty() ? "test" : base) + "-" + suffix;
    }
}
