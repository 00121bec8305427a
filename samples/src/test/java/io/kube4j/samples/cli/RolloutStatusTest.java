package io.kube4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.dynamic.Unstructured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** kubectl's deployment status viewer, check by check. */
class RolloutStatusTest {
    private static Unstructured deployment(int generation, int observed, int desired, int replicas, int updated,
            int available, String progressingReason) {
        String conditions = progressingReason == null ? "" : ",\"conditions\":[{\"type\":\"Progressing\","
                + "\"status\":\"False\",\"reason\":\"" + progressingReason + "\"}]";
        return Unstructured.fromJson("{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"web\","
                + "\"generation\":" + generation + "},\"spec\":{\"replicas\":" + desired + "},\"status\":{"
                + "\"observedGeneration\":" + observed + ",\"replicas\":" + replicas + ",\"updatedReplicas\":" + updated
                + ",\"availableReplicas\":" + available + conditions + "}}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2|1|3|3|3|3|false|Waiting for deployment spec update to be observed...",
        "1|1|3|3|1|0|false|Waiting for deployment \"web\" rollout to finish: 1 out of 3 new replicas have been updated...",
        "1|1|3|5|3|3|false|Waiting for deployment \"web\" rollout to finish: 2 old replicas are pending termination...",
        "1|1|3|3|3|2|false|Waiting for deployment \"web\" rollout to finish: 2 of 3 updated replicas are available...",
        "1|1|3|3|3|3|true|deployment \"web\" successfully rolled out",
        "1|1|0|0|0|0|true|deployment \"web\" successfully rolled out",
    })
    void messages(int generation, int observed, int desired, int replicas, int updated, int available, boolean done,
            String message) {
        RolloutCommand.Status s = RolloutCommand.status(deployment(generation, observed, desired, replicas, updated,
                available, null));
        assertThat(s.message()).isEqualTo(message);
        assertThat(s.done()).isEqualTo(done);
    }

    @Test
    void anExceededProgressDeadlineIsAnError() {
        assertThatThrownBy(() -> RolloutCommand.status(deployment(1, 1, 3, 3, 1, 0, "ProgressDeadlineExceeded")))
                .hasMessage("deployment \"web\" exceeded its progress deadline");
    }
}
