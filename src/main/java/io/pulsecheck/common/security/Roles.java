package io.pulsecheck.common.security;

/** Roles carried in the {@code groups} claim of bearer tokens. */
public final class Roles {

    /** HR administrators: every write, every organisation-wide read. */
    public static final String HR_ADMIN = "hr-admin";

    /** Team leaders: read-only access to the teams they lead. */
    public static final String LEADER = "leader";

    /**
     * Auditors (e.g. the works council): read the audit log and run the live anonymity check; nothing personal (no
     * roster, no people, no deliveries, no insights).
     */
    public static final String AUDITOR = "auditor";

    /**
     * Integrations (a ticket or contact-centre system's export job): write customer signals of any team, and nothing
     * else; they read nothing, not even what they wrote.
     */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
