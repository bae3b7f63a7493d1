package io.pulsecheck.delivery;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.security.Roles;

@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.HR_ADMIN)
public class DeliveriesResource {

    @Inject
    Deliveries deliveries;

    @GET
    @Operation(summary = "List outbound deliveries",
            description = "Newest first, optionally only one status (pending, sent, dead). Shows state and the last error, never content or recipient.")
    public DeliveryPage list(
            @Parameter(description = "pending, sent or dead") @QueryParam("status")
            @Pattern(regexp = "pending|sent|dead", message = "must be one of pending, sent, dead") String status,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0")
            @Min(value = 0, message = "must be at least 0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("50")
            @Min(value = 1, message = "must be at least 1") @Max(value = 200, message = "must be at most 200") int size) {
        return deliveries.list(status == null ? null : OutboxMessage.Status.valueOf(status), page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one delivery", description = "Its state and last error, never content or recipient.")
    public DeliveryView get(@PathParam("id") UUID id) {
        return deliveries.get(id);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Retry a dead delivery",
            description = "Queues a dead letter again for an immediate attempt. Only dead deliveries can be retried; others get 409.")
    public DeliveryView retry(@PathParam("id") UUID id) {
        return deliveries.retry(id);
    }
}
