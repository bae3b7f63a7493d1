package io.pulsecheck.audit;

/**
 * Everything the audit log records, with the type of its target. The wire names are stable: auditors filter by them.
 */
public enum AuditAction {

    ORG_THRESHOLDS_CHANGED("org_thresholds.changed", AuditTarget.ORGANISATION),
    TEAM_CREATED("team.created", AuditTarget.TEAM),
    TEAM_UPDATED("team.updated", AuditTarget.TEAM),
    MEMBER_ADDED("team.member_added", AuditTarget.TEAM),
    MEMBER_REMOVED("team.member_removed", AuditTarget.TEAM),
    ROSTER_IMPORTED("roster.imported", AuditTarget.ROSTER),
    PERSON_ERASED("person.erased", AuditTarget.PERSON),
    SCHEDULE_CREATED("schedule.created", AuditTarget.SCHEDULE),
    SCHEDULE_UPDATED("schedule.updated", AuditTarget.SCHEDULE),
    SCHEDULE_PAUSED("schedule.paused", AuditTarget.SCHEDULE),
    SCHEDULE_RESUMED("schedule.resumed", AuditTarget.SCHEDULE),
    DIGEST_SUBSCRIPTION_SET("digest_subscription.set", AuditTarget.DIGEST_SUBSCRIPTION),
    DIGEST_SUBSCRIPTION_DELETED("digest_subscription.deleted", AuditTarget.DIGEST_SUBSCRIPTION),
    REASSURANCE_ENTRY_CREATED("reassurance_entry.created", AuditTarget.REASSURANCE_ENTRY),
    REASSURANCE_ENTRY_UPDATED("reassurance_entry.updated", AuditTarget.REASSURANCE_ENTRY),
    REASSURANCE_ENTRY_DELETED("reassurance_entry.deleted", AuditTarget.REASSURANCE_ENTRY),
    QUESTION_SET_CREATED("question_set.created", AuditTarget.QUESTION_SET),
    QUESTION_SET_EDITED("question_set.edited", AuditTarget.QUESTION_SET),
    QUESTION_SET_VERSIONED("question_set.new_version", AuditTarget.QUESTION_SET),
    QUESTION_SET_ARCHIVED("question_set.archived", AuditTarget.QUESTION_SET),
    QUESTION_SET_COPIED("question_set.copied", AuditTarget.QUESTION_SET),
    CUSTOMER_SIGNALS_IMPORTED("customer_signals.imported", AuditTarget.TEAM),
    LEADERS_CSV_EXPORTED("export.leaders_csv", AuditTarget.ORGANISATION),
    TEAM_CSV_EXPORTED("export.team_csv", AuditTarget.TEAM),
    ORG_CSV_EXPORTED("export.org_csv", AuditTarget.ORGANISATION);

    private final String wireName;
    private final String targetType;

    AuditAction(String wireName, String targetType) {
        this.wireName = wireName;
        this.targetType = targetType;
    }

    public String wireName() {
        return wireName;
    }

    public String targetType() {
        return targetType;
    }
}
