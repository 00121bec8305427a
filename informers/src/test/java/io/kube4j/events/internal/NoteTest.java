package io.kube4j.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Notes are cut to the API's 1024-byte limit on a character boundary. */
class NoteTest {
    @ParameterizedTest(name = "{0} x {1} -> {2} bytes")
    @CsvSource({"a,1024,1024", "a,1025,1024", "a,5000,1024", "é,512,1024", "é,513,1024", "€,341,1023",
            "€,342,1023", "😀,256,1024", "😀,257,1024", "a,0,0"})
    void cutOnACharacterBoundary(String unit, int times, int bytes) {
        String note = Recorder.truncate(unit.repeat(times));

        byte[] utf8 = note.getBytes(StandardCharsets.UTF_8);
        assertThat(utf8).hasSize(bytes);
        assertThat(note).isEqualTo(unit.repeat(bytes / unit.getBytes(StandardCharsets.UTF_8).length));
    }
}
