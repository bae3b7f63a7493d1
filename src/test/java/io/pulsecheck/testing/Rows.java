package io.pulsecheck.testing;

import java.util.List;
import java.util.UUID;

import io.pulsecheck.teams.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads rows straight from the database, as a person inspecting it would. */
public final class Rows {

    private Rows() {
    }

    public static long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = Person.getEntityManager().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    @SuppressWarnings("unchecked")
    public static List<Object[]> list(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = Person.getEntityManager().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            List<?> rows = query.getResultList();
            return rows.stream().map(row -> row instanceof Object[] array ? array : new Object[] { row }).toList();
        });
    }

    public static long responses(UUID cycleId) {
        return count("select count(*) from response where cycle_id = ?1", cycleId);
    }

    public static long receipts(UUID cycleId) {
        return count("select count(*) from receipt where cycle_id = ?1", cycleId);
    }

    public static long conversations(UUID cycleId) {
        return count("select count(*) from conversation where cycle_id = ?1", cycleId);
    }

    /** Scores and choices; free-text answers are in {@code free_text_answer}. */
    public static long answers(UUID cycleId) {
        return count("select count(*) from answer a join response r on r.id = a.response_id where r.cycle_id = ?1",
                cycleId);
    }

    public static long comments(UUID cycleId) {
        return count("select count(*) from response_comment where cycle_id = ?1", cycleId);
    }

    public static Person person(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Person.findById(id));
    }
}
