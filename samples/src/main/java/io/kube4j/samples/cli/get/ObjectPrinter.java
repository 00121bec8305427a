package io.kube4j.samples.cli.get;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.kube4j.client.Json;
import io.kube4j.discovery.RestMapping;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.samples.cli.ResourceArgs;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code -o json|yaml|name}: objects as the server returned them (its field order, {@code apiVersion} and
 * {@code kind} first), several objects as a
 * {@code v1 List} like kubectl's, JSON indented by four spaces; names as {@code kind.group/name}.
 */
final class ObjectPrinter {
    private static final ObjectWriter JSON = Json.mapper().writer(new KubectlJsonPrinter());

    private ObjectPrinter() {
    }

    /** One object's name as {@code -o name} prints it: {@code pod/web}, {@code deployment.apps/web}. */
    static String name(RestMapping mapping, Unstructured object) {
        return ResourceArgs.kindName(mapping.kind()) + "/" + object.name();
    }

    /** Prints one object, or a {@code List} of them (kubectl's shape: empty list resourceVersion). */
    static void print(PrintStream out, String format, List<Unstructured> objects, boolean single) {
        Object value;
        if (single && objects.size() == 1) {
            value = typeFirst(objects.get(0));
        } else {
            Map<String, Object> list = new LinkedHashMap<>();
            list.put("apiVersion", "v1");
            list.put("items", objects.stream().map(ObjectPrinter::typeFirst).toList());
            list.put("kind", "List");
            list.put("metadata", Map.of("resourceVersion", ""));
            value = list;
        }
        try {
            if (format.equals("yaml")) {
                out.print(Json.yamlMapper().writeValueAsString(value));
            } else {
                out.println(JSON.writeValueAsString(value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object with {@code apiVersion} and {@code kind} first (list items get them last), the rest as sent. */
    private static Map<String, Object> typeFirst(Unstructured o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apiVersion", o.apiVersion());
        m.put("kind", o.kind());
        o.object().forEach(m::putIfAbsent);
        return m;
    }

    /** Four-space indentation, {@code "key": value}, and {@code []}/{@code {}} for empty values, as Go's encoder. */
    private static final class KubectlJsonPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        KubectlJsonPrinter() {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""));
            DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
            indentObjectsWith(indenter);
            indentArraysWith(indenter);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new KubectlJsonPrinter();
        }
    }
}
