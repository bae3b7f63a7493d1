package io.pulsecheck.digest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulsecheck.platform.PlatformId;

@Schema(name = "DigestSubscriptionView", description = "A leader's digest delivery settings.")
public record DigestSubscriptionView(
        @Schema(description = "The leader") UUID personId,
        @Schema(description = "The channel") PlatformId channel,
        @Schema(description = "The webhook URL, if any") String webhookUrl,
        @Schema(description = "The Slack workspace, if any") String workspace,
        @Schema(description = "Whether the organisation digest is sent too") boolean organisationDigest) {

    static DigestSubscriptionView of(DigestSubscription s) {
        return new DigestSubscriptionView(s.personId, s.channel, s.webhookUrl, s.workspace, s.organisationDigest);
    }
}
