package io.pulsecheck.platform.mattermost;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What Mattermost posts when a button of an interactive message is pressed.
 *
 * @param userId the Mattermost user id of who pressed it (the person's platform user id in pulsecheck)
 * @param userName their username; it can change, so nothing is matched by it
 * @param triggerId unique per press, used to refuse replays
 * @param postId the message the button belongs to
 * @param context what the button carried, signed by pulsecheck
 */
@Schema(name = "MattermostActionRequest", description = "Mattermost interactive button request.")
@RegisterForReflection
public record MattermostActionRequest(
        @JsonProperty("user_id") @Size(max = 64) String userId,
        @JsonProperty("user_name") @Size(max = 128) String userName,
        @JsonProperty("trigger_id") @Size(max = 1000) String triggerId,
        @JsonProperty("post_id") @Size(max = 64) String postId,
        @NotNull @Valid Context context) {

    /**
     * The button's context as the prompt wrote it (see docs/CHAT-INTERACTIONS.md).
     *
     * @param cycle the cycle id
     * @param person the person id
     * @param post the post the button was rendered for; empty on an ephemeral message
     * @param question a question id, or {@code submit} for the closing step
     * @param value the stored value, {@code skip} or {@code submit}
     * @param expires the cycle's close in epoch seconds, after which the button is refused
     * @param token HMAC over post, cycle, person, question, value and expiry
     */
    @Schema(name = "MattermostActionContext", description = "Signed context of a pulsecheck button.")
    public record Context(
            @NotBlank @Size(max = 64) String cycle,
            @NotBlank @Size(max = 64) String person,
            @Size(max = 64) String post,
            @NotBlank @Size(max = 64) String question,
            @NotBlank @Size(max = 150) String value,
            @NotNull Long expires,
            @NotBlank @Size(max = 128) String token) {
    }
}
