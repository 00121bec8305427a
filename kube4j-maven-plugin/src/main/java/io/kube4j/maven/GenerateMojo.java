package io.kube4j.maven;

import io.kube4j.codegen.crd.CrdCodegen;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates kube4j models, streaming codecs and typed clients from CustomResourceDefinition YAML (every served
 * version into {@code <packageName>.<version>}) and adds the output directory as a source root. Offline: it
 * reads only the given files.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>io.kube4j</groupId>
 *   <artifactId>kube4j-maven-plugin</artifactId>
 *   <version>...</version>
 *   <executions>
 *     <execution>
 *       <goals><goal>generate</goal></goals>
 *       <configuration>
 *         <inputs><input>src/main/crds</input></inputs>
 *         <packageName>com.example.api</packageName>
 *       </configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {
    /** CRD files, or directories of {@code .yaml/.yml/.json} files; by default {@code src/main/crds}. */
    @Parameter
    private List<File> inputs = new ArrayList<>();

    /** The base package; each served version goes to {@code <packageName>.<version>}. */
    @Parameter(required = true)
    private String packageName;

    /** Where the sources go; the plugin owns this directory and replaces its content. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/kube4j")
    private File outputDirectory;

    /** Add the output as a test source root instead of a main one (models only the tests use). */
    @Parameter(defaultValue = "false")
    private boolean testSources;

    /** Skip generation. */
    @Parameter(property = "kube4j.codegen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("kube4j code generation skipped");
            return;
        }
        List<Path> paths = new ArrayList<>();
        for (File f : inputs) {
            paths.add(f.toPath());
        }
        if (paths.isEmpty()) {
            paths.add(project.getBasedir().toPath().resolve("src/main/crds"));
        }
        try {
            CrdCodegen.Summary summary = CrdCodegen.run(paths, packageName, outputDirectory.toPath(), true);
            getLog().info("kube4j: " + summary + " in " + outputDirectory);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("kube4j: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("kube4j: code generation failed: " + e.getMessage(), e);
        }
        if (testSources) {
            project.addTestCompileSourceRoot(outputDirectory.getAbsolutePath());
        } else {
            project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        }
    }
}
