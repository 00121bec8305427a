package io.kube4j.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CapturingInputStreamTest {
    @Test
    void keepsTheTailAroundAnOffset() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            sb.append(String.format("%05d|", i)); // 6 bytes per record, 30000 bytes
        }
        CapturingInputStream in = new CapturingInputStream(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.US_ASCII)));
        byte[] buf = new byte[7000];
        while (in.read(buf, 0, buf.length) > 0) {
            // drain in odd-sized chunks
        }
        assertThat(in.position()).isEqualTo(30000);
        assertThat(in.around(29994, 6, 6)).isEqualTo("04998|04999|");
        assertThat(in.around(1000, 6, 6)).as("no longer retained").isEmpty();
        assertThat(in.around(30000, 3, 10)).isEqualTo("99|");
    }

    @Test
    void singleByteReads() throws IOException {
        CapturingInputStream in = new CapturingInputStream(new ByteArrayInputStream("hello".getBytes(StandardCharsets.US_ASCII)));
        while (in.read() >= 0) {
            // drain
        }
        assertThat(in.around(2, 2, 2)).isEqualTo("hell");
    }
}
