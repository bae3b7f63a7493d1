package io.pulsecheck.platform.webhook;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An inbound generic webhook request: a whole submission or a command.
 *
 * @param type {@code checkin.submission} or {@code command}
 * @param cycleId submissions: the cycle answered
 * @param userId the person's platform user id (platform {@code webhook})
 * @param answers submissions: one value per answered question; questions left out are skipped
 * @param comment submissions: optional closing comment
 * @param replies submissions: true when the person allows anonymous replies to their comment; the answer then
 *        carries their reply code, which the gateway shows them and must not store
 * @param command commands: help, pause, stop, resume or language
 * @param argument commands: pause days or date, or the language
 */
@Schema(name = "GenericInbound", description = "Signed inbound request of the generic webhook.")
@RegisterForReflection
public record GenericInbound(
        @NotBlank @Pattern(regexp = "checkin\\.submission|command", message = "must be checkin.submission or command")
        String type,
        @Size(max = 64) String cycleId,
        @NotBlank @Size(max = 128) String userId,
        @Size(max = 100) List<@NotNull @Valid GenericAnswer> answers,
        @Size(max = 2000) String comment,
        Boolean replies,
        @Size(max = 32) String command,
        @Size(max = 32) String argument) {

    public static final String SUBMISSION = "checkin.submission";

    /**
     * @param questionId the question
     * @param value the stored value (as in the prompt's choices) or the text
     */
    @Schema(name = "GenericAnswer", description = "One answer of a generic webhook submission.")
    public record GenericAnswer(@NotBlank @Size(max = 64) String questionId, @Size(max = 2000) String value) {
    }
}
