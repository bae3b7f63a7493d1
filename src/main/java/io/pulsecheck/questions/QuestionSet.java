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

    public boolean archived;
    public int currentVersion;
    public Instant createdAt;

    @Version
    public long version;

    public QuestionSetVersion current() {
        return QuestionSetVersion.find("set.id = ?1 and number = ?2", id, currentVersion).firstResult();
    }

    public Optional<QuestionSetVersion> version(int number) {
        return QuestionSetVersion.find("set.id = ?1 and number = ?2", id, number).firstResultOptional();
    }
}
