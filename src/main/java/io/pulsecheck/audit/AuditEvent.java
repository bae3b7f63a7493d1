package io.pulsecheck.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.common.api.Page;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One recorded administrative change or export. Names people by id only and never holds an answer or free text, so
 * the auditor (works council) can read every row.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    public Instant occurredAt;

    /** Who did it: the token's email claim or subject, {@code system} for jobs. */
    public String actor;

    /** What was done, e.g. {@code team.updated}, {@code export.org_csv}; see {@link AuditAction}. */
    public String action;

    public String targetType;

    public UUID targetId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public JsonNode before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public JsonNode after;

    /** Events matching the filter, newest first (ties by id), one page of them. */
    public static Page<AuditEvent> search(AuditFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.from() != null) {
            parameters.add(filter.from());
            where.add("occurredAt >= ?" + parameters.size());
        }
        if (filter.toExclusive() != null) {
            parameters.add(filter.toExclusive());
            where.add("occurredAt < ?" + parameters.size());
        }
        if (filter.targetType() != null) {
            parameters.add(filter.targetType());
            where.add("targetType = ?" + parameters.size());
        }
        if (filter.targetId() != null) {
            parameters.add(filter.targetId());
            where.add("targetId = ?" + parameters.size());
        }
        String condition = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        var query = AuditEvent.<AuditEvent>find(condition + " order by occurredAt desc, id desc", parameters.toArray());
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    /** Replaces an actor name by a pseudonym in every event it appears in; returns how many events changed. */
    static int renameActor(String actor, String pseudonym) {
        return update("actor = ?1 where lower(actor) = lower(?2)", pseudonym, actor);
    }
}
