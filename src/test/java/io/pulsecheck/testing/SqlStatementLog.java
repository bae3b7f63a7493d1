package io.pulsecheck.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Records the SQL Hibernate sends between {@link #start()} and {@link #stop()}, so a test can show that a request
 * does not run one query per listed row. Records nothing otherwise.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatementLog implements StatementInspector {

    private final List<String> recorded = new CopyOnWriteArrayList<>();
    private volatile boolean recording;

    public void start() {
        recorded.clear();
        recording = true;
    }

    /** What was recorded so far, while recording goes on. */
    public List<String> sinceStart() {
        return List.copyOf(recorded);
    }

    public List<String> stop() {
        recording = false;
        return List.copyOf(recorded);
    }

    @Override
    public String inspect(String sql) {
        if (recording) {
            recorded.add(sql);
        }
        return sql;
    }
}
