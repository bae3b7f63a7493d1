package io.pulsecheck.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.security.Roles;
import io.pulsecheck.teams.Person;

/**
 * Who a check-in would not reach: members of active teams who take part (not opted out) and whom neither their
 * platform nor email reaches, each with the reason, so HR can fix the roster or the configuration. Such people are
 * not invited, so they do not lower participation.
 */
@Path("/api/v1/people/unreachable")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
@RolesAllowed(Roles.HR_ADMIN)
public class UnreachablePeopleResource {

    @Inject
    ChatPlatforms platforms;

    /** One person nothing reaches. */
    public record UnreachablePerson(UUID personId, String displayName, PlatformId platform, String reason) {
    }

    /** Everyone nothing reaches, by name. */
    public record UnreachablePeople(List<UnreachablePerson> items) {
    }

    @GET
    @Transactional
    @Operation(summary = "Members no check-in reaches", description = "Members of active teams who take part and whom neither their platform nor email reaches, with the reason.")
    public UnreachablePeople list() {
        List<Person> members = Person.list("""
                select distinct p from Team t join t.members p
                where t.archived = false and p.status in (?1, ?2)
                order by p.displayName, p.id""", Person.Status.active, Person.Status.paused);
        List<UnreachablePerson> items = new ArrayList<>();
        for (Person person : members) {
            Route route = platforms.route(person);
            if (!route.reachable()) {
                items.add(new UnreachablePerson(person.id, person.displayName, person.platform, route.reason()));
            }
        }
        return new UnreachablePeople(items);
    }
}
