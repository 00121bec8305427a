package io.kube4j.codegen;

import io.kube4j.codegen.spec.SpecLoader;
import io.swagger.v3.oas.models.OpenAPI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small hand-written spec the generator tests run on (never the real Kubernetes document). */
final class Fixtures {
    private Fixtures() {
    }

    static Path specPath() {
        try {
            return Path.of(Fixtures.class.getResource("/fixture-swagger.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static OpenAPI spec() {
        return SpecLoader.load(specPath());
    }
}
