package io.pulsecheck.teams;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.audit.AuditAction;
import io.pulsecheck.audit.AuditLog;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.security.Roles;

@Path("/api/v1/settings/anonymity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.HR_ADMIN)
public class AnonymitySettingsResource {

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.AUDITOR })
    @Operation(summary = "Read the organisation's anonymity thresholds", description = "HR admins and auditors.")
    public AnonymitySettings get() {
        return AnonymitySettings.of(OrgSettings.get());
    }

    @PUT
    @Transactional
    @Operation(summary = "Change the organisation's anonymity thresholds",
            description = "k and the comment threshold can never be set below 3. Send the version you read; a stale version gets 409.")
    public AnonymitySettings update(@Valid @NotNull AnonymitySettings request) {
        OrgSettings settings = OrgSettings.get();
        if (request.version() != null && request.version() != settings.version) {
            throw ApiException.conflict("The settings were changed since version " + request.version()
                    + "; read them again and retry");
        }
        Map<String, Object> before = thresholds(settings);
        settings.kThreshold = request.kThreshold();
        settings.commentThreshold = request.commentThreshold();
        OrgSettings.getEntityManager().flush();
        audit.changed(AuditAction.ORG_THRESHOLDS_CHANGED, null, before, thresholds(settings));
        return AnonymitySettings.of(settings);
    }

    private static Map<String, Object> thresholds(OrgSettings settings) {
        return Map.of("kThreshold", settings.kThreshold, "commentThreshold", settings.commentThreshold);
    }
}
