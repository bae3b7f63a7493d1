package io.pulsecheck.common.error;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into an {@code application/problem+json} answer. Clients never see a stack trace, a class name
 * or a rejected value: only the field and the reason.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final int PRIORITY = 1;
    /** Seconds a client should wait after a 503: long enough for a database restart or failover to finish. */
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper(priority = PRIORITY)
    public Response api(ApiException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper(value = { ConstraintViolationException.class, ResteasyReactiveViolationException.class },
            priority = PRIORITY)
    public Response violations(ConstraintViolationException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return Problem.invalid("The request is not valid", errors).toResponse();
    }

    // Listed one by one: the most specific exception type wins over priority, and Quarkus has its own for some.
    @ServerExceptionMapper(value = { JsonProcessingException.class, JsonParseException.class,
            JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, ValueInstantiationException.class }, priority = PRIORITY)
    public Response json(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return invalidField(unknown, "is not a known field");
        }
        if (e instanceof InvalidFormatException format) {
            return invalidField(format, describeExpected(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatched) {
            return invalidField(mismatched, "has the wrong type or shape");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return invalidField(mapping, "could not be read");
        }
        return Problem.of(Status.BAD_REQUEST, "malformed-json", "The request body is not well-formed JSON")
                .toResponse();
    }

    @ServerExceptionMapper(value = { UnauthorizedException.class, AuthenticationFailedException.class },
            priority = PRIORITY)
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(Problem.of(Status.UNAUTHORIZED, "unauthorized",
                "A valid bearer token is required").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Status.FORBIDDEN, "forbidden", "Your role does not allow this request").toResponse();
    }

    @ServerExceptionMapper(value = { OptimisticLockException.class, StaleObjectStateException.class },
            priority = PRIORITY)
    public Response staleWrite(RuntimeException e) {
        return Problem.of(Status.CONFLICT, "conflict",
                "The resource was changed by someone else; read it again and retry").toResponse();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "No resource exists at this address";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "This content type is not supported here";
            default -> status.getReasonPhrase();
        };
        Response.ResponseBuilder builder = Response.fromResponse(
                Problem.of(status, slug(status), detail).toResponse());
        if (original.getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
        }
        if (original.getHeaderString(HttpHeaders.WWW_AUTHENTICATE) != null) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, original.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = PRIORITY + 1)
    public Response unexpected(Throwable e) {
        // A unique or foreign key the database refused: two writers raced past the service's own checks.
        String sqlState = sqlStateOf(e);
        if ("23505".equals(sqlState)) {
            return Problem.of(Status.CONFLICT, "conflict",
                    "The request conflicts with data that was written at the same moment; read again and retry")
                    .toResponse();
        }
        if ("23503".equals(sqlState)) {
            return Problem.of(Status.CONFLICT, "conflict",
                    "The request refers to something that no longer exists, or that is still in use").toResponse();
        }
        if (databaseUnreachable(e)) {
            // The readiness check reports the outage; one line per request, without the message, is enough here.
            LOG.warnf("Database unreachable, answered 503 (%s)", e.getClass().getName());
            return Response.fromResponse(Problem.of(Status.SERVICE_UNAVAILABLE, "unavailable",
                    "The service cannot reach its database right now; the request changed nothing, retry later")
                    .toResponse()).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        // Only the exception type and stack go to the log; messages may quote request content.
        LOG.errorf("Unexpected failure (%s)", e.getClass().getName());
        LOG.debug("Unexpected failure", e);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side; the request changed nothing").toResponse();
    }

    /**
     * The database is down, restarting or failing over: a connection could not be opened or broke (SQLSTATE class 08,
     * or the server shutting down, 57P01 to 57P03), or the pool timed out waiting for one.
     */
    private static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (cause instanceof SQLException && cause.getCause() instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String sqlStateOf(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static Response invalidField(JsonMappingException e, String reason) {
        return Problem.invalid("The request body could not be read",
                List.of(new Problem.FieldError(jsonPath(e), reason))).toResponse();
    }

    private static String describeExpected(Class<?> target) {
        if (target != null && target.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : target.getEnumConstants()) {
                names.add(constant.toString());
            }
            return "must be one of " + names;
        }
        return "has the wrong format";
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** {@code create.request.questions[0].text} becomes {@code questions[0].text}; a query parameter keeps its name. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() == null && node.getIndex() == null && node.getKey() == null) {
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && !field.isEmpty()) {
                field.append('.').append(node.getKey());
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : path.toString();
    }

    private static String slug(Response.StatusType status) {
        return status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
