package io.pulsecheck.platform.teams;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A Bot Framework activity as Teams sends it; only the fields the bot reads.
 *
 * @param type {@code message}, {@code conversationUpdate}, {@code installationUpdate}, ...
 * @param id unique per activity in its conversation, the same when the Bot Connector redelivers it
 * @param serviceUrl where the bot answers; must equal the token's {@code serviceUrl}
 * @param channelId {@code msteams}
 * @param text a typed message
 * @param value the inputs and data of a card's Submit
 * @param replyToId the activity (card) a Submit came from
 * @param action {@code add} or {@code remove} for an installation update
 */
@Schema(name = "TeamsActivity", description = "Bot Framework activity from Microsoft Teams.")
@RegisterForReflection
public record TeamsActivity(
        @NotBlank @Size(max = 64) String type,
        @NotBlank @Size(max = 256) String id,
        @NotBlank @Size(max = 512) String serviceUrl,
        @NotBlank @Size(max = 64) String channelId,
        @NotNull @Valid Account from,
        @NotNull @Valid Conversation conversation,
        @Valid Account recipient,
        @Size(max = 4000) String text,
        JsonNode value,
        @Size(max = 256) String replyToId,
        @Size(max = 64) String action,
        @Size(max = 50) List<@Valid Account> membersAdded,
        @Size(max = 50) List<@Valid Account> membersRemoved) {

    public static final String MESSAGE = "message";
    public static final String CONVERSATION_UPDATE = "conversationUpdate";
    public static final String INSTALLATION_UPDATE = "installationUpdate";
    public static final String PERSONAL = "personal";

    /**
     * A user or the bot.
     *
     * @param id the Teams id ({@code 29:...} for a user, {@code 28:<app id>} for the bot)
     * @param aadObjectId the user's Entra object id
     */
    public record Account(@NotBlank @Size(max = 256) String id, @Size(max = 64) String aadObjectId) {
    }

    /**
     * The chat.
     *
     * @param conversationType {@code personal} for a 1:1 chat with the bot
     */
    public record Conversation(@NotBlank @Size(max = 512) String id, @Size(max = 32) String conversationType,
            @Size(max = 64) String tenantId) {
    }

    boolean personal() {
        return PERSONAL.equals(conversation.conversationType());
    }

    /** Whether the bot itself is among the accounts (it was added to or removed from the chat). */
    boolean names(List<Account> accounts) {
        return accounts != null && recipient != null
                && accounts.stream().anyMatch(account -> account != null && recipient.id().equals(account.id()));
    }
}
