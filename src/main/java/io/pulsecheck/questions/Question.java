package io.pulsecheck.questions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A question of one set version, with its wording per locale. */
@Entity
@Table(name = "question")
public class Question extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_version_id")
    public QuestionSetVersion setVersion;

    public int position;

    /** Stable key within the set, e.g. {@code who5_1}; scoring rules refer to it. */
    public String key;

    public QuestionType type;

    /** What the question measures: wellbeing, stress, transparency, trust, workload, recognition, enps, ... */
    public String dimension;

    /** Higher answers mean worse on this dimension; scoring flips them. */
    public boolean reverseScored;

    /** Question text per locale, e.g. {@code {"en": "...", "de": "..."}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, String> text;

    /** For single choice: each choice as {@code {"value": "...", "label": {"en": "...", "de": "..."}}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Choice> choices;

    /** For scales: labels of the low and high ends per locale. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public ScaleLabels scaleLabels;

    /** One option of a single-choice question. */
    @RegisterForReflection
    public record Choice(String value, Map<String, String> label) {
    }

    /** Labels of the two ends of a scale, per locale. */
    @RegisterForReflection
    public record ScaleLabels(Map<String, String> low, Map<String, String> high) {
    }

    /** The text in the wanted locale, falling back to English and then to any locale. */
    public String textIn(String locale) {
        return LocalizedText.pick(text, locale);
    }
}
