package io.kube4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** kubectl's tab writer: columns 3 spaces wider than their widest cell (at least 6), the last not padded. */
class TextTableTest {
    @Test
    void alignsColumnsAndRemembersWidths() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        TextTable table = new TextTable();
        table.print(out, List.of(List.of("NAME", "AGE", "X"), List.of("a", "5s", "last-column-is-not-padded")));
        table.print(out, List.of(List.of("much-longer-name", "1m", "y"))); // later rows only widen
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "NAME   AGE   X\n"
                        + "a      5s    last-column-is-not-padded\n"
                        + "much-longer-name   1m    y\n");
    }
}
