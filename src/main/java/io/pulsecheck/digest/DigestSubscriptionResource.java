package io.pulsecheck.digest;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.audit.AuditAction;
import io.pulsecheck.audit.AuditLog;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.security.Roles;
import io.pulsecheck.delivery.OutboundUrlPolicy;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.teams.Person;
import io.pulsecheck.teams.Team;

@Path("/api/v1/digest-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Digest")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.HR_ADMIN)
public class DigestSubscriptionResource {

    @Inject
    Clock clock;

    @Inject
    OutboundUrlPolicy urlPolicy;

    @Inject
    AuditLog audit;

    @PUT
    @Path("{personId}")
    @Transactional
    @Operation(summary = "Set where a leader's digest and alerts go",
            description = "Slack sends a direct message to the leader's Slack user id; the other channels post to the given webhook (use a private chat or space).")
    public DigestSubscriptionView put(@PathParam("personId") UUID personId,
            @Valid @NotNull DigestSubscriptionRequest request) {
        Person person = Person.findById(personId);
        if (person == null) {
            throw ApiException.notFound("Person", personId);
        }
        if (Team.count("select count(t) from Team t join t.leaders l where l.id = ?1", personId) == 0) {
            throw ApiException.invalid("personId", "must lead at least one team");
        }
        validate(person, request);
        if (request.channel() != PlatformId.SLACK) {
            urlPolicy.refusalForStoring(request.webhookUrl()).ifPresent(reason -> {
                throw ApiException.invalid("webhookUrl", reason);
            });
        }
        DigestSubscription subscription = DigestSubscription.findById(personId);
        Map<String, Object> before = subscription == null ? null : snapshot(subscription);
        if (subscription == null) {
            subscription = new DigestSubscription();
            subscription.personId = personId;
        }
        subscription.channel = request.channel();
        subscription.webhookUrl = request.channel() == PlatformId.SLACK ? null : request.webhookUrl().strip();
        subscription.workspace = request.workspace();
        subscription.updatedAt = clock.instant();
        subscription.persist();
        audit.changed(AuditAction.DIGEST_SUBSCRIPTION_SET, personId, before, snapshot(subscription));
        return DigestSubscriptionView.of(subscription);
    }

    @GET
    @Path("{personId}")
    @Operation(summary = "Read a leader's digest delivery settings")
    public DigestSubscriptionView get(@PathParam("personId") UUID personId) {
        DigestSubscription subscription = DigestSubscription.findById(personId);
        if (subscription == null) {
            throw ApiException.notFound("Digest subscription", personId);
        }
        return DigestSubscriptionView.of(subscription);
    }

    @DELETE
    @Path("{personId}")
    @Transactional
    @Operation(summary = "Stop a leader's digests and alerts")
    public void delete(@PathParam("personId") UUID personId) {
        DigestSubscription subscription = DigestSubscription.findById(personId);
        if (subscription == null) {
            throw ApiException.notFound("Digest subscription", personId);
        }
        Map<String, Object> before = snapshot(subscription);
        subscription.delete();
        audit.changed(AuditAction.DIGEST_SUBSCRIPTION_DELETED, personId, before, null);
    }

    /** What the audit log keeps: the channel, not the webhook URL (it is a credential). */
    private static Map<String, Object> snapshot(DigestSubscription subscription) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("channel", subscription.channel);
        snapshot.put("workspace", subscription.workspace);
        snapshot.put("webhookConfigured", subscription.webhookUrl != null);
        return snapshot;
    }

    private static void validate(Person person, DigestSubscriptionRequest request) {
        switch (request.channel()) {
            case SLACK -> {
                if (!"slack".equals(person.platform) || person.platformUserId == null) {
                    throw ApiException.invalid("channel", "the person has no Slack user id");
                }
            }
            case WEB -> throw ApiException.invalid("channel", "must be slack, mattermost, teams, google-chat or webhook");
            default -> {
                if (request.webhookUrl() == null || !isHttpUrl(request.webhookUrl().strip())) {
                    throw ApiException.invalid("webhookUrl", "must be an http or https URL");
                }
            }
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
