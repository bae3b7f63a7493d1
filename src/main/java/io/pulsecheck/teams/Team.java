package io.pulsecheck.teams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** A team, or a department when other teams name it as their parent. */
@Entity
@Table(name = "team")
public class Team extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Team parent;

    /** Overrides the organisation's minimum number of respondents before numbers are shown; never below 3. */
    public Integer kThreshold;

    /** Overrides the organisation's minimum number of comments before comments are shown; never below 3. */
    public Integer commentThreshold;

    public boolean archived;
    public Instant createdAt;

    @ManyToMany
    @JoinTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    public Set<Person> members = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "team_leader", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    public Set<Person> leaders = new LinkedHashSet<>();

    @Version
    public long version;

    /** The teams the person leads, archived ones included, by name. */
    public static PanacheQuery<Team> ledBy(UUID personId) {
        return find("select t from Team t join t.leaders l where l.id = ?1 order by lower(t.name), t.id", personId);
    }

    /** The teams the person leads that are not archived, by name. */
    public static List<Team> activeLedBy(UUID personId) {
        return list("select t from Team t join t.leaders l where l.id = ?1 and t.archived = false order by t.name",
                personId);
    }

    /** {@link #activeLedBy} for many people in one query: per person the teams they lead, not archived, by name. */
    public static Map<UUID, List<Team>> activeLedByEach(Collection<UUID> personIds) {
        Map<UUID, List<Team>> led = new HashMap<>();
        if (personIds.isEmpty()) {
            return led;
        }
        List<Object[]> rows = getEntityManager().createQuery("""
                select l.id, t from Team t join t.leaders l where l.id in ?1 and t.archived = false order by t.name
                """, Object[].class).setParameter(1, personIds).getResultList();
        for (Object[] row : rows) {
            led.computeIfAbsent((UUID) row[0], person -> new ArrayList<>()).add((Team) row[1]);
        }
        return led;
    }

    /** Those of the teams that have a sub-team that is not archived: the departments among them. */
    public static Set<UUID> withActiveSubTeams(Collection<UUID> teamIds) {
        if (teamIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery(
                "select distinct t.parent.id from Team t where t.parent.id in ?1 and t.archived = false", UUID.class)
                .setParameter(1, teamIds).getResultList());
    }

    /** Whether the person leads the team (archived or not). */
    public static boolean isLedBy(UUID teamId, UUID personId) {
        return count("select count(t) from Team t join t.leaders l where t.id = ?1 and l.id = ?2", teamId,
                personId) > 0;
    }
}
