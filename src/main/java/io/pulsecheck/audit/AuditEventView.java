package io.pulsecheck.audit;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** An audit event as the API returns it. */
@Schema(name = "AuditEvent", description = "One recorded change or export. People appear by id only.")
public record AuditEventView(
        UUID id,
        @Schema(description = "When it happened") Instant occurredAt,
        @Schema(description = "Who did it: the token's email or subject; system for jobs; erased-person:<id> after erasure", example = "hr@example.com") String actor,
        @Schema(example = "team.updated") String action,
        @Schema(example = "team") String targetType,
        @Schema(description = "Id of the changed thing; absent for the organisation and roster imports") UUID targetId,
        @Schema(description = "State before the change (absent for creations and exports)") JsonNode before,
        @Schema(description = "State after the change, or the export's parameters") JsonNode after) {

    static AuditEventView of(AuditEvent event) {
        return new AuditEventView(event.id, event.occurredAt, event.actor, event.action, event.targetType,
                event.targetId, event.before, event.after);
    }
}
