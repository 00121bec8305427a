package io.kube4j.samples.cli.get;

import io.kube4j.api.meta.v1.Table;
import io.kube4j.api.meta.v1.TableColumnDefinition;
import io.kube4j.api.meta.v1.TableRow;
import io.kube4j.client.Json;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.dynamic.UnstructuredConverter;
import io.kube4j.samples.cli.Ages;
import io.kube4j.samples.cli.TextTable;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints what {@code get} received for humans: the server's Table with its columns (priority 0, or all with
 * {@code -o wide}), upper-case headers, a NAMESPACE column for {@code -A}, and {@code kind.group/name} names when
 * several kinds are printed. An answer that is not a Table (a server that cannot print) gets NAME and AGE.
 */
final class TablePrinter {
    private final PrintStream out;
    private final boolean wide;
    private final boolean withNamespace;
    private final String kindPrefix;
    private final TextTable text = new TextTable();
    private List<TableColumnDefinition> lastColumns = List.of();

    /**
     * @param kindPrefix {@code kind.group} to prefix names with, or null
     */
    TablePrinter(PrintStream out, boolean wide, boolean withNamespace, String kindPrefix) {
        this.out = out;
        this.wide = wide;
        this.withNamespace = withNamespace;
        this.kindPrefix = kindPrefix;
    }

    /**
     * Prints the rows of the answers (one table: the header once, columns aligned across all of them) and
     * returns how many rows were printed. No rows print nothing, not even the header (as kubectl).
     */
    int print(List<Unstructured> answers, boolean header) {
        return print(answers, header, false);
    }

    /** As {@link #print(List, boolean)}, with a blank line before the table when it has rows (between kinds). */
    int print(List<Unstructured> answers, boolean header, boolean blankLineFirst) {
        List<List<String>> lines = new ArrayList<>();
        for (Unstructured answer : answers) {
            if ("Table".equals(answer.kind())) {
                addTable(UnstructuredConverter.toTyped(answer, Table.class), lines);
            } else {
                addObjects(answer, lines);
            }
        }
        if (lines.size() <= 1) {
            return 0;
        }
        if (!header) {
            lines.remove(0);
        }
        if (blankLineFirst) {
            out.println();
        }
        text.print(out, lines);
        return lines.size() - (header ? 1 : 0);
    }

    /**
     * Adds the header (if none yet) and the rows of a Table. A watch sends the columns in its first Table only
     * (to save bandwidth), so a Table without them uses the last ones seen, as kubectl does.
     */
    private void addTable(Table table, List<List<String>> lines) {
        List<TableColumnDefinition> columns = table.columnDefinitions().isEmpty() ? lastColumns
                : table.columnDefinitions();
        lastColumns = columns;
        List<Integer> visible = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int nameColumn = -1;
        for (int i = 0; i < columns.size(); i++) {
            TableColumnDefinition c = columns.get(i);
            if (nameColumn < 0 && "name".equals(c.format()) && "string".equals(c.type())) {
                nameColumn = i;
            }
            if (wide || c.priority() == null || c.priority() == 0) {
                visible.add(i);
                names.add(c.name().toUpperCase(Locale.ROOT));
            }
        }
        if (lines.isEmpty()) {
            lines.add(withNamespace(names, "NAMESPACE"));
        }
        for (TableRow row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i : visible) {
                String cell = i < row.cells().size() ? cell(row.cells().get(i)) : "";
                cells.add(i == nameColumn && kindPrefix != null ? kindPrefix + "/" + cell : cell);
            }
            lines.add(withNamespace(cells, namespaceOf(row.object())));
        }
    }

    /** Adds the header (if none yet) and NAME and AGE of an object or a list that is not a Table. */
    private void addObjects(Unstructured answer, List<List<String>> lines) {
        List<Unstructured> objects = answer.getNestedList("items").isPresent()
                ? Fetcher.asList(answer).items() : List.of(answer);
        if (lines.isEmpty()) {
            lines.add(withNamespace(List.of("NAME", "AGE"), "NAMESPACE"));
        }
        Instant now = Instant.now();
        for (Unstructured o : objects) {
            String name = kindPrefix != null ? kindPrefix + "/" + o.name() : o.name();
            lines.add(withNamespace(List.of(name, Ages.since(o.creationTimestamp(), now)),
                    o.namespace() == null ? "" : o.namespace()));
        }
    }

    private List<String> withNamespace(List<String> cells, String namespace) {
        if (!withNamespace) {
            return cells;
        }
        List<String> out = new ArrayList<>(cells.size() + 1);
        out.add(namespace);
        out.addAll(cells);
        return out;
    }

    private static String namespaceOf(Object rowObject) {
        if (rowObject instanceof Map<?, ?> m && m.get("metadata") instanceof Map<?, ?> meta
                && meta.get("namespace") instanceof String ns) {
            return ns;
        }
        return "";
    }

    /** A cell as kubectl prints it: strings as they are, numbers and booleans as text, nothing for null. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return Json.write(value);
    }
}
