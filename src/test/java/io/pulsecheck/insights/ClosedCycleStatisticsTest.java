package io.pulsecheck.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.pulsecheck.schedule.Cycle;
import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.ReleasedCycles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Reports read closed cycles from their sufficient statistics, written when the cycles are mixed. On generated data
 * (teams in a department, cycles around the anonymity threshold, skipped items, reverse-scored and eNPS items), the
 * statistics give exactly what the aggregate SQL over the raw answers gives: the same counts, means and standard
 * deviations, and so the same team and organisation reports (intervals, significance, thresholds, differencing guard).
 */
@QuarkusTest
class ClosedCycleStatisticsTest {

    /** A date range no other test uses, so the organisation aggregates cover only this test's cycles. */
    private static final LocalDate FIRST = LocalDate.parse("2041-01-07");
    private static final int CYCLES = 6;
    private static final String[] KEYS = { "who5_1", "who5_2", "who5_3", "who5_4", "who5_5", "pss4_1", "pss4_2",
            "pss4_3", "pss4_4", "transp_1", "transp_2", "enps" };

    @Inject
    InsightFixtures fixtures;

    @Inject
    InsightsService fromStatistics;

    @Inject
    InsightsConfig config;

    @Inject
    FreeTextAnswers freeText;

    @Inject
    EntityManager em;

    @Test
    void reportsFromStatisticsEqualReportsFromRawAnswers() {
        Random random = new Random(17);
        SeededTeam department = fixtures.team("stats-dept", null, 3);
        List<SeededTeam> teams = new ArrayList<>(List.of(department));
        for (int i = 0; i < 4; i++) {
            teams.add(fixtures.team("stats-team", department.id(), i % 2 == 0 ? 3 : 5));
        }
        for (SeededTeam team : teams) {
            for (int week = 0; week < CYCLES; week++) {
                UUID cycle = fixtures.cycle(team, FIRST.plusWeeks(week), 9, "open");
                int respondents = random.nextInt(9);
                for (int r = 0; r < respondents; r++) {
                    fixtures.respond(team, cycle, randomAnswers(random));
                }
                for (int c = random.nextInt(4); c > 0; c--) {
                    fixtures.comment(team, cycle, "comment " + c);
                }
                ReleasedCycles.release(cycle);
            }
        }
        InsightsService fromAnswers = new InsightsService();
        fromAnswers.queries = new RawAnswerQueries(em);
        fromAnswers.config = config;
        fromAnswers.freeText = freeText;
        LocalDate last = FIRST.plusWeeks(CYCLES);

        for (SeededTeam team : teams) {
            TeamInsights expected = QuarkusTransaction.requiringNew().call(() -> fromAnswers.team(team.id(), FIRST, last));
            assertEquals(expected, fromStatistics.team(team.id(), FIRST, last));
        }
        for (LocalDate from = FIRST; from.isBefore(last); from = from.plusWeeks(2)) {
            LocalDate start = from;
            OrgInsights expected = QuarkusTransaction.requiringNew().call(() -> fromAnswers.organisation(start, last, 5));
            assertEquals(expected, fromStatistics.organisation(start, last, 5));
        }
    }

    @Test
    void statisticsGiveTheRawCountsMeansAndDeviations() {
        Random random = new Random(41);
        SeededTeam team = fixtures.team("stats-raw", null, 3);
        List<UUID> cycles = new ArrayList<>();
        for (int week = 0; week < 3; week++) {
            UUID cycle = fixtures.cycle(team, FIRST.minusYears(1).plusWeeks(week), 9, "open");
            for (int r = 0; r < 2 + week * 3; r++) {
                fixtures.respond(team, cycle, randomAnswers(random));
            }
            ReleasedCycles.release(cycle);
            cycles.add(cycle);
        }
        InsightsQueries statistics = new InsightsQueries();
        statistics.em = em;
        RawAnswerQueries raw = new RawAnswerQueries(em);

        List<InsightsQueries.DimensionRow> expected = sorted(QuarkusTransaction.requiringNew()
                .call(() -> raw.dimensionsByCycle(cycles)));
        List<InsightsQueries.DimensionRow> actual = sorted(QuarkusTransaction.requiringNew()
                .call(() -> statistics.dimensionsByCycle(cycles)));

        assertEquals(12, expected.size(), "four dimensions in each of three cycles");
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            InsightsQueries.DimensionRow e = expected.get(i);
            InsightsQueries.DimensionRow a = actual.get(i);
            assertEquals(e.groupId(), a.groupId());
            assertEquals(e.dimension(), a.dimension());
            assertEquals(e.n(), a.n());
            assertEquals(e.mean(), a.mean(), 1e-9);
            if (e.sd() == null) {
                assertEquals(null, a.sd());
            } else {
                assertTrue(Math.abs(e.sd() - a.sd()) < 1e-9, e + " vs " + a);
            }
        }
    }

    @Test
    void reportsStayIdenticalAndStatisticsNameTheInstrumentWhenATeamChangesItsQuestionSet() {
        Random random = new Random(23);
        SeededTeam own = fixtures.team("stats-switch", null, 3);
        SeededTeam who5 = fixtures.asking(own, "who-5", 1);
        LocalDate first = FIRST.minusYears(2);
        List<UUID> cycles = new ArrayList<>();
        for (int week = 0; week < 4; week++) {
            SeededTeam asking = week < 2 ? own : who5;
            UUID cycle = fixtures.cycle(asking, first.plusWeeks(week), 9, "open");
            for (int r = 0; r < 4 + week; r++) {
                Map<String, Integer> answers = new HashMap<>(randomAnswers(random));
                answers.keySet().retainAll(asking.questions().keySet());
                fixtures.respond(asking, cycle, answers);
            }
            ReleasedCycles.release(cycle);
            cycles.add(cycle);
        }
        InsightsService fromAnswers = new InsightsService();
        fromAnswers.queries = new RawAnswerQueries(em);
        fromAnswers.config = config;
        fromAnswers.freeText = freeText;
        LocalDate last = first.plusWeeks(4);

        TeamInsights expected = QuarkusTransaction.requiringNew().call(() -> fromAnswers.team(own.id(), first, last));
        TeamInsights actual = fromStatistics.team(own.id(), first, last);
        assertEquals(expected, actual);
        assertEquals(Boolean.TRUE, actual.cycles().get(2).seriesStart());
        assertEquals("who-5", actual.cycles().get(2).instrument());

        List<?> mislabelled = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select d.cycle_id from cycle_dimension_statistics d
                join cycle c on c.id = d.cycle_id
                join question_set_version v on v.id = c.question_set_version_id
                join question_set s on s.id = v.set_id
                where d.cycle_id in (:cycles) and d.instrument <> coalesce(s.builtin_key, s.id::text)
                """).setParameter("cycles", cycles).getResultList());
        assertEquals(List.of(), mislabelled);
        Number labelled = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from cycle_dimension_statistics where cycle_id in (:cycles) and instrument = 'who-5'")
                .setParameter("cycles", cycles).getSingleResult());
        assertEquals(2, labelled.intValue(), "well-being of the two WHO-5 cycles");
    }

    private static List<InsightsQueries.DimensionRow> sorted(List<InsightsQueries.DimensionRow> rows) {
        return rows.stream().sorted(Comparator.comparing((InsightsQueries.DimensionRow r) -> r.groupId().toString())
                .thenComparing(InsightsQueries.DimensionRow::dimension)).toList();
    }

    /** Every item answered with a random value of its scale, or skipped one time in six. */
    private static Map<String, Integer> randomAnswers(Random random) {
        Map<String, Integer> answers = new HashMap<>();
        for (String key : KEYS) {
            if (random.nextInt(6) == 0) {
                continue;
            }
            int value = key.startsWith("who5") ? random.nextInt(6)
                    : key.equals("enps") ? random.nextInt(11) : 1 + random.nextInt(5);
            answers.put(key, value);
        }
        return answers;
    }

    /** The report queries as they were before the statistics: aggregates computed from the answers at every read. */
    static class RawAnswerQueries extends InsightsQueries {

        private static final String RAW_ROSTER_SIZE = """
                (select count(*) from team_member tm join person p on p.id = tm.person_id
                 where tm.team_id = c.team_id and p.status <> 'erased')""";

        RawAnswerQueries(EntityManager em) {
            this.em = em;
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<CycleRow> cycles(UUID teamId, LocalDate from, LocalDate to, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                    select c.id, c.cycle_date, c.status, x.released,
                           coalesce(c.invited_count, %s) as invited,
                           case when x.released then (select count(*) from response r where r.cycle_id = c.id)
                                else (select count(*) from receipt rc where rc.cycle_id = c.id) end as respondents,
                           case when x.released then (select count(*) from response_comment rc where rc.cycle_id = c.id)
                                else 0 end as comments,
                           c.k_threshold, c.comment_threshold,
                           %s
                    from cycle c cross join lateral (select %s as released) x
                    where c.team_id = :team and c.cycle_date between :from and :to
                    order by c.cycle_date desc, c.id
                    limit :limit
                    """.formatted(RAW_ROSTER_SIZE, InsightsQueries.INSTRUMENT_COLUMNS, Cycle.releasedSql("c")))
                    .setParameter("team", teamId)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .setParameter("limit", limit)
                    .getResultList();
            return rows.stream().map(r -> new CycleRow((UUID) r[0], toDate(r[1]), (String) r[2], (Boolean) r[3],
                    num(r[4]), num(r[5]), num(r[6]), (int) num(r[7]), (int) num(r[8]),
                    InsightsQueries.instrument(r[9], r[10], r[11]))).toList();
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<DimensionRow> dimensionsByCycle(java.util.Collection<UUID> cycleIds) {
            if (cycleIds.isEmpty()) {
                return List.of();
            }
            String released = "r.cycle_id in (select c.id from cycle c where c.id in (:cycles) and "
                    + Cycle.releasedSql("c") + ")";
            List<Object[]> rows = em.createNativeQuery("with " + InsightsQueries.SCORED.formatted(released) + """
                    select cycle_id, dimension, count(*), avg(score), stddev_samp(score)
                    from scored group by cycle_id, dimension
                    """)
                    .setParameter("cycles", cycleIds)
                    .getResultList();
            return rows.stream().map(r -> new DimensionRow((UUID) r[0], (String) r[1], num(r[2]), dbl(r[3]),
                    r[4] == null ? null : dbl(r[4]))).toList();
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<OrgRow> orgAggregates(LocalDate from, LocalDate to) {
            String sql = """
                    with recursive tree(ancestor_id, team_id) as (
                        select id, id from team where not archived
                        union all
                        select tr.ancestor_id, child.id from tree tr join team child on child.parent_id = tr.team_id
                        where not child.archived
                    ),
                    eligible as (
                        select c.id as cycle_id, c.team_id, c.k_threshold as k,
                               coalesce(c.invited_count, %s) as invited, count(r.id) as respondents
                        from cycle c
                        join team t on t.id = c.team_id and not t.archived
                        join response r on r.cycle_id = c.id
                        where c.cycle_date between :from and :to and %s
                        group by c.id, c.team_id, c.k_threshold, c.invited_count
                        having count(r.id) >= c.k_threshold
                    ),
                    %s,
                    dims as (
                        select x.* from (
                            select s.*, e.k, count(*) over (partition by s.cycle_id, s.dimension) as cell_n
                            from scored s join eligible e on e.cycle_id = s.cycle_id
                        ) x
                        where x.cell_n >= x.k
                    )
                    select 'team', e.team_id, 'respondents', sum(e.respondents), null::numeric, null::numeric, sum(e.invited),
                           max(e.k)
                      from eligible e group by e.team_id
                    union all
                    select 'rollup', tr.ancestor_id, 'respondents', sum(e.respondents), null, null, sum(e.invited), max(e.k)
                      from eligible e join tree tr on tr.team_id = e.team_id group by tr.ancestor_id
                    union all
                    select 'org', null::uuid, 'respondents', coalesce(sum(e.respondents), 0), null, null,
                           coalesce(sum(e.invited), 0), coalesce(max(e.k), 0)
                      from eligible e
                    union all
                    select 'team', d.team_id, d.dimension::text, count(*), avg(d.score), stddev_samp(d.score), 0, 0
                      from dims d group by d.team_id, d.dimension
                    union all
                    select 'rollup', tr.ancestor_id, d.dimension, count(*), avg(d.score), stddev_samp(d.score), 0, 0
                      from dims d join tree tr on tr.team_id = d.team_id group by tr.ancestor_id, d.dimension
                    union all
                    select 'org', null, d.dimension, count(*), avg(d.score), stddev_samp(d.score), 0, 0
                      from dims d group by d.dimension
                    """.formatted(RAW_ROSTER_SIZE, Cycle.releasedSql("c"),
                    InsightsQueries.SCORED.formatted("r.cycle_id in (select cycle_id from eligible)"));
            List<Object[]> rows = em.createNativeQuery(sql)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getResultList();
            return rows.stream().map(r -> new OrgRow(Scope.valueOf((String) r[0]), (UUID) r[1], (String) r[2],
                    num(r[3]), r[4] == null ? null : dbl(r[4]), r[5] == null ? null : dbl(r[5]), num(r[6]),
                    (int) num(r[7]))).toList();
        }

        private static long num(Object value) {
            return value == null ? 0 : ((Number) value).longValue();
        }

        private static double dbl(Object value) {
            return ((Number) value).doubleValue();
        }

        private static LocalDate toDate(Object value) {
            return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
        }
    }
}
