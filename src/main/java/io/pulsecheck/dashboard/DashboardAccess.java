package io.pulsecheck.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.pulsecheck.teams.Person;
import io.pulsecheck.teams.Team;

/**
 * Which teams a dashboard session may see, by the same rule as the API ({@code teams/TeamAccess}): HR every active
 * team, a leader only the teams they lead at this moment. Checked on every request.
 */
@ApplicationScoped
public class DashboardAccess {

    /** The leader behind a session, while the roster still has them. */
    @Transactional
    public Optional<Person> leader(Viewer viewer) {
        if (viewer.isHr()) {
            return Optional.empty();
        }
        Person person = Person.findById(viewer.leaderId());
        return person == null || person.status == Person.Status.erased ? Optional.empty() : Optional.of(person);
    }

    /** Whether the session still stands for someone: HR, or a leader the roster still has. */
    public boolean isValid(Viewer viewer) {
        return viewer.isHr() || leader(viewer).isPresent();
    }

    /** The teams on the viewer's overview, by name. */
    @Transactional
    public List<TeamLink> teams(Viewer viewer) {
        List<Team> teams = viewer.isHr() ? Team.list("archived = false order by lower(name), id")
                : Team.activeLedBy(viewer.leaderId());
        return teams.stream().map(team -> new TeamLink(team.id, team.name)).toList();
    }

    /** Whether the viewer may see the team's page: HR any active team, a leader only one they lead. */
    @Transactional
    public Access access(Viewer viewer, UUID teamId) {
        Team team = Team.findById(teamId);
        if (viewer.isHr()) {
            return team == null || team.archived ? Access.NOT_FOUND : Access.ALLOWED;
        }
        // A team that does not exist gets the same answer as another leader's: nothing to probe.
        return team != null && !team.archived && Team.isLedBy(teamId, viewer.leaderId()) ? Access.ALLOWED
                : Access.FORBIDDEN;
    }

    /** The answer to a team page request. */
    public enum Access {
        ALLOWED, FORBIDDEN, NOT_FOUND
    }

    /** A team on the overview. */
    public record TeamLink(UUID id, String name) {
    }
}
