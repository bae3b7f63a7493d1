package io.pulsecheck.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.insights.DimensionInsights;
import io.pulsecheck.insights.Index;
import io.pulsecheck.insights.Metric;
import io.pulsecheck.insights.MetricStatus;
import io.pulsecheck.insights.NodeKind;
import io.pulsecheck.insights.OrgInsights;
import io.pulsecheck.insights.OrgNode;
import io.pulsecheck.platform.LeaderCard;

/**
 * Digests above the team: a department head's roll-up with its teams and sub-departments, and the organisation digest
 * for executives. Every number comes from the organisation report's nodes, which already apply k and the differencing
 * guard, so a digest never shows what that report hides.
 */
@ApplicationScoped
public class LevelDigestComposer {

    /** The department digest of a team with sub-teams; empty when the team is not a department in the report. */
    public Optional<LeaderCard> department(OrgInsights org, UUID departmentId, String locale) {
        Optional<OrgNode> rollup = org.nodes().stream()
                .filter(n -> n.kind() == NodeKind.DEPARTMENT && departmentId.equals(n.teamId())).findFirst();
        if (rollup.isEmpty()) {
            return Optional.empty();
        }
        LevelDigestMessages m = UserLocale.bundle(LevelDigestMessages.class, locale);
        DigestWording t = DigestWording.of(locale);
        List<String> parts = new ArrayList<>();
        org.nodes().stream().filter(n -> n.kind() == NodeKind.TEAM && departmentId.equals(n.teamId())).findFirst()
                .ifPresent(own -> parts.add(line(m.ownMembers(own.name()), own, m, t)));
        parts.addAll(childLines(org, departmentId, m, t));
        return Optional.of(card(m.departmentTitle(rollup.get().name()), rollup.get(), org, parts, m, t));
    }

    /** The organisation digest: the whole organisation, then each top-level team or department. */
    public LeaderCard organisation(OrgInsights org, String locale) {
        LevelDigestMessages m = UserLocale.bundle(LevelDigestMessages.class, locale);
        DigestWording t = DigestWording.of(locale);
        OrgNode root = org.nodes().stream().filter(n -> n.kind() == NodeKind.ORGANISATION).findFirst().orElseThrow();
        return card(m.organisationTitle(), root, org, childLines(org, null, m, t), m, t);
    }

    /**
     * Each direct child of the parent (null: the organisation's top level) once: a sub-department by its roll-up, a
     * team by its own cell.
     */
    private static List<String> childLines(OrgInsights org, UUID parentId, LevelDigestMessages m, DigestWording t) {
        List<OrgNode> nodes = org.nodes();
        List<String> lines = new ArrayList<>();
        for (OrgNode node : nodes) {
            if (node.kind() == NodeKind.ORGANISATION || !isChild(node, parentId, nodes)) {
                continue;
            }
            boolean department = nodes.stream()
                    .anyMatch(n -> n.kind() == NodeKind.DEPARTMENT && node.teamId().equals(n.teamId()));
            if (department == (node.kind() == NodeKind.DEPARTMENT)) {
                lines.add(line(node.name(), node, m, t));
            }
        }
        return lines;
    }

    private static boolean isChild(OrgNode node, UUID parentId, List<OrgNode> nodes) {
        if (parentId != null) {
            return parentId.equals(node.parentId());
        }
        // Top level: no parent, or a parent that is not in the report (archived).
        return node.parentId() == null
                || nodes.stream().noneMatch(n -> n.kind() != NodeKind.ORGANISATION && node.parentId().equals(n.teamId()));
    }

    private static LeaderCard card(String title, OrgNode node, OrgInsights org, List<String> parts,
            LevelDigestMessages m, DigestWording t) {
        String subtitle = switch (node.status()) {
            case SHOWN -> m.subtitle(org.from(), org.to(), node.respondents());
            case SUPPRESSED_DIFFERENCING -> m.subtitleDifferencing(org.from(), org.to());
            case NO_DATA -> m.subtitleNoData(org.from(), org.to());
            default -> m.subtitleNotEnough(org.from(), org.to());
        };
        List<LeaderCard.Fact> facts = new ArrayList<>();
        List<LeaderCard.Section> sections = new ArrayList<>();
        if (node.status() == MetricStatus.SHOWN) {
            for (Index index : Index.values()) {
                facts.add(new LeaderCard.Fact(t.indexName(index), DigestComposer.describe(metric(node, index), t)));
            }
            facts.add(new LeaderCard.Fact(t.messages().participation(),
                    DigestComposer.describe(node.participation(), t).replaceFirst("^([0-9.]+)", "$1%")));
            // A section rather than facts: a set with custom dimensions would pass the field limit of some platforms.
            List<String> further = furtherLines(node, m, t);
            if (!further.isEmpty()) {
                sections.add(new LeaderCard.Section(m.furtherDimensions(), further));
            }
        }
        if (!parts.isEmpty()) {
            sections.add(new LeaderCard.Section(m.parts(), parts));
        }
        // No dashboard link: the web view shows teams a leader leads and HR's organisation page, not department roll-ups.
        return new LeaderCard(LeaderCard.Kind.DIGEST, title, subtitle, facts, null, t.messages().chartAlt(), sections,
                null);
    }

    /**
     * "Sales: Well-being 62.4, Stress 40.0, …, Workload about right 60.0% · too high 40.0%" with only the indices and
     * further dimensions the report shows, or why there are none.
     */
    private static String line(String name, OrgNode node, LevelDigestMessages m, DigestWording t) {
        String detail = switch (node.status()) {
            case SUPPRESSED_DIFFERENCING -> m.partDifferencing();
            case NO_DATA -> m.partNoData();
            case NOT_ENOUGH_RESPONSES -> m.partNotEnough();
            default -> {
                List<String> values = new ArrayList<>();
                for (Index index : Index.values()) {
                    Metric metric = metric(node, index);
                    if (metric != null && metric.shown()) {
                        values.add(t.indexName(index) + " " + DigestComposer.describe(metric, t));
                    }
                }
                for (DimensionInsights dimension : dimensions(node)) {
                    if (shown(dimension)) {
                        values.add(t.dimensionName(dimension.dimension()) + " "
                                + DigestComposer.describe(dimension, t));
                    }
                }
                yield values.isEmpty() ? m.partNotEnough() : String.join(", ", values);
            }
        };
        return name + ": " + detail;
    }

    /**
     * "Trust in leadership: 75.0 (68.2–81.8)", "Workload: about right 60.0% · too high 40.0%" for every further dimension the node's
     * teams collected; one the report hides says why, without a number.
     */
    private static List<String> furtherLines(OrgNode node, LevelDigestMessages m, DigestWording t) {
        List<String> lines = new ArrayList<>();
        for (DimensionInsights dimension : dimensions(node)) {
            MetricStatus status = status(dimension);
            if (status == MetricStatus.NO_DATA) {
                continue;
            }
            String detail = shown(dimension) ? DigestComposer.describe(dimension, t)
                    : status == MetricStatus.SUPPRESSED_DIFFERENCING ? m.partDifferencing() : m.partNotEnough();
            lines.add(t.dimensionName(dimension.dimension()) + ": " + detail);
        }
        return lines;
    }

    private static List<DimensionInsights> dimensions(OrgNode node) {
        return node.dimensions() == null ? List.of() : node.dimensions();
    }

    private static MetricStatus status(DimensionInsights dimension) {
        return DimensionInsights.INDEX.equals(dimension.kind()) ? dimension.index().status() : dimension.status();
    }

    private static boolean shown(DimensionInsights dimension) {
        return status(dimension) == MetricStatus.SHOWN;
    }

    private static Metric metric(OrgNode node, Index index) {
        return switch (index) {
            case WELLBEING -> node.wellbeing();
            case STRESS -> node.stress();
            case TRANSPARENCY -> node.transparency();
            case ENPS -> node.enps();
            case SAFETY -> node.safety();
        };
    }
}
