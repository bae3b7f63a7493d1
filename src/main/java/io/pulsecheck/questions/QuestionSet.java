package io.pulsecheck.questions;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The stable identity of a question set. Its content lives in {@link QuestionSetVersion}s: once a version has been
 * used in a check-in it is never changed again, an edit creates the next version.
 */
@Entity
@Table(name = "question_set")
public class QuestionSet extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    public String name;

    /** Set for the read-only built-in library sets, e.g. {@code who-5}. */
    public String builtinKey;

    /**
     * A validated scale (WHO-5, PSS-4): asked whole or not at all, never split by rotation. Only built-in sets are;
     * a copy may edit the items and so is not.
     */
    public boolean validated;

    public boolean archived;
    public int currentVersion;
    public Instant createdAt;

    @Version
    public long version;

    /**
     * The instrument this set's answers are reported under, part of a series' identity: the built-in key (e.g.
     * {@code who-5}, {@code weekly-pulse}), or for a set of the organisation's own, copies included, the set's id.
     */
    public String instrument() {
        return builtinKey != null ? builtinKey : id.toString();
    }

    /** {@link #instrument()} as an SQL expression over the {@code question_set} table under {@code alias}. */
    public static String instrumentSql(String alias) {
        return "coalesce(" + alias + ".builtin_key, " + alias + ".id::text)";
    }

    public QuestionSetVersion current() {
        return QuestionSetVersion.find("set.id = ?1 and number = ?2", id, currentVersion).firstResult();
    }

    public Optional<QuestionSetVersion> version(int number) {
        return QuestionSetVersion.find("set.id = ?1 and number = ?2", id, number).firstResultOptional();
    }
}
