package io.pulsecheck.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.insights.DimensionInsights;
import io.pulsecheck.insights.Metric;
import io.pulsecheck.insights.MetricStatus;
import io.pulsecheck.insights.NodeKind;
import io.pulsecheck.insights.OrgInsights;
import io.pulsecheck.insights.OrgNode;
import io.pulsecheck.platform.LeaderCard;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The executives' organisation digest shows the organisation's further dimensions as the organisation report gives
 * them, and for each top-level part only those the report shows for that part.
 */
@QuarkusTest
class OrganisationDigestDimensionsTest {

    private static final LocalDate FROM = LocalDate.parse("2026-04-20");
    private static final LocalDate TO = LocalDate.parse("2026-05-17");

    @Inject
    LevelDigestComposer composer;

    private static DimensionInsights trust(Metric index) {
        return new DimensionInsights("trust", DimensionInsights.INDEX, index, null, null, null);
    }

    private static DimensionInsights workload(long aboutRight, long tooHigh) {
        long n = aboutRight + tooHigh;
        return new DimensionInsights("workload", DimensionInsights.DISTRIBUTION, null, MetricStatus.SHOWN, n, List.of(
                new DimensionInsights.ChoiceShare("about_right", Metric.participation(aboutRight, n)),
                new DimensionInsights.ChoiceShare("too_high", Metric.participation(tooHigh, n))));
    }

    private static OrgNode node(NodeKind kind, String name, MetricStatus status, long respondents,
            List<DimensionInsights> dimensions) {
        boolean shown = status == MetricStatus.SHOWN;
        return new OrgNode(kind, kind == NodeKind.ORGANISATION ? null : UUID.randomUUID(), name, null, status,
                shown ? respondents : null, shown ? Metric.participation(respondents, 30) : Metric.notEnough(),
                Metric.noData(), Metric.noData(), Metric.noData(), Metric.noData(), Metric.noData(), dimensions);
    }

    private static List<String> section(LeaderCard card, String heading) {
        return card.sections().stream().filter(s -> s.heading().equals(heading)).findFirst()
                .map(LeaderCard.Section::items).orElse(List.of());
    }

    @Test
    void organisationDigestShowsTheOrganisationsTrustAndWorkloadAndOnlyWhatEachPartShows() {
        OrgNode organisation = node(NodeKind.ORGANISATION, "Organisation", MetricStatus.SHOWN, 20,
                List.of(trust(Metric.mean(0, 100, 20, 70.0, 10.0)), workload(11, 9)));
        OrgNode sales = node(NodeKind.TEAM, "Sales", MetricStatus.SHOWN, 12,
                List.of(trust(Metric.differencing()), workload(6, 6)));

        LeaderCard card = composer.organisation(new OrgInsights(FROM, TO, 5, List.of(organisation, sales)), "en");

        List<String> further = section(card, "Further dimensions");
        assertEquals(2, further.size(), further.toString());
        assertTrue(further.get(0).startsWith("Trust in leadership: 70.0 ("), further.toString());
        assertEquals("Workload: about right 55.0% · too high 45.0%", further.get(1));
        List<String> parts = section(card, "Teams and departments");
        assertEquals(List.of("Sales: Workload about right 50.0% · too high 50.0%"), parts);
    }

    @Test
    void organisationDigestBelowKListsNoFurtherDimension() {
        OrgNode organisation = node(NodeKind.ORGANISATION, "Organisation", MetricStatus.NOT_ENOUGH_RESPONSES, 3,
                List.of(trust(Metric.notEnough()),
                        new DimensionInsights("workload", DimensionInsights.DISTRIBUTION, null,
                                MetricStatus.NOT_ENOUGH_RESPONSES, null, null)));

        LeaderCard card = composer.organisation(new OrgInsights(FROM, TO, 5, List.of(organisation)), "en");

        assertTrue(section(card, "Further dimensions").isEmpty(), card.toString());
        assertTrue(card.facts().isEmpty(), card.toString());
        assertFalse(card.toString().contains("Trust"), card.toString());
    }

    @Test
    void writesTheOrganisationDigestsFurtherDimensionsInGerman() {
        OrgNode organisation = node(NodeKind.ORGANISATION, "Organisation", MetricStatus.SHOWN, 20,
                List.of(trust(Metric.differencing()), workload(11, 9)));

        LeaderCard card = composer.organisation(new OrgInsights(FROM, TO, 5, List.of(organisation)), "de");

        List<String> further = section(card, "Weitere Dimensionen");
        assertEquals(2, further.size(), card.toString());
        assertEquals("Vertrauen in die Führung: keine Zahlen: sie würden durch Abziehen eine kleinere Gruppe offenlegen",
                further.get(0));
        assertTrue(further.get(1).startsWith("Arbeitsbelastung: "), further.toString());
    }
}
