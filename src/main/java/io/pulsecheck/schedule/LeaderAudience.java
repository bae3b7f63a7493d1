package io.pulsecheck.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.pulsecheck.teams.Person;

/**
 * The leaders a leaders' schedule asks, each in one cohort: everyone in {@code team_leader} of a team that is not
 * archived under the schedule's node (the node itself included; the whole organisation when there is none), resolved
 * when a cycle opens. A leader's cohort is the branch directly below the node that holds the team they lead (the node
 * itself for its own leaders; for the organisation, the root team above it). Someone leading teams in several
 * branches is counted once, in the first of them by name, so nobody is asked twice.
 */
@ApplicationScoped
public class LeaderAudience {

    /** Teams under the node with the branch below the node they belong to; depth 0 is the node itself. */
    private static final String UNDER_NODE = """
            with recursive tree(team_id, branch_id, depth) as (
                select t.id, t.id, 0 from team t where t.id = :node and not t.archived
                union all
                select c.id, case when tr.depth = 0 then c.id else tr.branch_id end, tr.depth + 1
                from tree tr join team c on c.parent_id = tr.team_id where not c.archived
            )
            """;

    /** Every team of the organisation with the root team above it. */
    private static final String WHOLE_ORGANISATION = """
            with recursive tree(team_id, branch_id) as (
                select t.id, t.id from team t where t.parent_id is null and not t.archived
                union all
                select c.id, tr.branch_id from tree tr join team c on c.parent_id = tr.team_id where not c.archived
            )
            """;

    @Inject
    EntityManager em;

    /**
     * The cohorts of the node's leaders (null: the whole organisation), cohort team id to its leaders, in the order of
     * the cohort ids; erased people are left out, people who paused or opted out are kept (the opener skips them).
     */
    public Map<UUID, List<Person>> cohorts(UUID nodeId) {
        String sql = (nodeId == null ? WHOLE_ORGANISATION : UNDER_NODE) + """
                select tr.branch_id, tl.person_id
                from tree tr
                join team branch on branch.id = tr.branch_id
                join team_leader tl on tl.team_id = tr.team_id
                join person p on p.id = tl.person_id and p.status <> 'erased'
                order by lower(branch.name), branch.id, tl.person_id
                """;
        var query = em.createNativeQuery(sql);
        if (nodeId != null) {
            query.setParameter("node", nodeId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, UUID> cohortOf = new LinkedHashMap<>();
        for (Object[] row : rows) {
            cohortOf.putIfAbsent((UUID) row[1], (UUID) row[0]);
        }
        Map<UUID, Person> people = new HashMap<>();
        if (!cohortOf.isEmpty()) {
            for (Person person : Person.<Person>list("id in ?1", new ArrayList<>(cohortOf.keySet()))) {
                people.put(person.id, person);
            }
        }
        Map<UUID, List<Person>> cohorts = new TreeMap<>();
        cohortOf.forEach((person, cohort) -> cohorts.computeIfAbsent(cohort, c -> new ArrayList<>())
                .add(people.get(person)));
        return cohorts;
    }

    /** Everyone the node's leaders' check asks, in no particular cohort. */
    public List<Person> everyone(UUID nodeId) {
        List<Person> all = new ArrayList<>();
        cohorts(nodeId).values().forEach(all::addAll);
        return all;
    }
}
