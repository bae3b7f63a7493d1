package io.pulsecheck.teams;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulsecheck.common.api.ValidZoneId;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.questions.Locales;

/**
 * A person as HR enters them.
 *
 * @param version on update: the version read; a stale one gets 409. Ignored on create.
 */
@Schema(name = "PersonInput", description = "A person: display name, optional email, chat identity, locale and time zone.")
public record PersonInput(
        @NotBlank @Size(max = 200) @Schema(example = "Alex Example") String displayName,
        @Email @Size(max = 320) @Schema(description = "Optional; leaders are matched to their bearer token by it only where PULSECHECK_SECURITY_LEADER_MATCH_EMAIL is on", example = "alex@example.com") String email,
        @Schema(description = "Chat platform; give it together with platformUserId", example = "slack") PlatformId platform,
        @Size(max = 200) @Pattern(regexp = "\\S+", message = "must not contain spaces")
        @Schema(description = "The person's user id on the platform", example = "U024BE7LH") String platformUserId,
        @NotBlank @Pattern(regexp = Locales.LOCALE, message = "must be a locale such as en or de-CH")
        @Schema(description = "Language of their check-ins", example = "de") String locale,
        @NotBlank @ValidZoneId @Schema(description = "Their own IANA time zone; wins over a schedule's default", example = "Europe/Berlin") String timeZone,
        @Schema(description = "On update: the version you read", example = "0") Long version,
        @Size(max = 255) @Schema(description = "Optional; the identity provider's immutable subject of this person (the token's sub, or the claim PULSECHECK_SECURITY_LEADER_SUBJECT_CLAIM names). Leaders are matched to their bearer token by it", example = "6f1c2a9e-3b7d-4c55-9a1e-2d4b8c0f7e11") String subject) {
}
