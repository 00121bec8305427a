package io.kube4j.samples.cli.describe;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code text/tabwriter} layout, which {@code kubectl describe} output is made of: text with tab-terminated
 * cells; a column is aligned over each block of consecutive lines that have a cell in it, as wide as its widest
 * cell plus the padding. The text after a line's last tab is not aligned.
 */
final class TabWriter {
    private final int padding;
    private final List<String[]> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    TabWriter(int padding) {
        this.padding = padding;
    }

    /** Adds text; {@code \t} ends a cell, {@code \n} a line. */
    TabWriter write(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines.add(current.toString().split("\t", -1));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return this;
    }

    /** Lays out and prints everything written so far. */
    void flush(PrintStream out) {
        if (current.length() > 0) {
            write("\n");
        }
        StringBuilder sb = new StringBuilder();
        format(sb, new ArrayList<>(), 0, lines.size());
        out.print(sb);
        lines.clear();
    }

    private void format(StringBuilder sb, List<Integer> widths, int line0, int line1) {
        int column = widths.size();
        for (int i = line0; i < line1; i++) {
            if (column >= lines.get(i).length - 1) {
                continue;
            }
            writeLines(sb, widths, line0, i);
            line0 = i;
            int width = 0;
            for (; i < line1 && column < lines.get(i).length - 1; i++) {
                width = Math.max(width, lines.get(i)[column].length() + padding);
            }
            widths.add(width);
            format(sb, widths, line0, i);
            widths.remove(widths.size() - 1);
            line0 = i;
            i--; // the loop's i++ must not skip the line that ended the block
        }
        writeLines(sb, widths, line0, line1);
    }

    private void writeLines(StringBuilder sb, List<Integer> widths, int line0, int line1) {
        for (int i = line0; i < line1; i++) {
            String[] cells = lines.get(i);
            for (int j = 0; j < cells.length; j++) {
                sb.append(cells[j]);
                if (j < cells.length - 1 && j < widths.size()) {
                    sb.append(" ".repeat(Math.max(0, widths.get(j) - cells[j].length())));
                }
            }
            sb.append('\n');
        }
    }
}
