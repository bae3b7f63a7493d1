package io.pulsecheck.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.api.Page;
import io.pulsecheck.common.api.Paging;
import io.pulsecheck.common.security.Roles;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The audit log and the live anonymity check, for auditors (works council) and HR")
@SecurityRequirement(name = "jwt")
@RolesAllowed({ Roles.AUDITOR, Roles.HR_ADMIN })
public class AuditResource {

    @Inject
    AnonymityChecks checks;

    @GET
    @Path("events")
    @Operation(summary = "Read the audit log",
            description = "Changes to thresholds, teams, memberships, schedules, digest subscriptions and question sets, person erasures and CSV exports, newest first (ties by id). People appear by id only.")
    public Page<AuditEventView> events(
            @Parameter(description = "From this date (YYYY-MM-DD, UTC) or instant, inclusive") @QueryParam("from") String from,
            @Parameter(description = "To this date (YYYY-MM-DD, UTC, inclusive) or instant (exclusive)") @QueryParam("to") String to,
            @Parameter(description = "organisation, team, roster, person, schedule, digest_subscription or question_set") @QueryParam("targetType") String targetType,
            @Parameter(description = "Id of the changed thing") @QueryParam("targetId") String targetId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        AuditFilter filter = AuditQuery.parse(from, to, targetType, targetId);
        return AuditEvent.search(filter, page, size).map(AuditEventView::of);
    }

    @GET
    @Path("anonymity")
    @Operation(summary = "Check the anonymity invariants against the live database",
            description = "A pass/fail list: no identity column, foreign key or fine timestamp in anonymous tables; no transaction shared by a row naming a person and a readable answer; no readable pending submission; thresholds of at least 3; receipts only for open cycles; no trail naming a person after a cycle's release. Details hold counts, tables and columns, never personal data.")
    public AnonymityReport anonymity() {
        return checks.run();
    }
}
