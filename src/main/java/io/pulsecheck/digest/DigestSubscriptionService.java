package io.pulsecheck.digest;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.pulsecheck.audit.AuditAction;
import io.pulsecheck.audit.AuditLog;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.delivery.OutboundUrlPolicy;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.DigestTarget;
import io.pulsecheck.teams.Person;
import io.pulsecheck.teams.PersonErased;
import io.pulsecheck.teams.Team;

/**
 * Where each leader's digests and alerts go: one subscription per leader. Only people who lead a team, or executives
 * HR subscribes to the organisation digest, may have one; erasing the person deletes it.
 */
@ApplicationScoped
public class DigestSubscriptionService {

    @Inject
    Clock clock;

    @Inject
    OutboundUrlPolicy urlPolicy;

    @Inject
    AuditLog audit;

    @Inject
    ChatPlatforms platforms;

    /**
     * Creates or replaces the leader's subscription; 404 for an unknown person, 400 naming the field when the person
     * leads no team (archived teams count) and is not subscribed to the organisation digest, or the channel cannot
     * reach them.
     */
    @Transactional
    public DigestSubscriptionView put(UUID personId, DigestSubscriptionRequest request) {
        Person person = Person.findById(personId);
        if (person == null) {
            throw ApiException.notFound("Person", personId);
        }
        boolean organisation = Boolean.TRUE.equals(request.organisationDigest());
        if (!organisation && Team.ledBy(personId).count() == 0) {
            throw ApiException.invalid("personId", "must lead at least one team or get the organisation digest");
        }
        DigestTarget target = platforms.checkDigestTarget(
                new ChatRecipient(person.id, person.platform, person.platformUserId, person.locale),
                new DigestTarget(request.channel(), request.webhookUrl(), request.workspace()));
        if (target.webhookUrl() != null) {
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
        subscription.channel = target.platform();
        subscription.webhookUrl = target.webhookUrl();
        subscription.workspace = target.workspace();
        subscription.organisationDigest = organisation;
        subscription.updatedAt = clock.instant();
        subscription.persist();
        audit.changed(AuditAction.DIGEST_SUBSCRIPTION_SET, personId, before, snapshot(subscription));
        return DigestSubscriptionView.of(subscription);
    }

    /** The leader's subscription; 404 when there is none. */
    public DigestSubscriptionView get(UUID personId) {
        DigestSubscription subscription = DigestSubscription.findById(personId);
        if (subscription == null) {
            throw ApiException.notFound("Digest subscription", personId);
        }
        return DigestSubscriptionView.of(subscription);
    }

    /** Stops the leader's digests and alerts; 404 when there is no subscription. */
    @Transactional
    public void delete(UUID personId) {
        DigestSubscription subscription = DigestSubscription.findById(personId);
        if (subscription == null) {
            throw ApiException.notFound("Digest subscription", personId);
        }
        Map<String, Object> before = snapshot(subscription);
        subscription.delete();
        audit.changed(AuditAction.DIGEST_SUBSCRIPTION_DELETED, personId, before, null);
    }

    void onPersonErased(@Observes PersonErased erased) {
        DigestSubscription.deleteById(erased.personId());
    }

    /** What the audit log keeps: the channel, not the webhook URL (it is a credential). */
    private static Map<String, Object> snapshot(DigestSubscription subscription) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("channel", subscription.channel);
        snapshot.put("workspace", subscription.workspace);
        snapshot.put("webhookConfigured", subscription.webhookUrl != null);
        snapshot.put("organisationDigest", subscription.organisationDigest);
        return snapshot;
    }
}
