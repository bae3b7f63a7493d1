package io.pulsecheck.digest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulsecheck.platform.PlatformId;

@Schema(name = "DigestSubscription", description = "Where a leader's weekly digest and alerts go, and whether they also get the organisation digest.")
public record DigestSubscriptionRequest(
        @NotNull @Schema(description = "slack (direct message), mattermost, teams (Workflows webhook), google-chat (space webhook) or webhook (generic)", example = "teams") PlatformId channel,
        @Size(max = 2000) @Schema(description = "Webhook URL; required for every channel except slack", example = "https://example.webhook.office.com/workflows/abc") String webhookUrl,
        @Size(max = 200) @Schema(description = "Slack workspace (team id), for choosing credentials", example = "T0123") String workspace,
        @Schema(description = "Also send the organisation digest (for executives); such a person need not lead a team. Default false") Boolean organisationDigest) {

    /** A subscription to the digests of the teams and departments the person leads. */
    public DigestSubscriptionRequest(PlatformId channel, String webhookUrl, String workspace) {
        this(channel, webhookUrl, workspace, null);
    }
}
