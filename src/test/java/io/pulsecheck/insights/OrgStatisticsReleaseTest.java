package io.pulsecheck.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.ReleasedCycles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The organisation report takes a cycle's statistics row as its release mark, so no such row is ever written for a
 * cycle that is not released, whoever asks for it, and the report shows such a cycle's team only once it is.
 */
@QuarkusTest
class OrgStatisticsReleaseTest {

    private static final LocalDate DAY = LocalDate.parse("2044-03-07");

    @Inject
    InsightFixtures fixtures;

    @Inject
    CycleStatistics statistics;

    @Inject
    InsightsService insights;

    @Inject
    EntityManager em;

    @Test
    void anOpenCyclesAnswersReachNeitherItsStatisticsNorTheOrganisationReport() {
        SeededTeam team = fixtures.team("org-release", null, 3);
        UUID cycle = fixtures.cycle(team, DAY, 6, "open");
        for (int r = 0; r < 5; r++) {
            fixtures.respondWellbeing(team, cycle, 3);
        }

        QuarkusTransaction.requiringNew().run(() -> statistics.write(cycle));

        assertEquals(0L, statisticsRows(cycle));
        assertEquals(MetricStatus.NO_DATA, teamNode(team.id()).status());

        ReleasedCycles.release(cycle);

        assertEquals(1L, statisticsRows(cycle));
        OrgNode released = teamNode(team.id());
        assertEquals(MetricStatus.SHOWN, released.status());
        assertEquals(5L, released.respondents());
    }

    private long statisticsRows(UUID cycle) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from cycle_statistics where cycle_id = :cycle")
                .setParameter("cycle", cycle).getSingleResult()).longValue());
    }

    private OrgNode teamNode(UUID teamId) {
        return insights.organisation(DAY, DAY, 3).nodes().stream()
                .filter(n -> n.kind() == NodeKind.TEAM && teamId.equals(n.teamId())).findFirst().orElseThrow();
    }
}
