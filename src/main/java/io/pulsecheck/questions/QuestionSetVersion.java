package io.pulsecheck.questions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One immutable-once-used version of a question set with its ordered questions. */
@Entity
@Table(name = "question_set_version")
public class QuestionSetVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id")
    public QuestionSet set;

    public int number;
    public String name;
    public String description;
    public String defaultLocale;

    /** True once any check-in has asked from this version; from then on it must not change. */
    public boolean used;

    public Instant createdAt;

    @OneToMany(mappedBy = "setVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Question> questions = new ArrayList<>();

    /** Records that a check-in asks from this version, which freezes it; returns whether it was unused until now. */
    public static boolean markUsed(UUID versionId) {
        return update("used = true where id = ?1 and used = false", versionId) > 0;
    }
}
