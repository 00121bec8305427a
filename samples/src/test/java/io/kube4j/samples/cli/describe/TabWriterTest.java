package io.kube4j.samples.cli.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Go's text/tabwriter semantics, which kubectl describe's layout comes from. */
class TabWriterTest {
    private static String layout(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new TabWriter(2).write(text).flush(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLineWithoutCellsEndsTheColumnBlock() {
        assertThat(layout("Name:\tweb\nNamespace:\tns\nContainers:\n  app:\n    Image:\tnginx\n    Port:\t80/TCP\n"))
                .isEqualTo("Name:       web\nNamespace:  ns\nContainers:\n  app:\n    Image:  nginx\n    Port:   80/TCP\n");
    }

    @Test
    void nestedColumnsAlignWithinTheirBlocks() {
        assertThat(layout("  Type\tReason\tMessage\n  ----\t------\t-------\n  Normal\tScaled\tup to 2\n"))
                .isEqualTo("  Type    Reason  Message\n  ----    ------  -------\n  Normal  Scaled  up to 2\n");
    }

    @Test
    void continuationLinesShareTheColumn() {
        assertThat(layout("Labels:\tapp=web\n\ttier=front\nStatus:\tPending\n"))
                .isEqualTo("Labels:  app=web\n         tier=front\nStatus:  Pending\n");
    }
}
