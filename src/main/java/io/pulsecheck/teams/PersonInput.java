package io.pulsecheck.teams;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulsecheck.common.Channel;
import io.pulsecheck.common.api.ValidZoneId;
import io.pulsecheck.questions.Locales;

/**
 * A person as HR enters them.
 *
 * @param version on update: the version read; a stale one gets 409. Ignored on create.
 */
@Schema(name = "PersonInput", description = "A person: display name, optional email, chat identity, locale and time zone.")
public record PersonInput(
        @NotBlank @Size(max = 200) @Schema(example = "Alex Example") String displayName,
        @Email @Size(max = 320) @Schema(description = "Optional; leaders are matched to their bearer token by it", example = "alex@example.com") String email,
        @Schema(description = "Chat platform; give it together with platformUserId", example = "slack") Channel platform,
        @Size(max = 200) @Pattern(regexp = "\\S+", message = "must not contain spaces")
        @Schema(description = "The person's user id on the platform", example = "U024BE7LH") String platformUserId,
        @NotBlank @Pattern(regexp = Locales.LOCALE, message = "must be a locale such as en or de-CH")
        @Schema(description = "Language of their check-ins", example = "de") String locale,
        @NotBlank @ValidZoneId @Schema(description = "Their own IANA time zone; wins over a schedule's default", example = "Europe/Berlin") String timeZone,
        @Schema(description = "On update: the version you read", example = "0") Long version) {
}
