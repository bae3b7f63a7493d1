package io.pulsecheck.common.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.teams.Person;
import io.pulsecheck.testing.AdminFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A statement the database refuses must not carry row values into the log: PostgreSQL's error detail ("Key
 * (lower(email))=(...) already exists") would put an identity next to whatever else is logged.
 */
@QuarkusTest
class JdbcErrorLogTest {

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    line.append(' ').append(parameter);
                }
            }
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(' ').append(t.getMessage());
            }
            logged.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        root.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        root.removeHandler(capture);
    }

    @Test
    void uniqueViolationLogsNoValue() {
        String email = AdminFixtures.uniqueEmail();
        QuarkusTransaction.requiringNew().run(() -> person(email).persist());
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> person(email.toUpperCase()).persist()));

        assertTrue(logged.stream().anyMatch(line -> line.contains("23505") || line.contains("person_email_uq")),
                "the refusal itself is logged: " + logged);
        String lowered = email.toLowerCase();
        assertFalse(logged.stream().anyMatch(line -> line.toLowerCase().contains(lowered)), "logged: " + logged);
        for (Throwable t = refused; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).toLowerCase().contains(lowered),
                    "exception message carries the value: " + t.getMessage());
        }
    }

    private static Person person(String email) {
        Person person = new Person();
        person.displayName = "Log test";
        person.email = email;
        person.createdAt = Instant.now();
        return person;
    }
}
