package io.pulsecheck.questions;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.api.Page;
import io.pulsecheck.common.api.Paging;
import io.pulsecheck.common.security.Roles;

@Path("/api/v1/question-sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Question sets", description = "Versioned, multilingual question sets and the built-in library")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.HR_ADMIN)
public class QuestionSetResource {

    private final QuestionSetService service;

    public QuestionSetResource(QuestionSetService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List question sets",
            description = "Sorted by name, then id. Built-in library sets have a builtinKey; filter them with builtin=true or false. Archived sets are left out unless includeArchived=true.")
    public Page<QuestionSetSummary> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size,
            @QueryParam("includeArchived") @DefaultValue("false") boolean includeArchived,
            @QueryParam("builtin") Boolean builtin) {
        return service.list(page, size, includeArchived, builtin);
    }

    @POST
    @Operation(summary = "Create a question set", description = "Creates version 1. Every text needs the default locale.")
    public Response create(@Valid @NotNull QuestionSetRequest request) {
        QuestionSetView created = service.create(request);
        return Response.created(URI.create("/api/v1/question-sets/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a question set", description = "The current version, or an older one with ?version=n.")
    public QuestionSetView get(@PathParam("id") UUID id, @QueryParam("version") @Min(1) Integer version) {
        return service.get(id, version);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "List the versions of a question set", description = "Oldest first; each stays readable.")
    public List<QuestionSetVersionSummary> versions(@PathParam("id") UUID id) {
        return service.versions(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a question set",
            description = "Send the revision you read (a stale one gets 409). If a check-in has used the current version, the change becomes version n+1 and version n stays readable; otherwise the current version is replaced. Built-in and archived sets cannot be changed (409).")
    public QuestionSetView update(@PathParam("id") UUID id, @Valid @NotNull QuestionSetRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("/{id}/archive")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Archive a question set",
            description = "Sets are never deleted: an archived set keeps its history but cannot be edited or newly scheduled. Built-in sets cannot be archived (409).")
    public QuestionSetView archive(@PathParam("id") UUID id) {
        return service.archive(id);
    }

    @POST
    @Path("/{id}/copies")
    @Operation(summary = "Copy a question set",
            description = "Copies the current version of any set, for example a built-in library set, into a new editable set at version 1.")
    public Response copy(@PathParam("id") UUID id, @Valid @NotNull CopyQuestionSetRequest request) {
        QuestionSetView created = service.copy(id, request);
        return Response.created(URI.create("/api/v1/question-sets/" + created.id())).entity(created).build();
    }
}
