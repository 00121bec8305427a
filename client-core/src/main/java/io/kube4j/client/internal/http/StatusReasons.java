package io.kube4j.client.internal.http;

/** The reasons and messages the API server uses for bare HTTP codes, for Statuses kube4j synthesises. */
public final class StatusReasons {
    private StatusReasons() {
    }

    /** The Status reason matching an HTTP code, e.g. 404 → {@code NotFound}. */
    public static String forCode(int code) {
        return switch (code) {
            case 400 -> "BadRequest";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            case 405 -> "MethodNotAllowed";
            case 406 -> "NotAcceptable";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 413 -> "RequestEntityTooLarge";
            case 415 -> "UnsupportedMediaType";
            case 422 -> "Invalid";
            case 429 -> "TooManyRequests";
            case 503 -> "ServiceUnavailable";
            case 504 -> "Timeout";
            default -> code >= 500 && code <= 599 ? "InternalError" : "Unknown";
        };
    }

    /** A short description of an HTTP code for messages. */
    public static String describe(int code) {
        return switch (code) {
            case 400 -> "the server rejected the request";
            case 401 -> "the server asks for valid credentials";
            case 403 -> "the server refuses the request";
            case 404 -> "the server could not find the requested resource";
            case 405 -> "the server does not allow this method on the resource";
            case 406 -> "the server cannot answer in the requested content type";
            case 409 -> "the server reported a conflict";
            case 410 -> "the requested resource version is gone";
            case 413 -> "the request body is too large";
            case 415 -> "the server does not accept the request's content type";
            case 422 -> "the server found the request invalid";
            case 429 -> "the server asks the client to slow down";
            case 503 -> "the server is unavailable";
            case 504 -> "the server timed out";
            default -> code >= 500 && code <= 599 ? "the server failed with an internal error"
                    : "the server answered with an unexpected status";
        };
    }
}
