package io.pulsecheck.teams;

import jakarta.annotation.security.RolesAllowed;
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

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.security.Roles;

@Path("/api/v1/settings/anonymity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.HR_ADMIN)
public class AnonymitySettingsResource {

    @GET
    @Operation(summary = "Read the organisation's anonymity thresholds")
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
        settings.kThreshold = request.kThreshold();
        settings.commentThreshold = request.commentThreshold();
        OrgSettings.getEntityManager().flush();
        return AnonymitySettings.of(settings);
    }
}
