package io.pulsecheck.platform.slack;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A person's Slack identity as {@code users.lookupByEmail} found it: the installation (workspace or organisation)
 * and the member id, or why none was found.
 */
@Entity
@Table(name = "slack_member")
public class SlackMember extends PanacheEntityBase {

    public enum Status {
        resolved, unresolved
    }

    @Id
    public UUID personId;

    /** The installation whose token found the member; messages to them use its token. */
    public String teamId;
    public String memberId;
    /** The email looked up (lower case); a changed email on the roster is looked up again. */
    public String lookedUpEmail;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String reason;
    public Instant checkedAt;

    /** The person this member id belongs to within one of the given installations. */
    public static Optional<SlackMember> findByMember(Collection<String> teamIds, String memberId) {
        if (teamIds.isEmpty() || memberId == null) {
            return Optional.empty();
        }
        return find("memberId = ?1 and teamId in ?2 and status = ?3", memberId, teamIds, Status.resolved)
                .firstResultOptional();
    }

    /** Whether a resolved member id is held by another person. */
    public static boolean heldByOther(String teamId, String memberId, UUID personId) {
        return count("teamId = ?1 and memberId = ?2 and personId <> ?3", teamId, memberId, personId) > 0;
    }

    public static List<SlackMember> unresolved() {
        return list("status = ?1 order by checkedAt", Status.unresolved);
    }

    public static long deleteOfPerson(UUID personId) {
        return delete("personId", personId);
    }

    void resolved(String team, String member, String email, Instant at) {
        teamId = team;
        memberId = member;
        lookedUpEmail = email;
        status = Status.resolved;
        reason = null;
        checkedAt = at;
    }

    void unresolved(String why, String email, Instant at) {
        teamId = null;
        memberId = null;
        lookedUpEmail = email;
        status = Status.unresolved;
        reason = why;
        checkedAt = at;
    }
}
