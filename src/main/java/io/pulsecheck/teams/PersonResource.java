package io.pulsecheck.teams;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.api.Page;
import io.pulsecheck.common.api.Paging;
import io.pulsecheck.common.security.Roles;

@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "The roster: people with chat identity, locale and time zone; GDPR erasure")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.HR_ADMIN)
public class PersonResource {

    private final PersonService people;
    private final RosterImport roster;

    public PersonResource(PersonService people, RosterImport roster) {
        this.people = people;
        this.roster = roster;
    }

    @POST
    @Path("/import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Operation(summary = "Import a roster from CSV",
            description = "A header line, then one line per person and team: display_name, email, platform, platform_user_id, team, locale, time_zone (display_name, team and time_zone required; email or platform + platform_user_id to recognise the person). All or nothing: if any line is wrong, nothing is imported and the 400 problem names each bad line and column as line[n].column, n being the line of the file (the header is line 1). People are matched by chat identity, then email, and updated; memberships are added, never removed. Unknown teams are errors unless createTeams=true.")
    @RequestBody(content = @Content(mediaType = "text/csv", example = """
            display_name,email,platform,platform_user_id,team,locale,time_zone
            Alex Example,alex@example.com,slack,U024BE7LH,Platform,de,Europe/Berlin
            """))
    public RosterImportResult importRoster(String csv,
            @QueryParam("createTeams") @DefaultValue("false") boolean createTeams) {
        return roster.importCsv(csv, createTeams);
    }

    @GET
    @Operation(summary = "List people", description = "Sorted by display name, then id. Erased people are left out unless includeErased=true.")
    public Page<PersonView> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size,
            @QueryParam("includeErased") @DefaultValue("false") boolean includeErased) {
        return people.list(page, size, includeErased);
    }

    @POST
    @Operation(summary = "Add a person to the roster", description = "Email and chat identity must be unique (409 otherwise).")
    public Response create(@Valid @NotNull PersonInput input) {
        PersonView created = people.create(input);
        return Response.created(URI.create("/api/v1/people/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a person")
    public PersonView get(@PathParam("id") UUID id) {
        return people.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a person", description = "Send the version you read; a stale version gets 409.")
    public PersonView update(@PathParam("id") UUID id, @Valid @NotNull PersonInput input) {
        return people.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Erase a person (GDPR)",
            description = "Removes the person's name, email and chat identity, their team memberships and leaderships, and any open conversation or pending invitation. Anonymous answers are never linked to people and stay untouched. The id remains, with status erased.")
    public Response erase(@PathParam("id") UUID id) {
        people.erase(id);
        return Response.noContent().build();
    }
}
