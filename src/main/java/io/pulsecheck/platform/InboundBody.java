package io.pulsecheck.platform;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response.Status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem;

/** Reading raw webhook bodies: size, form fields and JSON payload records, each failure a 4xx problem. */
public final class InboundBody {

    // Own mapper: webhook payloads follow the platforms' formats, not the API's serialisation settings.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

    private InboundBody() {
    }

    public static void checkSize(byte[] body, long limit) {
        if (body != null && body.length > limit) {
            throw new ApiException(Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large",
                    "The request body is larger than the limit of " + limit + " bytes"));
        }
    }

    public static byte[] orEmpty(byte[] body) {
        return body == null ? new byte[0] : body;
    }

    /** The fields of an {@code application/x-www-form-urlencoded} body; the last of repeated fields wins. */
    public static Map<String, String> form(byte[] body) {
        Map<String, String> fields = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return fields;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new ApiException(Problem.of(Status.BAD_REQUEST, "malformed-form",
                        "The request body is not valid form data"));
            }
        }
        return fields;
    }

    /** Reads and validates a payload record; malformed JSON and invalid fields become 400 problems. */
    public static <T> T json(String json, Class<T> type, Validator validator) throws JsonProcessingException {
        if (json == null || json.isBlank()) {
            throw new ApiException(Problem.of(Status.BAD_REQUEST, "malformed-json",
                    "The request body is not well-formed JSON"));
        }
        T payload = MAPPER.readValue(json, type);
        if (payload == null) {
            throw new ApiException(Problem.of(Status.BAD_REQUEST, "malformed-json",
                    "The request body is not a JSON object"));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(payload);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return payload;
    }

    public static <T> T json(byte[] body, Class<T> type, Validator validator) throws JsonProcessingException {
        return json(new String(body, StandardCharsets.UTF_8), type, validator);
    }

    /** Reads a UUID field, refusing anything else with 400 naming the field. */
    public static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, "must be a UUID");
        }
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(Problem.of(Status.UNAUTHORIZED, "invalid-signature", detail));
    }
}
