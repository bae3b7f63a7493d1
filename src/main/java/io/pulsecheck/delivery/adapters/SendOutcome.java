package io.pulsecheck.delivery.adapters;

import java.time.Duration;

/**
 * What one send attempt achieved.
 *
 * @param result sent, retry later, or give up (dead letter)
 * @param httpStatus the platform's HTTP status, null when no response arrived
 * @param error a short platform error code or transport failure, never message content; null when sent
 * @param retryAfter the platform's requested wait (429 {@code Retry-After}), null when it named none
 */
public record SendOutcome(Result result, Integer httpStatus, String error, Duration retryAfter) {

    public enum Result {
        SENT, RETRY, DEAD
    }

    public static SendOutcome sent(int httpStatus) {
        return new SendOutcome(Result.SENT, httpStatus, null, null);
    }

    public static SendOutcome retry(Integer httpStatus, String error, Duration retryAfter) {
        return new SendOutcome(Result.RETRY, httpStatus, error, retryAfter);
    }

    public static SendOutcome dead(Integer httpStatus, String error) {
        return new SendOutcome(Result.DEAD, httpStatus, error, null);
    }
}
