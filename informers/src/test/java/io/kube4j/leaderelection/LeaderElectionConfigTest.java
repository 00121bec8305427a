package io.kube4j.leaderelection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeaderElectionConfigTest {
    private static LeaderElectionConfig.Builder valid() {
        return LeaderElectionConfig.builder().lease("ns", "lock").identity("me")
                .onStartedLeading(l -> { }).onStoppedLeading(() -> { });
    }

    @Test
    void defaultsAreClientGos() {
        LeaderElectionConfig c = valid().build();

        assertThat(c.leaseDuration()).isEqualTo(Duration.ofSeconds(15));
        assertThat(c.renewDeadline()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.retryPeriod()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.releaseOnCancel()).isTrue();
        assertThat(c.toString()).contains("ns/lock", "me");
    }

    @ParameterizedTest(name = "lease {0} ms, renew {1} ms, retry {2} ms -> {3}")
    @CsvSource(delimiter = '|', value = {
        "4000  | 3000 | 500  | ok",
        "4000  | 3000 | 2499 | ok",
        "4000  | 3000 | 2500 | renewDeadline (PT3S) must be greater than retryPeriod × 1.2 (PT2.5S)",
        "4000  | 4000 | 500  | leaseDuration (PT4S) must be greater than renewDeadline (PT4S)",
        "3000  | 4000 | 500  | leaseDuration (PT3S) must be greater than renewDeadline (PT4S)",
        "4500  | 3000 | 500  | leaseDuration must be a whole number of seconds",
        "0     | 3000 | 500  | leaseDuration must be positive",
        "4000  | 0    | 500  | renewDeadline must be positive",
        "4000  | 3000 | -1   | retryPeriod must be positive",
    })
    void durationsFollowClientGosRules(long lease, long renew, long retry, String expected) {
        LeaderElectionConfig.Builder b = valid().leaseDuration(Duration.ofMillis(lease))
                .renewDeadline(Duration.ofMillis(renew)).retryPeriod(Duration.ofMillis(retry));
        if (expected.equals("ok")) {
            assertThat(b.build().leaseDuration()).isEqualTo(Duration.ofMillis(lease));
        } else {
            assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(expected);
        }
    }

    @Test
    void requiredFieldsAreNamed() {
        assertThatThrownBy(() -> valid().lease(null, "x").build()).hasMessage("lease namespace is required");
        assertThatThrownBy(() -> valid().lease("ns", "").build()).hasMessage("lease name is required");
        assertThatThrownBy(() -> valid().identity("").build()).hasMessage("identity is required");
        assertThatThrownBy(() -> valid().onStartedLeading(null).build())
                .hasMessage("onStartedLeading callback is required");
        assertThatThrownBy(() -> valid().onStoppedLeading(null).build())
                .hasMessage("onStoppedLeading callback is required");
        assertThatThrownBy(() -> valid().onNewLeader(null).build()).hasMessage("onNewLeader callback is required");
    }
}
