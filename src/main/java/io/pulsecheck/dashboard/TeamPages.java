package io.pulsecheck.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.digest.DigestService;
import io.pulsecheck.digest.DigestWording;
import io.pulsecheck.digest.LeaderActions;
import io.pulsecheck.insights.CommentsStatus;
import io.pulsecheck.insights.CycleInsights;
import io.pulsecheck.insights.DateRange;
import io.pulsecheck.insights.InsightsConfig;
import io.pulsecheck.insights.InsightsService;
import io.pulsecheck.insights.Metric;
import io.pulsecheck.insights.MetricStatus;
import io.pulsecheck.insights.TeamInsights;
import io.pulsecheck.questions.LocalizedText;

/**
 * Builds a team's page from the services the API reads (the team report, the digest's suggestions, the leader
 * actions), never from SQL of its own: whatever the report hides (open check-ins, cells below k, comments below their
 * threshold) the page cannot show.
 */
@ApplicationScoped
public class TeamPages {

    @Inject
    InsightsService insights;

    @Inject
    InsightsConfig insightsConfig;

    @Inject
    DigestService digest;

    @Inject
    LeaderActions actions;

    @Inject
    CustomerPanels customers;

    @Inject
    Clock clock;

    /** The team's report over the API's default window (the same call as {@code GET /api/v1/teams/{id}/insights}). */
    public TeamInsights report(UUID teamId) {
        LocalDate today = DateRange.latestToday(clock);
        return insights.team(teamId, today.minus(insightsConfig.teamWindow()), today);
    }

    public TeamPage page(UUID teamId, String locale) {
        DashboardMessages t = UserLocale.bundle(DashboardMessages.class, locale);
        TeamInsights report = report(teamId);
        List<TeamPage.CycleRow> rows = new ArrayList<>();
        for (CycleInsights cycle : report.cycles()) {
            rows.add(row(cycle, t));
        }
        CycleInsights latest = report.latestReleased();
        String heading = null;
        List<String> comments = List.of();
        String note;
        if (latest == null) {
            note = t.commentsNotYet();
        } else {
            heading = t.commentsOf(latest.cycleDate().toString());
            if (latest.commentsStatus() == CommentsStatus.SHOWN && latest.comments() != null) {
                comments = latest.comments();
                note = null;
            } else if (latest.commentsStatus() == CommentsStatus.NONE) {
                note = t.commentsNone();
            } else {
                note = t.commentsHidden();
            }
        }
        List<TeamPage.ActionRow> recorded = actions.listForTeam(teamId).stream()
                .map(a -> new TeamPage.ActionRow(a.id(), a.description(), t.recordedOn(a.createdOn().toString()),
                        a.announced()))
                .toList();
        return new TeamPage(teamId, report.teamName(), rows, customers.panel(teamId, report, locale), heading,
                comments, note,
                digest.suggestions(teamId, report, locale), recorded,
                latest == null || latest.freeText() == null || latest.freeText().isEmpty() ? null
                        : t.freeTextOf(latest.cycleDate().toString()),
                freeText(latest, locale, t), dimensionNames(report, locale));
    }

    /** The further dimensions the report lists (every cycle lists the same ones, in the same order), by name. */
    private static List<String> dimensionNames(TeamInsights report, String locale) {
        DigestWording names = DigestWording.of(locale);
        return report.cycles().stream().map(CycleInsights::dimensions).filter(d -> d != null && !d.isEmpty())
                .findFirst().orElse(List.of()).stream().map(d -> names.dimensionName(d.dimension())).toList();
    }

    /** The latest released cycle's free-text answers per question, exactly as the API shows them. */
    private static List<TeamPage.FreeText> freeText(CycleInsights latest, String locale, DashboardMessages t) {
        if (latest == null || latest.freeText() == null) {
            return List.of();
        }
        return latest.freeText().stream().map(q -> new TeamPage.FreeText(LocalizedText.pick(q.question(), locale),
                q.answers() == null ? List.of() : q.answers(), q.answers() == null ? t.freeTextHidden() : null))
                .toList();
    }

    private static TeamPage.CycleRow row(CycleInsights cycle, DashboardMessages t) {
        String status = cycle.released() ? closedStatus(cycle, t) : t.open();
        return new TeamPage.CycleRow(cycle.cycleDate().toString(), cycle.released(), status,
                cell(cycle.participation(), t, "%"), cell(cycle.wellbeing(), t, ""), cell(cycle.stress(), t, ""),
                cell(cycle.transparency(), t, ""), cell(cycle.enps(), t, ""),
                cycle.startsSeries() ? t.newSeries(cycle.cycleDate().toString(), cycle.instrumentName(),
                        cycle.previousInstrumentName()) : null,
                cycle.dimensions() == null ? List.of()
                        : cycle.dimensions().stream().map(d -> OrgPages.dimension(d, t)).toList());
    }

    private static String closedStatus(CycleInsights cycle, DashboardMessages t) {
        if (!cycle.enoughResponses()) {
            return t.closed() + ": " + t.belowK(cycle.kThreshold());
        }
        return t.closed() + ": " + t.respondents(cycle.respondents());
    }

    /** A metric as the page shows it: exactly the API's value, interval and change, or the reason it is hidden. */
    static TeamPage.Cell cell(Metric metric, DashboardMessages t, String unit) {
        if (metric == null || metric.status() == MetricStatus.NO_DATA) {
            return new TeamPage.Cell(null, null, null, t.noData());
        }
        if (metric.status() == MetricStatus.COARSE) {
            return new TeamPage.Cell(null, null, null, t.coarse(number(metric.value())));
        }
        if (metric.status() == MetricStatus.SUPPRESSED_DIFFERENCING) {
            return new TeamPage.Cell(null, null, null, t.differencing());
        }
        if (!metric.shown()) {
            return new TeamPage.Cell(null, null, null,
                    metric.status() == MetricStatus.NOT_RELEASED ? "–" : t.notEnough());
        }
        String interval = metric.ciLow() == null ? null
                : number(metric.ciLow()) + unit + "–" + number(metric.ciHigh()) + unit;
        String change = null;
        if (metric.change() != null) {
            boolean significant = Boolean.TRUE.equals(metric.significant());
            String arrow = !significant ? "→" : metric.change() > 0 ? "↑" : "↓";
            change = arrow + " " + (metric.change() > 0 ? "+" : "") + number(metric.change()) + " "
                    + (significant ? t.significant() : t.withinNoise());
        }
        return new TeamPage.Cell(number(metric.value()) + unit, interval, change, null);
    }

    /** Numbers as the API writes them (one decimal). */
    static String number(Double value) {
        return value == null ? "" : String.valueOf(value);
    }
}
