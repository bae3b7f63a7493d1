package io.pulsecheck.insights;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import io.pulsecheck.questions.QuestionSet;
import io.pulsecheck.schedule.Cycle;

/**
 * The aggregation SQL. Every query returns counts, means and sample standard deviations, never an individual answer.
 * Released cycles are read from their sufficient statistics ({@link CycleStatistics}: count, sum and sum of squares of
 * the per-response scores per cycle and dimension), never from their answers: a cycle's mean is {@code sum / n}, a
 * union of cycles adds the sums, and the sample standard deviation is
 * {@code sqrt((sum_sq - sum^2 / n) / (n - 1))}, the same figures {@code avg} and {@code stddev_samp} give over the
 * scores.
 */
@ApplicationScoped
public class InsightsQueries {

    /**
     * One score per response and dimension, for every dimension a numeric question collects (the five named indices,
     * trust, recognition and any custom one): the mean of its items, each normalised to 0..100 from the question
     * type's range (reverse-scored items flipped); eNPS items score +100 (9-10), 0 (7-8) or -100 (0-6).
     */
    static final String SCORED = """
            scored as (
                select r.id as response_id, r.team_id, r.cycle_id, a.dimension,
                       avg(case when a.dimension = 'enps'
                                then case when a.value >= 9 then 100.0 when a.value <= 6 then -100.0 else 0.0 end
                                else 100.0 * (case when q.reverse_scored
                                                   then (case q.type when 'scale_0_10' then 10 when 'yes_no' then 1 else 5 end) - a.value
                                                   else a.value - (case q.type when 'scale_1_5' then 1 else 0 end) end)
                                     / (case q.type when 'scale_1_5' then 4 when 'scale_0_5' then 5 when 'scale_0_10' then 10 else 1 end)
                           end) as score
                from response r
                join answer a on a.response_id = r.id
                join question q on q.id = a.question_id
                where a.value is not null
                  and q.type in ('scale_1_5', 'scale_0_5', 'scale_0_10', 'yes_no')
                  and %s
                group by r.id, r.team_id, r.cycle_id, a.dimension
            )
            """;

    /** Sample standard deviation from n, sum and sum of squares (null for one value, as stddev_samp). */
    private static final String SD = """
            case when %1$s > 1 then sqrt(greatest(0, (%3$s - %2$s * %2$s / %1$s) / (%1$s - 1))) end""";

    private static final String SUMMED_SD = SD.formatted("sum(d.n)", "sum(d.score_sum)", "sum(d.score_sum_sq)");

    /** The current roster of the team of the row aliased {@code %s}: invitations of cycles opened before V40. */
    private static final String ROSTER_SIZE = """
            (select count(*) from team_member tm join person p on p.id = tm.person_id
             where tm.team_id = %s.team_id and p.status <> 'erased')""";

    @Inject
    EntityManager em;

    /**
     * A cycle of one team: how many were asked, answered and commented, the thresholds frozen when it opened, and
     * whether it is released. An unreleased cycle's respondents are its receipts (who answered so far, a count only)
     * and its comments are not counted at all: nothing of its answers is read.
     */
    public record CycleRow(UUID cycleId, LocalDate cycleDate, String status, boolean released, long invited,
            long respondents, long comments, int k, int commentK, Instrument instrument) {
    }

    /**
     * What a cycle asked: the instrument (lineage of its question set, {@link QuestionSet#instrument()}), the name of
     * the version asked, and the series: the instrument and the shape of the version (keys, types, dimensions,
     * reverse scoring). Versions of one lineage with the same shape (weekly pulse v1 and v2) are one series; a team
     * whose question set changes starts another. Read from the cycle's question set, never from its answers.
     */
    public record Instrument(String key, String name, String series) {
    }

    /** The instrument columns of {@link Instrument} for a cycle under alias {@code c}. */
    static final String INSTRUMENT_COLUMNS = """
            (select %1$s from question_set_version v join question_set s on s.id = v.set_id
             where v.id = c.question_set_version_id) as instrument,
            (select v.name from question_set_version v where v.id = c.question_set_version_id) as instrument_name,
            (select md5(string_agg(q.key || ':' || q.type || ':' || q.dimension || ':' || q.reverse_scored, ','
                                   order by q.key))
             from question q where q.set_version_id = c.question_set_version_id) as shape""".formatted(
            QuestionSet.instrumentSql("s"));

    /** The {@link Instrument} from the three {@link #INSTRUMENT_COLUMNS} values. */
    static Instrument instrument(Object key, Object name, Object shape) {
        return new Instrument((String) key, (String) name, key + "#" + shape);
    }

    /** Count, mean and sample SD of one dimension in one group (a cycle, a team or a roll-up). */
    public record DimensionRow(UUID groupId, String dimension, long n, double mean, Double sd) {
    }

    /**
     * A cycle row's columns over {@code cycle c}: an unreleased cycle's respondents are its receipts, a released one's
     * come from its statistics ({@code cycle_statistics s}, left joined).
     */
    private static final String CYCLE_COLUMNS = """
            c.id, c.cycle_date, c.status, x.released,
                   coalesce(c.invited_count, %s) as invited,
                   case when x.released then coalesce(s.respondents, 0)
                        else (select count(*) from receipt rc where rc.cycle_id = c.id) end as respondents,
                   case when x.released then coalesce(s.comments, 0) else 0 end as comments,
                   c.k_threshold, c.comment_threshold,
                   %s""".formatted(ROSTER_SIZE.formatted("c"), INSTRUMENT_COLUMNS);

    /** The team's latest cycles in the date range, newest first. */
    public List<CycleRow> cycles(UUID teamId, LocalDate from, LocalDate to, int limit) {
        List<Tuple> rows = tuples(em.createNativeQuery("""
                select %s
                from cycle c cross join lateral (select %s as released) x
                left join cycle_statistics s on s.cycle_id = c.id
                where c.team_id = :team and c.cycle_date between :from and :to and %s
                order by c.cycle_date desc, c.id
                limit :limit
                """.formatted(CYCLE_COLUMNS, Cycle.releasedSql("c"), Cycle.membersSql("c")), Tuple.class)
                .setParameter("team", teamId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("limit", limit));
        return rows.stream().map(InsightsQueries::cycleRow).toList();
    }

    /**
     * Each team's latest cycles in the date range (at most {@code limit} per team), newest first, in one statement:
     * per team exactly what {@link #cycles} returns for it. Teams without cycles in the range are absent.
     */
    public Map<UUID, List<CycleRow>> cyclesOfTeams(Collection<UUID> teamIds, LocalDate from, LocalDate to,
            int limit) {
        if (teamIds.isEmpty()) {
            return Map.of();
        }
        List<Tuple> rows = tuples(em.createNativeQuery("""
                select %s, c.team_id
                from (select tc.*, row_number() over (partition by tc.team_id
                                                      order by tc.cycle_date desc, tc.id) as latest
                      from cycle tc
                      where tc.team_id in (:teams) and tc.cycle_date between :from and :to and %s) c
                cross join lateral (select %s as released) x
                left join cycle_statistics s on s.cycle_id = c.id
                where c.latest <= :limit
                order by c.team_id, c.cycle_date desc, c.id
                """.formatted(CYCLE_COLUMNS, Cycle.membersSql("tc"), Cycle.releasedSql("c")), Tuple.class)
                .setParameter("teams", teamIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("limit", limit));
        Map<UUID, List<CycleRow>> byTeam = new LinkedHashMap<>();
        for (Tuple row : rows) {
            byTeam.computeIfAbsent(row.get(12, UUID.class), team -> new ArrayList<>()).add(cycleRow(row));
        }
        return byTeam;
    }

    /** Per released cycle and dimension: count, mean and SD of the per-response scores. */
    public List<DimensionRow> dimensionsByCycle(Collection<UUID> cycleIds) {
        if (cycleIds.isEmpty()) {
            return List.of();
        }
        List<Tuple> rows = tuples(em.createNativeQuery("""
                select d.cycle_id, d.dimension, d.n, d.score_sum / d.n, %s
                from cycle_dimension_statistics d join cycle c on c.id = d.cycle_id
                where d.cycle_id in (:cycles) and %s
                """.formatted(SD.formatted("d.n", "d.score_sum", "d.score_sum_sq"), Cycle.releasedSql("c")), Tuple.class)
                .setParameter("cycles", cycleIds));
        return rows.stream().map(InsightsQueries::dimensionRow).toList();
    }

    /** How many responses chose one option of a single-choice dimension in one released cycle. */
    public record ChoiceRow(UUID cycleId, String dimension, String choice, long n) {
    }

    /** Per released cycle, single-choice dimension and option: how many responses chose it. */
    public List<ChoiceRow> choicesByCycle(Collection<UUID> cycleIds) {
        if (cycleIds.isEmpty()) {
            return List.of();
        }
        List<Tuple> rows = tuples(em.createNativeQuery("""
                select s.cycle_id, s.dimension, s.choice, s.n
                from cycle_choice_statistics s join cycle c on c.id = s.cycle_id
                where s.cycle_id in (:cycles) and %s
                order by s.dimension, s.choice
                """.formatted(Cycle.releasedSql("c")), Tuple.class)
                .setParameter("cycles", cycleIds));
        return rows.stream().map(r -> new ChoiceRow(r.get(0, UUID.class), r.get(1, String.class),
                r.get(2, String.class), num(r.get(3)))).toList();
    }

    /**
     * The comments of released cycles, each cycle's in random (id) order so that no order hints at who wrote them.
     * One statement for all the cycles a report (or a digest run) shows comments of.
     */
    public Map<UUID, List<String>> commentsByCycle(Collection<UUID> cycleIds) {
        if (cycleIds.isEmpty()) {
            return Map.of();
        }
        List<Tuple> rows = tuples(em.createNativeQuery("select rc.cycle_id, rc.body from response_comment rc"
                + " join cycle c on c.id = rc.cycle_id where rc.cycle_id in (:cycles) and " + Cycle.releasedSql("c")
                + " order by rc.cycle_id, rc.id", Tuple.class)
                .setParameter("cycles", cycleIds));
        Map<UUID, List<String>> byCycle = new HashMap<>();
        for (Tuple row : rows) {
            byCycle.computeIfAbsent(row.get(0, UUID.class), cycle -> new ArrayList<>()).add(row.get(1, String.class));
        }
        return byCycle;
    }

    /** Scope of an organisation-level aggregate row. */
    public enum Scope {
        team, rollup, org
    }

    /**
     * One aggregate of the organisation report: respondents and invited (with the highest k frozen on the counted
     * cycles), or one dimension's statistics.
     */
    public record OrgRow(Scope scope, UUID teamId, String metric, long n, Double mean, Double sd, long invited,
            int maxK) {
    }

    /**
     * The teams' subtrees ({@code tree}: every ancestor with each team below it, itself included) and the cycles an
     * organisation report counts ({@code eligible}: released, in {@code :from..:to}, at least the k frozen on them).
     * Released cycles are those with a statistics row (written only when a closed cycle is mixed), which carries the
     * cycle's k and invitations, so the cycle table is not read.
     */
    private static final String ORG_CYCLES = """
            with recursive tree(ancestor_id, team_id) as (
                select id, id from team where not archived
                union all
                select tr.ancestor_id, child.id from tree tr join team child on child.parent_id = tr.team_id
                where not child.archived
            ),
            eligible as (
                select s.cycle_id, s.team_id, s.k_threshold as k,
                       coalesce(s.invited_count, %s) as invited, s.respondents
                from cycle_statistics s
                join team t on t.id = s.team_id and not t.archived
                where s.cycle_date between :from and :to
                  and s.respondents > 0 and s.respondents >= s.k_threshold
                  -- A leaders' round counts only in the leaders' report, never in its cohort team's figures.
                  and exists (select 1 from cycle c where c.id = s.cycle_id and %s)
            ),
            """.formatted(ROSTER_SIZE.formatted("s"), Cycle.membersSql("c"));

    /** How many responses chose one option of a single-choice dimension in one group of the organisation report. */
    public record OrgChoiceRow(Scope scope, UUID teamId, String dimension, String choice, long n) {
    }

    /**
     * Per team, subtree and the organisation: how many responses chose each option of each single-choice dimension,
     * over the cycles {@link #orgAggregates} counts and only where the dimension was answered by at least the cycle's
     * k, as for numeric dimensions.
     */
    public List<OrgChoiceRow> orgChoices(LocalDate from, LocalDate to) {
        String sql = ORG_CYCLES + """
                choice_cells as (
                    select e.team_id, s.dimension, s.choice, s.n
                    from cycle_choice_statistics s join eligible e on e.cycle_id = s.cycle_id
                    where (select sum(x.n) from cycle_choice_statistics x
                           where x.cycle_id = s.cycle_id and x.dimension = s.dimension) >= e.k
                )
                select 'team', c.team_id, c.dimension, c.choice, sum(c.n)
                  from choice_cells c group by c.team_id, c.dimension, c.choice
                union all
                select 'rollup', tr.ancestor_id, c.dimension, c.choice, sum(c.n)
                  from choice_cells c join tree tr on tr.team_id = c.team_id
                 group by tr.ancestor_id, c.dimension, c.choice
                union all
                select 'org', null::uuid, c.dimension, c.choice, sum(c.n)
                  from choice_cells c group by c.dimension, c.choice
                """;
        List<Tuple> rows = tuples(em.createNativeQuery(sql, Tuple.class)
                .setParameter("from", from)
                .setParameter("to", to));
        return rows.stream().map(r -> new OrgChoiceRow(Scope.valueOf(r.get(0, String.class)), r.get(1, UUID.class),
                r.get(2, String.class), r.get(3, String.class), num(r.get(4)))).toList();
    }

    /**
     * Aggregates over a date range for every team's own cell, every subtree (roll-up) and the organisation. Only
     * released cycles that reach the k frozen on them count, and only dimensions answered by at least that k in the
     * cycle, so two overlapping date ranges can never be subtracted to isolate a group below k, and nothing of an
     * open cycle is ever read. Each team's cycles are summed once, and roll-ups add those team sums: sums of exact
     * numerics, the same figures as summing the cycles.
     */
    public List<OrgRow> orgAggregates(LocalDate from, LocalDate to) {
        String sql = ORG_CYCLES + """
                people as (
                    select e.team_id, sum(e.respondents) as respondents, sum(e.invited) as invited, max(e.k) as k
                    from eligible e group by e.team_id
                ),
                dims as (
                    select e.team_id, d.dimension, sum(d.n) as n, sum(d.score_sum) as score_sum,
                           sum(d.score_sum_sq) as score_sum_sq
                    from cycle_dimension_statistics d join eligible e on e.cycle_id = d.cycle_id
                    where d.n >= e.k
                    group by e.team_id, d.dimension
                )
                select 'team', p.team_id, 'respondents', p.respondents, null::numeric, null::numeric, p.invited, p.k
                  from people p
                union all
                select 'rollup', tr.ancestor_id, 'respondents', sum(p.respondents), null, null, sum(p.invited), max(p.k)
                  from people p join tree tr on tr.team_id = p.team_id group by tr.ancestor_id
                union all
                select 'org', null::uuid, 'respondents', coalesce(sum(p.respondents), 0), null, null,
                       coalesce(sum(p.invited), 0), coalesce(max(p.k), 0)
                  from people p
                union all
                select 'team', d.team_id, d.dimension::text, d.n, d.score_sum / d.n, %s, 0, 0
                  from dims d
                union all
                select 'rollup', tr.ancestor_id, d.dimension, sum(d.n), sum(d.score_sum) / sum(d.n), %s, 0, 0
                  from dims d join tree tr on tr.team_id = d.team_id group by tr.ancestor_id, d.dimension
                union all
                select 'org', null, d.dimension, sum(d.n), sum(d.score_sum) / sum(d.n), %s, 0, 0
                  from dims d group by d.dimension
                """.formatted(SD.formatted("d.n", "d.score_sum", "d.score_sum_sq"), SUMMED_SD, SUMMED_SD);
        List<Tuple> rows = tuples(em.createNativeQuery(sql, Tuple.class)
                .setParameter("from", from)
                .setParameter("to", to));
        return rows.stream().map(r -> new OrgRow(Scope.valueOf(r.get(0, String.class)), r.get(1, UUID.class),
                r.get(2, String.class), num(r.get(3)), dbl(r.get(4)), dbl(r.get(5)), num(r.get(6)),
                (int) num(r.get(7)))).toList();
    }

    /** Teams that are not archived, with their parent and effective thresholds. */
    public record TeamRow(UUID id, String name, UUID parentId, int k, int commentK) {
    }

    public List<TeamRow> activeTeams() {
        List<Tuple> rows = tuples(em.createNativeQuery("""
                select t.id, t.name, t.parent_id, coalesce(t.k_threshold, o.k_threshold),
                       coalesce(t.comment_threshold, o.comment_threshold)
                from team t join org_settings o on o.id = 1
                where not t.archived order by lower(t.name)
                """, Tuple.class));
        return rows.stream().map(InsightsQueries::teamRow).toList();
    }

    /** Those of the teams that are not archived, with their effective thresholds, by name. */
    public List<TeamRow> activeTeams(Collection<UUID> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        List<Tuple> rows = tuples(em.createNativeQuery("""
                select t.id, t.name, t.parent_id, coalesce(t.k_threshold, o.k_threshold),
                       coalesce(t.comment_threshold, o.comment_threshold)
                from team t join org_settings o on o.id = 1
                where t.id in (:ids) and not t.archived order by lower(t.name)
                """, Tuple.class).setParameter("ids", teamIds));
        return rows.stream().map(InsightsQueries::teamRow).toList();
    }

    /** One team that is not archived, with its effective thresholds. */
    public java.util.Optional<TeamRow> activeTeam(UUID teamId) {
        List<Tuple> rows = tuples(em.createNativeQuery("""
                select t.id, t.name, t.parent_id, coalesce(t.k_threshold, o.k_threshold),
                       coalesce(t.comment_threshold, o.comment_threshold)
                from team t join org_settings o on o.id = 1
                where t.id = :id and not t.archived
                """, Tuple.class).setParameter("id", teamId));
        return rows.stream().map(InsightsQueries::teamRow).findFirst();
    }

    /** A native query's rows; JPA types {@code createNativeQuery(sql, Tuple.class)} as a raw query. */
    @SuppressWarnings("unchecked")
    private static List<Tuple> tuples(Query query) {
        return query.getResultList();
    }

    private static TeamRow teamRow(Tuple r) {
        return new TeamRow(r.get(0, UUID.class), r.get(1, String.class), r.get(2, UUID.class), (int) num(r.get(3)),
                (int) num(r.get(4)));
    }

    private static CycleRow cycleRow(Tuple r) {
        return new CycleRow(r.get(0, UUID.class), toDate(r.get(1)), r.get(2, String.class), r.get(3, Boolean.class),
                num(r.get(4)), num(r.get(5)), num(r.get(6)), (int) num(r.get(7)), (int) num(r.get(8)),
                instrument(r.get(9), r.get(10), r.get(11)));
    }

    private static DimensionRow dimensionRow(Tuple r) {
        return new DimensionRow(r.get(0, UUID.class), r.get(1, String.class), num(r.get(2)), dbl(r.get(3)),
                dbl(r.get(4)));
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double dbl(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
