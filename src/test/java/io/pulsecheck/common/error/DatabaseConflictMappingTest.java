package io.pulsecheck.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class DatabaseConflictMappingTest {

    private final ProblemExceptionMappers mappers = new ProblemExceptionMappers();

    @Test
    void uniqueViolationFromRacingWritersIsConflict() {
        Response response = mappers.unexpected(new PersistenceException("commit failed",
                new SQLException("duplicate key value violates unique constraint", "23505")));
        assertEquals(409, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    }

    @Test
    void foreignKeyViolationIsConflict() {
        Response response = mappers.unexpected(new RuntimeException(new SQLException("fk", "23503")));
        assertEquals(409, response.getStatus());
    }

    @Test
    void otherFailuresStayInternalErrors() {
        Response response = mappers.unexpected(new IllegalStateException("boom"));
        assertEquals(500, response.getStatus());
        assertEquals("Something went wrong on our side; the request changed nothing",
                ((Problem) response.getEntity()).detail());
    }
}
