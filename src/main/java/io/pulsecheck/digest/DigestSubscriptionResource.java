package io.pulsecheck.digest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.security.Roles;

@Path("/api/v1/digest-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Digest")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.HR_ADMIN)
public class DigestSubscriptionResource {

    @Inject
    DigestSubscriptionService subscriptions;

    @PUT
    @Path("{personId}")
    @Operation(summary = "Set where a leader's digest and alerts go",
            description = "Slack sends a direct message to the leader's Slack user id; the other channels post to the given webhook (use a private chat or space).")
    public DigestSubscriptionView put(@PathParam("personId") UUID personId,
            @Valid @NotNull DigestSubscriptionRequest request) {
        return subscriptions.put(personId, request);
    }

    @GET
    @Path("{personId}")
    @Operation(summary = "Read a leader's digest delivery settings")
    public DigestSubscriptionView get(@PathParam("personId") UUID personId) {
        return subscriptions.get(personId);
    }

    @DELETE
    @Path("{personId}")
    @Operation(summary = "Stop a leader's digests and alerts")
    public void delete(@PathParam("personId") UUID personId) {
        subscriptions.delete(personId);
    }
}
