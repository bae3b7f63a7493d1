package io.pulsecheck.dashboard;

import java.util.List;
import java.util.Locale;

import io.pulsecheck.digest.DigestWording;
import io.pulsecheck.insights.DimensionInsights;
import io.pulsecheck.insights.MetricStatus;
import io.pulsecheck.insights.OrgInsights;
import io.pulsecheck.insights.OrgNode;

/**
 * Builds the organisation view from the API's organisation report, so the page shows exactly the numbers the API
 * shows and, where the API gives only a status, only the reason.
 */
final class OrgPages {

    private OrgPages() {
    }

    static OrgPage page(OrgInsights report, DashboardMessages t, String locale) {
        DigestWording names = DigestWording.of(locale);
        // Every node lists the same further dimensions in the same order; the organisation's list names the columns.
        List<String> dimensions = report.nodes().stream().findFirst().map(OrgPages::dimensions).orElse(List.of())
                .stream().map(d -> names.dimensionName(d.dimension())).toList();
        return new OrgPage(t.orgIntro(report.from().toString(), report.to().toString(), report.kThreshold()),
                report.nodes().stream().map(node -> row(node, t)).toList(), dimensions);
    }

    private static OrgPage.Row row(OrgNode node, DashboardMessages t) {
        String answers = node.respondents() == null ? "" : String.valueOf(node.respondents());
        return new OrgPage.Row(node.kind().name().toLowerCase(Locale.ROOT),
                node.teamId() == null ? null : node.teamId().toString(), node.name(), answers,
                TeamPages.cell(node.participation(), t, "%"), TeamPages.cell(node.wellbeing(), t, ""),
                TeamPages.cell(node.stress(), t, ""), TeamPages.cell(node.transparency(), t, ""),
                TeamPages.cell(node.enps(), t, ""),
                dimensions(node).stream().map(d -> dimension(d, t)).toList());
    }

    /** One further dimension's cell: an index with its interval, shares per option, or why nothing is shown. */
    static OrgPage.Dimension dimension(DimensionInsights dimension, DashboardMessages t) {
        if (DimensionInsights.INDEX.equals(dimension.kind())) {
            return new OrgPage.Dimension(dimension.dimension(), TeamPages.cell(dimension.index(), t, ""), null, null);
        }
        if (dimension.status() != MetricStatus.SHOWN) {
            String note = switch (dimension.status()) {
                case NO_DATA -> t.noData();
                case SUPPRESSED_DIFFERENCING -> t.differencing();
                default -> t.notEnough();
            };
            return new OrgPage.Dimension(dimension.dimension(), null, null, note);
        }
        List<OrgPage.Share> shares = dimension.shares().stream().map(s -> new OrgPage.Share(s.choice(),
                s.choice().replace('_', ' '), TeamPages.cell(s.share(), t, "%"))).toList();
        return new OrgPage.Dimension(dimension.dimension(), null, shares, null);
    }

    private static List<DimensionInsights> dimensions(OrgNode node) {
        return node.dimensions() == null ? List.of() : node.dimensions();
    }
}
