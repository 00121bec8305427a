package io.kube4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.meta.v1.Status;
import io.kube4j.api.meta.v1.StatusCause;
import io.kube4j.api.meta.v1.StatusDetails;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classification: the Status reason first, the HTTP code second. */
class ApiExceptionTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "NotFound,              404, NotFoundException",
        "AlreadyExists,         409, AlreadyExistsException",
        "Conflict,              409, ConflictException",
        ",                      409, ConflictException",
        "Invalid,               422, InvalidException",
        ",                      422, InvalidException",
        "Gone,                  410, GoneException",
        "Expired,               410, GoneException",
        ",                      410, GoneException",
        "Unauthorized,          401, UnauthorizedException",
        "Forbidden,             403, ForbiddenException",
        "TooManyRequests,       429, TooManyRequestsException",
        "BadRequest,            400, BadRequestException",
        "MethodNotAllowed,      405, MethodNotAllowedException",
        "NotAcceptable,         406, NotAcceptableException",
        "RequestEntityTooLarge, 413, RequestEntityTooLargeException",
        "UnsupportedMediaType,  415, UnsupportedMediaTypeException",
        "Timeout,               504, ServerTimeoutException",
        "ServerTimeout,         500, ServerTimeoutException",
        ",                      504, ServerTimeoutException",
        "InternalError,         500, ServerErrorException",
        "ServiceUnavailable,    503, ServerErrorException",
        "StoreReadError,        500, ServerErrorException",
        ",                      502, ServerErrorException",
        "NotFound,              500, NotFoundException",
        "SomethingNew,          404, NotFoundException",
        ",                      418, ApiException",
        "Forbidden,             429, ForbiddenException",
    })
    void classifies(String reason, int code, String expected) {
        Status status = Status.builder().status("Failure").code(code).reason(reason).message("m").build();
        ApiException e = ApiException.from(code, status, "GET /x", null, List.of());
        assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.reason()).isEqualTo(reason == null ? "" : reason);
        assertThat(e).isInstanceOf(KubeException.class);
    }

    @Test
    void timeoutsAreServerErrors() {
        Status status = Status.builder().code(504).reason("Timeout").build();
        assertThat(ApiException.from(504, status, "", null, List.of())).isInstanceOf(ServerErrorException.class);
    }

    @Test
    void messageNamesVerbPathCodeReasonAndServerMessage() {
        Status status = Status.builder().status("Failure").code(404).reason("NotFound")
                .message("pods \"web\" not found").build();
        ApiException e = ApiException.from(404, status, "GET /api/v1/namespaces/ns/pods/web", Duration.ofSeconds(2),
                List.of("w1"));
        assertThat(e).hasMessage("GET /api/v1/namespaces/ns/pods/web: 404 NotFound: pods \"web\" not found");
        assertThat(e.request()).isEqualTo("GET /api/v1/namespaces/ns/pods/web");
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
        assertThat(e.warnings()).containsExactly("w1");
        assertThat(e.status()).isSameAs(status);
    }

    @Test
    void invalidCarriesCauses() {
        Status status = Status.builder().code(422).reason("Invalid")
                .message("Pod \"x\" is invalid: spec.containers[0].image: Required value")
                .details(StatusDetails.builder().name("x").kind("Pod")
                        .addCause(StatusCause.builder().field("spec.containers[0].image").reason("FieldValueRequired")
                                .message("Required value").build())
                        .build())
                .build();
        ApiException e = ApiException.from(422, status, "POST /api/v1/namespaces/ns/pods", null, List.of());
        assertThat(e).isInstanceOf(InvalidException.class);
        assertThat(e.causes()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("spec.containers[0].image");
            assertThat(c.reason()).isEqualTo("FieldValueRequired");
        });
    }

    @Test
    void fromStatusUsesItsCodeAndRetryAfter() {
        Status status = Status.builder().code(410).reason("Expired").message("too old")
                .details(StatusDetails.builder().retryAfterSeconds(3).build()).build();
        ApiException e = ApiException.from(status, "watch pods");
        assertThat(e).isInstanceOf(GoneException.class);
        assertThat(((GoneException) e).isExpired()).isTrue();
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(e.causes()).isEmpty();
        assertThat(ApiException.from(Status.builder().build(), "").code()).isEqualTo(500);
    }
}
