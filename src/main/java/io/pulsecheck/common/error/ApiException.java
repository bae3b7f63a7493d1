package io.pulsecheck.common.error;

import java.util.List;

import jakarta.ws.rs.core.Response.Status;

/**
 * Thrown by application code to answer with a specific problem; never carries personal data or answer values in its
 * message.
 */
public class ApiException extends RuntimeException {

    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(Problem.of(Status.NOT_FOUND, "not-found", what + " " + id + " does not exist"));
    }

    public static ApiException conflict(String detail) {
        return new ApiException(Problem.of(Status.CONFLICT, "conflict", detail));
    }

    public static ApiException preconditionFailed(String detail) {
        return new ApiException(Problem.of(Status.PRECONDITION_FAILED, "precondition-failed", detail));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(Problem.of(Status.FORBIDDEN, "forbidden", detail));
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(Problem.invalid("The request is not valid", List.of(new Problem.FieldError(field, message))));
    }

    public static ApiException invalid(List<Problem.FieldError> errors) {
        return new ApiException(Problem.invalid("The request is not valid", errors));
    }
}
