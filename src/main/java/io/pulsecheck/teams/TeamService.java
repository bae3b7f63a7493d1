package io.pulsecheck.teams;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.pulsecheck.audit.AuditAction;
import io.pulsecheck.audit.AuditLog;
import io.pulsecheck.common.api.Page;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem.FieldError;

/** Teams, their leaders and members. */
@ApplicationScoped
public class TeamService {

    @Inject
    Clock clock;

    @Inject
    PersonService people;

    @Inject
    AuditLog audit;

    @Transactional
    public TeamView create(TeamRequest request) {
        requireUniqueName(null, request.name());
        Team team = new Team();
        team.createdAt = clock.instant();
        apply(team, request);
        team.persist();
        audit.changed(AuditAction.TEAM_CREATED, team.id, null, snapshot(team));
        return view(team);
    }

    @Transactional
    public TeamView update(UUID id, TeamRequest request) {
        Team team = find(id);
        if (request.version() == null) {
            throw ApiException.invalid("version", "is required when changing a team");
        }
        if (request.version() != team.version) {
            throw ApiException.conflict("The team was changed since version " + request.version()
                    + "; read it again and retry");
        }
        requireUniqueName(team.id, request.name());
        Map<String, Object> before = snapshot(team);
        apply(team, request);
        Team.getEntityManager().flush();
        audit.changed(AuditAction.TEAM_UPDATED, team.id, before, snapshot(team));
        return view(team);
    }

    public TeamView get(UUID id) {
        return view(find(id));
    }

    /** All teams, or with {@code leaderId} only the teams that person leads. */
    public Page<TeamView> list(int page, int size, UUID parentId, UUID leaderId) {
        StringBuilder query = new StringBuilder("select t from Team t where t.archived = false");
        List<Object> parameters = new ArrayList<>();
        if (parentId != null) {
            parameters.add(parentId);
            query.append(" and t.parent.id = ?").append(parameters.size());
        }
        if (leaderId != null) {
            parameters.add(leaderId);
            query.append(" and exists (select 1 from Team l join l.leaders p where l = t and p.id = ?")
                    .append(parameters.size()).append(')');
        }
        var found = Team.<Team>find(query + " order by lower(t.name), t.id", parameters.toArray());
        return new Page<>(views(found.page(page, size).list()), page, size, found.count());
    }

    /** Views of a page of teams with a fixed number of queries, however many teams the page holds. */
    private static List<TeamView> views(List<Team> teams) {
        if (teams.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = teams.stream().map(team -> team.id).toList();
        Map<UUID, Long> memberCounts = new HashMap<>();
        Team.getEntityManager().createQuery(
                "select t.id, count(p) from Team t join t.members p where t.id in ?1 group by t.id", Tuple.class)
                .setParameter(1, ids).getResultList()
                .forEach(row -> memberCounts.put(row.get(0, UUID.class), row.get(1, Long.class)));
        Map<UUID, List<PersonRef>> leaders = new HashMap<>();
        Team.getEntityManager().createQuery("select t.id, l from Team t join t.leaders l where t.id in ?1"
                + " order by lower(l.displayName) nulls last, l.id", Tuple.class)
                .setParameter(1, ids).getResultList()
                .forEach(row -> leaders.computeIfAbsent(row.get(0, UUID.class), id -> new ArrayList<>())
                        .add(PersonRef.of(row.get(1, Person.class))));
        OrgSettings org = OrgSettings.get();
        return teams.stream().map(team -> view(team, org, memberCounts.getOrDefault(team.id, 0L),
                leaders.getOrDefault(team.id, List.of()))).toList();
    }

    public Page<PersonView> members(UUID teamId, int page, int size) {
        find(teamId);
        var query = Person.<Person>find("select p from Team t join t.members p where t.id = ?1"
                + " order by lower(p.displayName) nulls last, p.id", teamId);
        return new Page<>(query.page(page, size).list().stream().map(PersonView::of).toList(), page, size,
                query.count());
    }

    @Transactional
    public PersonView addMember(UUID teamId, AddMemberRequest request) {
        if ((request.personId() == null) == (request.person() == null)) {
            throw ApiException.invalid("personId", "give either personId or person, not both or neither");
        }
        Team team = find(teamId);
        Person person;
        if (request.personId() != null) {
            person = Person.findById(request.personId());
            if (person == null) {
                throw ApiException.invalid("personId", "no such person");
            }
            if (person.status == Person.Status.erased) {
                throw ApiException.conflict("An erased person cannot join a team");
            }
        } else {
            person = Person.findById(people.create(request.person()).id());
        }
        if (!team.members.add(person)) {
            throw ApiException.conflict("This person is already a member of the team");
        }
        Team.getEntityManager().flush();
        audit.changed(AuditAction.MEMBER_ADDED, team.id, null, Map.of("personId", person.id));
        return PersonView.of(person);
    }

    @Transactional
    public void removeMember(UUID teamId, UUID personId) {
        Team team = find(teamId);
        if (!team.members.removeIf(member -> member.id.equals(personId))) {
            throw ApiException.notFound("Member", personId);
        }
        audit.changed(AuditAction.MEMBER_REMOVED, team.id, Map.of("personId", personId), null);
    }

    /** What the audit log keeps of a team: leaders by id only, never by name. */
    private static Map<String, Object> snapshot(Team team) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", team.name);
        snapshot.put("parentId", team.parent == null ? null : team.parent.id);
        snapshot.put("leaderIds", team.leaders.stream().map(leader -> leader.id).sorted().toList());
        snapshot.put("kThreshold", team.kThreshold);
        snapshot.put("commentThreshold", team.commentThreshold);
        snapshot.put("archived", team.archived);
        return snapshot;
    }

    static Team find(UUID id) {
        Team team = Team.findById(id);
        if (team == null) {
            throw ApiException.notFound("Team", id);
        }
        return team;
    }

    private static void apply(Team team, TeamRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Team parent = null;
        if (request.parentId() != null) {
            parent = Team.findById(request.parentId());
            if (parent == null) {
                errors.add(new FieldError("parentId", "no such team"));
            } else if (createsLoop(team, parent)) {
                errors.add(new FieldError("parentId", "would make the team its own ancestor"));
            }
        }
        Set<Person> leaders = new LinkedHashSet<>();
        List<UUID> leaderIds = request.leaderIds() == null ? List.of() : request.leaderIds();
        for (int i = 0; i < leaderIds.size(); i++) {
            Person leader = Person.findById(leaderIds.get(i));
            if (leader == null || leader.status == Person.Status.erased) {
                errors.add(new FieldError("leaderIds[" + i + "]", "no such person"));
            } else {
                leaders.add(leader);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        team.name = request.name().trim();
        team.parent = parent;
        team.leaders.clear();
        team.leaders.addAll(leaders);
        team.kThreshold = request.kThreshold();
        team.commentThreshold = request.commentThreshold();
    }

    private static boolean createsLoop(Team team, Team parent) {
        if (team.id == null) {
            return false;
        }
        for (Team ancestor = parent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor.id.equals(team.id)) {
                return true;
            }
        }
        return false;
    }

    private static void requireUniqueName(UUID self, String name) {
        Team other = Team.<Team>find("lower(name) = lower(?1) and archived = false", name.trim()).firstResult();
        if (other != null && !other.id.equals(self)) {
            throw ApiException.conflict("Another team is called " + name.trim());
        }
    }

    static TeamView view(Team team) {
        long memberCount = Team.count("select count(p) from Team t join t.members p where t.id = ?1", team.id);
        return view(team, OrgSettings.get(), memberCount, team.leaders.stream().map(PersonRef::of).toList());
    }

    private static TeamView view(Team team, OrgSettings org, long memberCount, List<PersonRef> leaders) {
        return new TeamView(team.id, team.name, team.parent == null ? null : team.parent.id,
                leaders, memberCount, team.kThreshold,
                team.commentThreshold, team.kThreshold != null ? team.kThreshold : org.kThreshold,
                team.commentThreshold != null ? team.commentThreshold : org.commentThreshold, team.archived,
                team.version, team.createdAt);
    }
}
