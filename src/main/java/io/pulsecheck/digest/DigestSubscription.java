package io.pulsecheck.digest;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.pulsecheck.platform.PlatformId;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Where one leader's digests and alerts go, and whether they get the organisation digest. */
@Entity
@Table(name = "digest_subscription")
public class DigestSubscription extends PanacheEntityBase {

    /** The leader (a person). */
    @Id
    public UUID personId;

    public PlatformId channel;

    /** Webhook URL for Mattermost, Teams, Google Chat and the generic webhook; null for Slack direct messages. */
    public String webhookUrl;

    /** Slack workspace (team id) for choosing the bot token and rate limits; may be null. */
    public String workspace;

    /** Whether the person also gets the organisation digest (executives; set by HR). */
    public boolean organisationDigest;

    public Instant updatedAt;

    @Version
    public long version;
}
