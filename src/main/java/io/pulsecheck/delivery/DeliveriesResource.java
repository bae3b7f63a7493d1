package io.pulsecheck.delivery;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import org.jboss.logging.Logger;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.security.Roles;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.HR_ADMIN)
public class DeliveriesResource {

    private static final Logger LOG = Logger.getLogger(DeliveriesResource.class);

    @Inject
    Clock clock;

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
        var query = status == null
                ? OutboxMessage.findAll(Sort.descending("createdAt").and("id"))
                : OutboxMessage.find("status", Sort.descending("createdAt").and("id"),
                        OutboxMessage.Status.valueOf(status));
        List<DeliveryView> items = query.page(Page.of(page, size)).<OutboxMessage>list().stream()
                .map(DeliveryView::of).toList();
        return new DeliveryPage(items, query.count());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one delivery", description = "Its state and last error, never content or recipient.")
    public DeliveryView get(@PathParam("id") UUID id) {
        return DeliveryView.of(find(id));
    }

    @POST
    @Path("/{id}/retry")
    @Transactional
    @Operation(summary = "Retry a dead delivery",
            description = "Queues a dead letter again for an immediate attempt. Only dead deliveries can be retried; others get 409.")
    public DeliveryView retry(@PathParam("id") UUID id) {
        OutboxMessage message = OutboxMessage.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            throw ApiException.notFound("Delivery", id);
        }
        if (message.status != OutboxMessage.Status.dead) {
            throw ApiException.conflict("Only dead deliveries can be retried; this one is " + message.status);
        }
        message.status = OutboxMessage.Status.pending;
        message.nextAttemptAt = clock.instant();
        // A fresh budget of attempts: the dead letter exhausted or skipped the previous one.
        message.attempts = 0;
        LOG.infof("Delivery %s queued again by HR", id);
        return DeliveryView.of(message);
    }

    private static OutboxMessage find(UUID id) {
        OutboxMessage message = OutboxMessage.findById(id);
        if (message == null) {
            throw ApiException.notFound("Delivery", id);
        }
        return message;
    }
}
