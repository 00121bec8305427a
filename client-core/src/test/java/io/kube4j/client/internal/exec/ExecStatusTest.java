package io.kube4j.client.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.client.ApiException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The error channel's Status → exit code or failure, as client-go's v4 error decoder. */
class ExecStatusTest {
    private static final String REQUEST = "GET /api/v1/namespaces/ns/pods/web/exec";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // bytes on the error channel | exit code (empty: failure) | failure class | code | message
        "{\"metadata\":{},\"status\":\"Success\"}|0|||",
        "{\"status\":\"Failure\",\"reason\":\"NonZeroExitCode\",\"details\":{\"causes\":[{\"reason\":\"ExitCode\",\"message\":\"3\"}]}}|3|||",
        "{\"status\":\"Failure\",\"reason\":\"NonZeroExitCode\",\"details\":{\"causes\":[{\"reason\":\"Other\",\"message\":\"x\"},{\"reason\":\"ExitCode\",\"message\":\" 255 \"}]}}|255|||",
        "{\"status\":\"Failure\",\"reason\":\"NonZeroExitCode\",\"message\":\"no code\"}||ServerErrorException|500|no code",
        "{\"status\":\"Failure\",\"reason\":\"NonZeroExitCode\",\"message\":\"bad code\",\"details\":{\"causes\":[{\"reason\":\"ExitCode\",\"message\":\"three\"}]}}||ServerErrorException|500|bad code",
        "{\"status\":\"Failure\",\"reason\":\"InternalError\",\"code\":500,\"message\":\"container not found\"}||ServerErrorException|500|container not found",
        "{\"status\":\"Failure\",\"reason\":\"BadRequest\",\"code\":400,\"message\":\"no such container\"}||BadRequestException|400|no such container",
        "{\"status\":\"Failure\",\"message\":\"no reason, no code\"}||ServerErrorException|500|no reason, no code",
        "error: exec failed: unable to start container process||ServerErrorException|500|error: exec failed: unable to start container process",
        "{\"metadata\":{}}||ServerErrorException|500|{\"metadata\":{}}",
    })
    void decodesACompleteErrorChannel(String bytes, Integer exitCode, String failure, Integer code, String message) {
        ExecStatus.Outcome o = ExecStatus.decode(bytes.getBytes(StandardCharsets.UTF_8), REQUEST, true);
        if (exitCode != null) {
            assertThat(o.exitCode()).isEqualTo(exitCode);
            assertThat(o.failure()).isNull();
        } else {
            assertThat(o.exitCode()).isNull();
            ApiException e = o.failure();
            assertThat(e.getClass().getSimpleName()).isEqualTo(failure);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status().message()).isEqualTo(message);
            assertThat(e.request()).isEqualTo(REQUEST);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"{", "{\"status\":\"Succ", "{\"status\":\"Success\""})
    void anUnfinishedStatusWaitsForMoreUntilTheStreamEnds(String prefix) {
        byte[] bytes = prefix.getBytes(StandardCharsets.UTF_8);
        assertThat(ExecStatus.decode(bytes, REQUEST, false)).isNull();
        ExecStatus.Outcome ended = ExecStatus.decode(bytes, REQUEST, true);
        assertThat(ended.failure()).isNotNull();
        assertThat(ended.failure().status().message()).isEqualTo(prefix);
    }
}
