package io.pulsecheck.digest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.security.Roles;

@Path("/api/v1/reassurance-catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Digest")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.HR_ADMIN)
public class ReassuranceCatalogueResource {

    @Inject
    ReassuranceEntries entries;

    @GET
    @Operation(summary = "The reassurance catalogue: the curated suggestions and those HR added")
    public List<ReassuranceEntryView> list() {
        return entries.list();
    }

    @POST
    @Operation(summary = "Add a suggestion to the catalogue",
            description = "Used by digests, alerts and pre-briefs when one of its signals appears in a team's last released check-in.")
    public Response create(ReassuranceEntryRequest request) {
        return Response.status(Response.Status.CREATED).entity(entries.create(request)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a suggestion HR added")
    public ReassuranceEntryView replace(@PathParam("id") String id, ReassuranceEntryRequest request) {
        return entries.replace(id, request);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a suggestion HR added")
    public void delete(@PathParam("id") String id) {
        entries.delete(id);
    }
}
