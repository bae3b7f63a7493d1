package io.pulsecheck.platform.slack;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.security.Roles;

/** What HR needs to roll Slack out: the installed workspaces, and who on the roster Slack could not find, and why. */
@Path("/api/v1/slack")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Slack install")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.HR_ADMIN)
public class SlackRosterResource {

    @Inject
    EntityManager em;

    /**
     * A person entered for Slack by email whose member id is not known.
     *
     * @param reason why: not looked up yet, not found in the installed workspaces, deactivated, or the app not
     *        installed
     * @param checkedAt when Slack was last asked; null when not yet
     */
    public record UnresolvedPerson(UUID personId, String displayName, String email, String reason, Instant checkedAt) {
    }

    /** An installation, without its token. */
    public record Installation(String teamId, String teamName, boolean enterpriseInstall, String scopes,
            Instant installedAt, boolean active, Instant removedAt, String removedReason) {
    }

    @GET
    @Path("/unresolved")
    @Operation(summary = "People Slack could not find",
            description = "Everyone entered for Slack with only an email whose Slack member id is not known, with the "
                    + "reason; they get no Slack prompts until found. The roster sync looks them up again after "
                    + "pulsecheck.slack.app.lookup-max-age, at once when their email changes or a workspace installs "
                    + "the app.")
    @SuppressWarnings("unchecked")
    public List<UnresolvedPerson> unresolved() {
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, p.display_name, p.email, m.reason, m.checked_at from person p
                left join slack_member m on m.person_id = p.id
                where p.platform = 'slack' and p.platform_user_id is null and p.email is not null
                and p.status <> 'erased' and (m.person_id is null or m.status = 'unresolved'
                or m.looked_up_email <> lower(p.email))
                order by lower(p.display_name), p.id""").getResultList();
        return rows.stream().map(row -> new UnresolvedPerson((UUID) row[0], (String) row[1], (String) row[2],
                row[3] == null || row[4] == null ? "not looked up yet" : (String) row[3],
                instant(row[4]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }

    @GET
    @Path("/installations")
    @Operation(summary = "Workspaces the app is installed in",
            description = "Each workspace or Enterprise Grid organisation that installed the app, whether its token "
                    + "is still held, and why it was removed. Tokens are never shown.")
    public List<Installation> installations() {
        return SlackInstallation.<SlackInstallation>list("order by installedAt, teamId").stream()
                .map(i -> new Installation(i.teamId, i.teamName, i.enterpriseInstall, i.scopes, i.installedAt,
                        i.hasToken(), i.removedAt, i.removedReason)).toList();
    }
}
