package io.kube4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal as Maven runs it: parameters injected, sources written, the source root registered. */
class GenerateMojoTest {
    private static final String CRD = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: crontabs.stable.example.com
            spec:
              group: stable.example.com
              names: {kind: CronTab, plural: crontabs}
              scope: Namespaced
              versions:
                - name: v1
                  served: true
                  storage: true
                  subresources: {status: {}}
                  schema:
                    openAPIV3Schema:
                      type: object
                      properties:
                        spec:
                          type: object
                          properties:
                            cronSpec: {type: string}
                            replicas: {type: integer}
            """;

    @TempDir
    Path tmp;

    private GenerateMojo mojo(MavenProject project, Object... fieldsAndValues) throws Exception {
        GenerateMojo mojo = new GenerateMojo();
        set(mojo, "project", project);
        set(mojo, "outputDirectory", tmp.resolve("target/generated-sources/kube4j").toFile());
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            set(mojo, (String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return mojo;
    }

    private MavenProject project() {
        MavenProject project = new MavenProject(new Model());
        project.setFile(tmp.resolve("pom.xml").toFile());
        return project;
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = GenerateMojo.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    @Test
    void generatesIntoTheOutputAndAddsTheSourceRoot() throws Exception {
        Path crds = Files.createDirectories(tmp.resolve("src/main/crds"));
        Files.writeString(crds.resolve("crontab.yaml"), CRD);
        MavenProject project = project();
        Path out = tmp.resolve("target/generated-sources/kube4j");
        Files.createDirectories(out.resolve("com/example/old"));
        Files.writeString(out.resolve("com/example/old/Stale.java"), "stale");

        mojo(project, "packageName", "com.example").execute(); // default input: src/main/crds

        assertThat(out.resolve("com/example/v1/CronTab.java")).content()
                .contains("@KubeResource(group = \"stable.example.com\", version = \"v1\", kind = \"CronTab\"");
        assertThat(out.resolve("com/example/v1/CronTabClient.java")).content()
                .contains("public CronTab updateStatus(CronTab object) {");
        assertThat(out.resolve("com/example/v1/codec/CronTabSpecCodec.java")).exists();
        assertThat(out.resolve("com/example/old")).doesNotExist();
        assertThat(project.getCompileSourceRoots()).containsExactly(out.toFile().getAbsolutePath());
        assertThat(project.getTestCompileSourceRoots()).isEmpty();
    }

    @Test
    void testSourcesGoToTheTestRoot() throws Exception {
        Path crd = tmp.resolve("crontab.yaml");
        Files.writeString(crd, CRD);
        MavenProject project = project();
        mojo(project, "packageName", "com.example", "inputs", List.of(crd.toFile()), "testSources", true).execute();
        assertThat(project.getTestCompileSourceRoots()).hasSize(1);
        assertThat(project.getCompileSourceRoots()).isEmpty();
    }

    @Test
    void badInputFailsTheBuildWithTheReason() throws Exception {
        Path crd = tmp.resolve("bad.yaml");
        Files.writeString(crd, CRD.replace("apiextensions.k8s.io/v1", "apiextensions.k8s.io/v1beta1"));
        GenerateMojo mojo = mojo(project(), "packageName", "com.example", "inputs", List.of(crd.toFile()));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("apiextensions.k8s.io/v1beta1 CustomResourceDefinitions are not supported");
        GenerateMojo noPackage = mojo(project(), "packageName", "com..example", "inputs",
                List.of(new File(crd.toString())));
        assertThatThrownBy(noPackage::execute).isInstanceOf(MojoFailureException.class);
    }

    @Test
    void skipDoesNothing() throws Exception {
        MavenProject project = project();
        mojo(project, "packageName", "com.example", "skip", true).execute();
        assertThat(project.getCompileSourceRoots()).isEmpty();
        assertThat(tmp.resolve("target")).doesNotExist();
    }
}
