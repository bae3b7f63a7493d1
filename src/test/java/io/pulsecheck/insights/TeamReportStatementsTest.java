package io.pulsecheck.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.SqlStatementLog;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;

/** One team's report costs the same few statements however many of its cycles it shows, comments included. */
@QuarkusTest
class TeamReportStatementsTest {

    private static final LocalDate FIRST = LocalDate.parse("2043-02-02");

    @Inject
    InsightFixtures fixtures;

    @Inject
    InsightsService insights;

    @Inject
    @PersistenceUnitExtension
    SqlStatementLog sql;

    @Test
    void aTeamReportReadsTheCommentsOfEveryShownCycleInOneStatement() {
        SeededTeam twoCycles = teamWithCommentedCycles(2);
        SeededTeam eightCycles = teamWithCommentedCycles(8);

        List<String> forTwo = statementsOfReport(twoCycles.id());
        List<String> forEight = statementsOfReport(eightCycles.id());

        assertEquals(1, forEight.stream().filter(s -> s.contains("response_comment")).count(), forEight.toString());
        assertEquals(forTwo.size(), forEight.size(), "for two cycles " + forTwo + "\nfor eight " + forEight);
        TeamInsights report = insights.team(eightCycles.id(), FIRST, FIRST.plusWeeks(8));
        assertEquals(8, report.cycles().size());
        report.cycles().forEach(cycle -> assertEquals(List.of("first", "second", "third"),
                cycle.comments().stream().sorted(this::byOrdinal).toList()));
    }

    private List<String> statementsOfReport(UUID teamId) {
        sql.start();
        insights.team(teamId, FIRST, FIRST.plusWeeks(8));
        return sql.stop();
    }

    /** A team whose cycles each have five respondents and three comments, so every cycle shows its comments. */
    private SeededTeam teamWithCommentedCycles(int cycles) {
        SeededTeam team = fixtures.team("report-statements", null, 3);
        for (int week = 0; week < cycles; week++) {
            UUID cycle = fixtures.cycle(team, FIRST.plusWeeks(week), 6, "closed");
            for (int r = 0; r < 5; r++) {
                fixtures.respondWellbeing(team, cycle, 2 + r % 3);
            }
            for (String body : List.of("first", "second", "third")) {
                fixtures.comment(team, cycle, body);
            }
        }
        return team;
    }

    private int byOrdinal(String a, String b) {
        List<String> order = List.of("first", "second", "third");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }
}
