package io.kube4j.client.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.client.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenSourceTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

    @Test
    void rereadsAtMostOncePerPeriodAndAtOnceAfterA401() throws IOException {
        Path file = Files.writeString(dir.resolve("token"), "one\n");
        FileTokenSource s = new FileTokenSource(file, null, clock, FileTokenSource.PERIOD);

        assertThat(s.get()).isEqualTo(Credentials.bearer("one"));
        Files.writeString(file, "two");
        clock.advance(Duration.ofSeconds(59));
        assertThat(s.get()).isEqualTo(Credentials.bearer("one"));
        clock.advance(Duration.ofSeconds(1));
        assertThat(s.get()).isEqualTo(Credentials.bearer("two"));

        Files.writeString(file, "three");
        assertThat(s.invalidate(Credentials.bearer("two"))).isTrue();
        assertThat(s.get()).isEqualTo(Credentials.bearer("three"));
    }

    @Test
    void keepsTheLastGoodTokenWhenTheFileDisappears() throws IOException {
        Path file = Files.writeString(dir.resolve("token"), "good");
        FileTokenSource s = new FileTokenSource(file, null, clock, FileTokenSource.PERIOD);
        s.get();
        Files.delete(file);
        clock.advance(Duration.ofMinutes(5));

        assertThat(s.get()).isEqualTo(Credentials.bearer("good"));
    }

    @Test
    void theStaticTokenIsTheFallbackButTheFileWins() throws IOException {
        Path file = dir.resolve("token");
        FileTokenSource s = new FileTokenSource(file, "static", clock, FileTokenSource.PERIOD);
        assertThat(s.get()).isEqualTo(Credentials.bearer("static"));

        Files.writeString(file, "from-file");
        s.invalidate(Credentials.bearer("static"));
        assertThat(s.get()).isEqualTo(Credentials.bearer("from-file"));
    }

    @Test
    void anUnreadableFileWithNothingToFallBackOnIsAConfigError() throws IOException {
        FileTokenSource missing = new FileTokenSource(dir.resolve("nope"), null, clock, FileTokenSource.PERIOD);
        assertThatThrownBy(missing::get).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("token file " + dir.resolve("nope") + ": cannot read");
        FileTokenSource empty = new FileTokenSource(Files.writeString(dir.resolve("empty"), " \n"), null, clock,
                FileTokenSource.PERIOD);
        assertThatThrownBy(empty::get).hasMessageContaining("the file is empty");
    }
}
