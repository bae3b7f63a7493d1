package io.pulsecheck.platform.slack;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The app installed in one Slack workspace, or in a whole Enterprise Grid organisation. The bot token is ciphertext
 * ({@link SlackTokenCipher}); a removed installation keeps its row without a token.
 */
@Entity
@Table(name = "slack_installation")
public class SlackInstallation extends PanacheEntityBase {

    /** The workspace id ({@code T...}), or the organisation id ({@code E...}) for an org-wide install. */
    @Id
    public String teamId;

    public String enterpriseId;
    public String teamName;
    public boolean enterpriseInstall;
    public String botUserId;
    public String appId;
    public String scopes;

    @Column(name = "bot_token")
    public byte[] botToken;

    public Short tokenKeyId;
    public Instant installedAt;
    public Instant removedAt;
    public String removedReason;

    /** Installations that hold a token, oldest first: the order in which people are looked up. */
    public static List<SlackInstallation> active() {
        return list("botToken is not null order by installedAt, teamId");
    }

    /** The installation events and interactions of this workspace belong to: its own, or its organisation's. */
    public static Optional<SlackInstallation> forTeam(String teamId, String enterpriseId) {
        Optional<SlackInstallation> own = teamId == null ? Optional.empty() : findByIdOptional(teamId);
        if (own.isPresent() || enterpriseId == null) {
            return own;
        }
        return findByIdOptional(enterpriseId);
    }

    /** Installations whose token is encrypted under another key than the current one. */
    public static List<SlackInstallation> sealedUnderOtherKey(int currentKeyId) {
        return list("botToken is not null and tokenKeyId <> ?1", (short) currentKeyId);
    }

    public boolean hasToken() {
        return botToken != null;
    }

    /** Deletes the token, keeping why, so later sends to this workspace name the reason. */
    public void removeToken(String reason, Instant at) {
        botToken = null;
        tokenKeyId = null;
        removedAt = at;
        removedReason = reason;
    }
}
