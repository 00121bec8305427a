package io.kube4j.informers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {
    @ParameterizedTest
    @CsvSource({
        // random, the first seven delays in ms
        "0.0,   800 1600 3200 6400 12800 25600 30000",
        "0.5,   1200 2400 4800 9600 19200 30000 30000",
        "0.999, 1599 3198 6396 12793 25587 30000 30000",
    })
    void doublesJittersAndCaps(double random, String expected) {
        Backoff b = new Backoff(Duration.ofMillis(800), Duration.ofSeconds(30), () -> random);
        List<String> delays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            delays.add(Long.toString(b.next().toMillis()));
        }
        assertThat(String.join(" ", delays)).isEqualTo(expected);
        b.reset();
        assertThat(b.next().toMillis()).isEqualTo(Long.parseLong(expected.split(" ")[0]));
    }
}
