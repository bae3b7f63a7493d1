package io.pulsecheck.platform.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.teams.Person;

/**
 * Where a person is on Slack, and who a Slack user is. A person found by email belongs to the installation whose
 * token found them ({@link SlackMember}); a person whose member id HR entered belongs to the configured default
 * workspace. Inbound requests are matched within the sending workspace only, so two workspaces never mix.
 */
@ApplicationScoped
public class SlackAddresses {

    @Inject
    SlackConfig slack;

    /**
     * A direct-message address.
     *
     * @param workspace the installation (workspace or organisation) whose token sends
     * @param memberId the Slack member id, which is also the direct-message channel
     * @param foundByEmail whether the roster sync found it (else HR entered the member id)
     */
    public record SlackAddress(String workspace, String memberId, boolean foundByEmail) {
    }

    /** The person's address; empty when their member id is not (yet) known. */
    @Transactional
    public Optional<SlackAddress> of(ChatRecipient recipient) {
        if (recipient == null || recipient.platform() != PlatformId.SLACK) {
            return Optional.empty();
        }
        SlackMember member = recipient.personId() == null ? null : SlackMember.findById(recipient.personId());
        if (member != null && member.status == SlackMember.Status.resolved) {
            return Optional.of(new SlackAddress(member.teamId, member.memberId, true));
        }
        if (recipient.platformUserId() != null && !recipient.platformUserId().isBlank()) {
            return Optional.of(new SlackAddress(slack.defaultWorkspace(), recipient.platformUserId(), false));
        }
        return Optional.empty();
    }

    /**
     * The person a Slack user of the given workspace is: by the member id found for them in that workspace (or its
     * organisation), else by a member id HR entered, when the request comes from the configured workspace (or from
     * one that never installed the app) and the person was not found in another workspace.
     */
    public Optional<Person> person(String teamId, String enterpriseId, String memberId) {
        List<String> teams = new ArrayList<>(2);
        if (teamId != null) {
            teams.add(teamId);
        }
        if (enterpriseId != null) {
            teams.add(enterpriseId);
        }
        Optional<SlackMember> found = SlackMember.findByMember(teams, memberId);
        if (found.isPresent()) {
            return Optional.ofNullable(Person.findById(found.get().personId));
        }
        if (!isDefaultWorkspace(teamId, enterpriseId)) {
            return Optional.empty();
        }
        return Person.findByChatIdentity(PlatformId.SLACK, memberId).filter(person -> !resolvedElsewhere(person.id));
    }

    /** A member id HR entered belongs to the configured workspace, or to the only one when none was installed. */
    private boolean isDefaultWorkspace(String teamId, String enterpriseId) {
        String configured = slack.defaultWorkspace();
        return configured.equals(teamId) || configured.equals(enterpriseId)
                || SlackInstallation.forTeam(teamId, enterpriseId).isEmpty();
    }

    private static boolean resolvedElsewhere(UUID personId) {
        SlackMember member = SlackMember.findById(personId);
        return member != null && member.status == SlackMember.Status.resolved;
    }
}
