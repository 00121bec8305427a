package io.kube4j.samples.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * Aligned columns the way kubectl's tab writer lays them out: every column but the last is as wide as its
 * widest cell plus 3 spaces (at least 6), the last is not padded. Widths are remembered between calls and
 * only grow, so rows printed later (watch events) line up with the header printed first.
 */
public final class TextTable {
    private static final int PADDING = 3;
    private static final int MIN_WIDTH = 6;

    private int[] widths = new int[0];

    /** Prints {@code rows} (the first may be a header) aligned with everything printed before. */
    public void print(PrintStream out, List<List<String>> rows) {
        for (List<String> row : rows) {
            for (int i = 0; i < row.size() - 1; i++) {
                grow(i, Math.max(MIN_WIDTH, row.get(i).length() + PADDING));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            sb.setLength(0);
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                sb.append(cell);
                if (i < row.size() - 1) {
                    sb.append(" ".repeat(widths[i] - cell.length()));
                }
            }
            out.println(sb);
        }
        out.flush();
    }

    private void grow(int column, int width) {
        if (column >= widths.length) {
            widths = java.util.Arrays.copyOf(widths, column + 1);
        }
        widths[column] = Math.max(widths[column], width);
    }
}
