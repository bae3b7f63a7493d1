package io.pulsecheck.common.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx answer of the API.
 *
 * @param type a URI naming the kind of problem
 * @param title a short, stable summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong with this request, for a human
 * @param errors for invalid input: each offending field and why
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://pulsecheck.io/problems/";
    static final int MAX_FIELD_LENGTH = 120;
    static final int MAX_TEXT_LENGTH = 300;

    /**
     * One invalid field.
     *
     * @param field the path of the field in the request, e.g. {@code questions[2].text.de} or a query parameter name
     * @param message why the value was refused
     */
    public record FieldError(String field, String message) {

        /** Both may quote request content (a CSV header, a JSON path): an answer never echoes more than a line. */
        public FieldError {
            field = truncate(field, MAX_FIELD_LENGTH);
            message = truncate(message, MAX_TEXT_LENGTH);
        }
    }

    /** The detail may quote request content; it is cut to a readable line. */
    public Problem {
        detail = truncate(detail, MAX_TEXT_LENGTH);
    }

    static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "\u2026";
    }

    public static Problem of(Response.StatusType status, String slug, String detail) {
        return new Problem(TYPE_BASE + slug, status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + "invalid-request", "Bad Request", 400, detail, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
