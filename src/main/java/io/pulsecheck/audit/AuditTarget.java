package io.pulsecheck.audit;

/** Target types of audit events, as stored and as filtered by {@code targetType}. */
public final class AuditTarget {

    public static final String ORGANISATION = "organisation";
    public static final String TEAM = "team";
    public static final String ROSTER = "roster";
    public static final String PERSON = "person";
    public static final String SCHEDULE = "schedule";
    public static final String DIGEST_SUBSCRIPTION = "digest_subscription";
    public static final String QUESTION_SET = "question_set";
    public static final String REASSURANCE_ENTRY = "reassurance_entry";

    private AuditTarget() {
    }
}
