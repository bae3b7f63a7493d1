package io.pulsecheck.platform.slack;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A Slack Events API request: the {@code url_verification} handshake, an {@code event_callback} or the
 * {@code app_rate_limited} notice.
 *
 * @param type {@code url_verification}, {@code event_callback} or {@code app_rate_limited}
 * @param challenge the handshake value to echo
 * @param teamId the workspace
 * @param enterpriseId the Enterprise Grid organisation, if any
 * @param eventId unique per event, the same on Slack's retries
 * @param event the event itself
 */
@Schema(name = "SlackEventEnvelope", description = "Slack Events API request (url_verification or event_callback).")
@RegisterForReflection
public record SlackEventEnvelope(
        @NotBlank @Size(max = 64) String type,
        @Size(max = 512) String challenge,
        @JsonProperty("team_id") @Size(max = 64) String teamId,
        @JsonProperty("enterprise_id") @Size(max = 64) String enterpriseId,
        @JsonProperty("event_id") @Size(max = 128) String eventId,
        @Valid Event event) {

    public static final String URL_VERIFICATION = "url_verification";
    public static final String EVENT_CALLBACK = "event_callback";
    /** Slack tells us it is holding back events for a minute; nothing to do. */
    public static final String APP_RATE_LIMITED = "app_rate_limited";

    /**
     * The inner event: direct messages from people, the App Home being opened, and the app being uninstalled or its
     * tokens revoked are acted on.
     *
     * @param type e.g. {@code message}, {@code app_home_opened}, {@code app_uninstalled}, {@code tokens_revoked}
     * @param subtype set for edits, bot messages and other non-plain messages
     * @param user the sender's Slack user id
     * @param text the message text
     * @param channel the DM channel id
     * @param channelType {@code im} for direct messages
     * @param botId set when a bot sent the message
     * @param tab {@code app_home_opened}: the tab opened, {@code home} or {@code messages}
     * @param tokens {@code tokens_revoked}: the user ids whose tokens were revoked, by kind
     */
    @Schema(name = "SlackEvent", description = "The inner Slack event.")
    public record Event(
            @Size(max = 64) String type,
            @Size(max = 64) String subtype,
            @Size(max = 64) String user,
            @Size(max = 4000) String text,
            @Size(max = 64) String channel,
            @JsonProperty("channel_type") @Size(max = 32) String channelType,
            @JsonProperty("bot_id") @Size(max = 64) String botId,
            @Size(max = 32) String tab,
            @Valid Tokens tokens) {

        /** A plain direct message typed by a person (not a bot, an edit or a join). */
        public boolean isPersonalDirectMessage() {
            return "message".equals(type) && "im".equals(channelType) && subtype == null && botId == null
                    && user != null && !user.isBlank() && text != null && channel != null;
        }

        /** Whether the bot's own token was among those revoked. */
        public boolean revokesBotToken() {
            return tokens != null && tokens.bot() != null && !tokens.bot().isEmpty();
        }
    }

    /**
     * @param oauth user ids whose user tokens were revoked
     * @param bot bot user ids whose bot tokens were revoked
     */
    @Schema(name = "SlackRevokedTokens", description = "The tokens a tokens_revoked event names.")
    public record Tokens(@Size(max = 1000) java.util.List<@Size(max = 64) String> oauth,
            @Size(max = 1000) java.util.List<@Size(max = 64) String> bot) {
    }
}
