package io.kube4j.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The generated fixtures (one fully populated JSON object per generated model, written by the generator
 * into {@code generated-fixtures.jsonl}) and the mappers the model tests compare.
 */
public final class ModelFixtures {
    /** Reads and writes trees for comparisons; knows nothing about kube4j. */
    public static final ObjectMapper TREE = new ObjectMapper();

    /** A plain Jackson mapper: only the models' annotations (plus java.time support) tell it what to do. */
    public static final ObjectMapper PLAIN = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private ModelFixtures() {
    }

    /** Arguments (simple class name, class, fixture tree) for every fixture in {@code resource}. */
    public static List<Arguments> load(String resource) {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = ModelFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource + " (run mvn -Pcodegen)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode entry = TREE.readTree(line);
                Class<?> type = Class.forName(entry.get("class").asText());
                out.add(Arguments.of(type.getName().substring("io.kube4j.api.".length()), type, entry.get("fixture")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("fixture for a class that was not generated", e);
        }
        return out;
    }
}
