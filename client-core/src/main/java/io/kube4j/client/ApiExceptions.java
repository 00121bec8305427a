package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import java.time.Duration;
import java.util.List;

/** Maps an answer to its exception type: the Status reason first, the HTTP code second (as client-go). */
final class ApiExceptions {
    private ApiExceptions() {
    }

    @FunctionalInterface
    private interface Factory {
        ApiException create(int code, Status status, String request, Duration retryAfter, List<String> warnings);
    }

    static ApiException classify(int code, Status status, String request, Duration retryAfter, List<String> warnings) {
        Factory f = byReason(status.reason());
        if (f == null) {
            f = byCode(code);
        }
        return f.create(code, status, request, retryAfter, warnings);
    }

    private static Factory byReason(String reason) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case "NotFound" -> NotFoundException::new;
            case "AlreadyExists" -> AlreadyExistsException::new;
            case "Conflict" -> ConflictException::new;
            case "Invalid" -> InvalidException::new;
            case "Gone", "Expired" -> GoneException::new;
            case "Unauthorized" -> UnauthorizedException::new;
            case "Forbidden" -> ForbiddenException::new;
            case "TooManyRequests" -> TooManyRequestsException::new;
            case "BadRequest" -> BadRequestException::new;
            case "MethodNotAllowed" -> MethodNotAllowedException::new;
            case "NotAcceptable" -> NotAcceptableException::new;
            case "RequestEntityTooLarge" -> RequestEntityTooLargeException::new;
            case "UnsupportedMediaType" -> UnsupportedMediaTypeException::new;
            case "Timeout", "ServerTimeout" -> ServerTimeoutException::new;
            case "InternalError", "ServiceUnavailable", "StoreReadError" -> ServerErrorException::new;
            default -> null;
        };
    }

    private static Factory byCode(int code) {
        return switch (code) {
            case 400 -> BadRequestException::new;
            case 401 -> UnauthorizedException::new;
            case 403 -> ForbiddenException::new;
            case 404 -> NotFoundException::new;
            case 405 -> MethodNotAllowedException::new;
            case 406 -> NotAcceptableException::new;
            case 409 -> ConflictException::new;
            case 410 -> GoneException::new;
            case 413 -> RequestEntityTooLargeException::new;
            case 415 -> UnsupportedMediaTypeException::new;
            case 422 -> InvalidException::new;
            case 429 -> TooManyRequestsException::new;
            case 504 -> ServerTimeoutException::new;
            default -> code >= 500 && code <= 599 ? ServerErrorException::new : ApiException::new;
        };
    }
}
