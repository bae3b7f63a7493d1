package io.pulsecheck.insights;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.ToLongFunction;

import io.pulsecheck.insights.InsightsQueries.TeamRow;
import io.pulsecheck.insights.InsightsService.Aggregate;

/**
 * The organisation report as a tree: each team's own cell, a roll-up for each department (its own cell plus its
 * children) and the organisation (its root teams and departments); only released cycles are in the aggregates. A
 * number is shown only when its group reaches k and, for roll-ups, when subtracting any shown part, or all shown
 * parts together, leaves either nothing or at least k: otherwise the difference would reveal a smaller group.
 */
final class OrgTree {

    private final Map<UUID, List<TeamRow>> children = new HashMap<>();
    private final Map<String, Aggregate> aggregates;
    private final List<TeamRow> teams;
    private final int orgK;
    private final List<OrgNode> nodes = new ArrayList<>();

    /** A group with the parts it is made of and what of it is shown. */
    private static final class Group {
        final Aggregate data;
        final int k;
        final List<Group> parts = new ArrayList<>();
        boolean respondentsShown;
        final Map<Index, Boolean> indexShown = new EnumMap<>(Index.class);
        final Map<String, Boolean> furtherShown = new HashMap<>();
        MetricStatus status;

        Group(Aggregate data, int k) {
            this.data = data;
            this.k = k;
        }
    }

    /** Every further dimension of the report by name, with its kind; every node lists them all. */
    private final Map<String, String> furtherKinds = new TreeMap<>();

    OrgTree(List<TeamRow> teams, Map<String, Aggregate> aggregates, int orgK) {
        this.teams = teams;
        this.aggregates = aggregates;
        this.orgK = orgK;
        for (Aggregate aggregate : aggregates.values()) {
            aggregate.further.keySet().forEach(d -> furtherKinds.put(d, DimensionInsights.INDEX));
            aggregate.choices.keySet().forEach(d -> furtherKinds.putIfAbsent(d, DimensionInsights.DISTRIBUTION));
        }
        for (TeamRow team : teams) {
            if (team.parentId() != null) {
                children.computeIfAbsent(team.parentId(), id -> new ArrayList<>()).add(team);
            }
        }
    }

    List<OrgNode> nodes() {
        Map<UUID, TeamRow> byId = new HashMap<>();
        teams.forEach(t -> byId.put(t.id(), t));
        Group org = new Group(aggregate("org:null"), orgK);
        List<Group> rows = new ArrayList<>();
        List<TeamRow> order = new ArrayList<>();
        for (TeamRow team : teams) {
            if (team.parentId() == null || !byId.containsKey(team.parentId())) {
                org.parts.add(build(team, rows, order));
            }
        }
        decide(org);
        nodes.add(node(NodeKind.ORGANISATION, null, "Organisation", null, org));
        for (int i = 0; i < rows.size(); i++) {
            TeamRow team = order.get(i);
            Group group = rows.get(i);
            boolean rollup = !group.parts.isEmpty();
            nodes.add(node(rollup ? NodeKind.DEPARTMENT : NodeKind.TEAM, team.id(), team.name(), team.parentId(), group));
        }
        return nodes;
    }

    /** The group that represents the team in its parent: its roll-up if it has children, else its own cell. */
    private Group build(TeamRow team, List<Group> rows, List<TeamRow> order) {
        // A threshold lowered after a cycle opened never applies to it: the team's cells keep the highest k
        // frozen on its counted cycles.
        Aggregate own = aggregate("team:" + team.id());
        int k = Math.max(team.k(), own.maxK);
        Group cell = new Group(own, k);
        List<TeamRow> kids = children.get(team.id());
        if (kids == null) {
            rows.add(cell);
            order.add(team);
            return cell;
        }
        Group rollup = new Group(aggregate("rollup:" + team.id()), k);
        rows.add(rollup);
        order.add(team);
        rows.add(cell);
        order.add(team);
        rollup.parts.add(cell);
        for (TeamRow kid : kids) {
            rollup.parts.add(build(kid, rows, order));
        }
        return rollup;
    }

    private void decide(Group group) {
        group.parts.forEach(this::decide);
        Aggregate data = group.data;
        boolean enough = data.respondents >= group.k;
        boolean differencing = enough && revealsSmallGroup(group, g -> g.data.respondents, g -> g.respondentsShown);
        group.respondentsShown = enough && !differencing;
        group.status = data.respondents == 0 ? MetricStatus.NO_DATA
                : !enough ? MetricStatus.NOT_ENOUGH_RESPONSES
                : differencing ? MetricStatus.SUPPRESSED_DIFFERENCING : MetricStatus.SHOWN;
        for (Index index : Index.values()) {
            boolean shown = group.respondentsShown && data.count(index) >= group.k
                    && !revealsSmallGroup(group, g -> g.data.count(index), g -> g.indexShown.get(index));
            group.indexShown.put(index, shown);
        }
        for (String dimension : furtherKinds.keySet()) {
            boolean shown = group.respondentsShown && data.count(dimension) >= group.k
                    && !revealsSmallGroup(group, g -> g.data.count(dimension),
                            g -> g.furtherShown.getOrDefault(dimension, false));
            group.furtherShown.put(dimension, shown);
        }
    }

    private static boolean revealsSmallGroup(Group group, ToLongFunction<Group> count,
            java.util.function.Predicate<Group> shown) {
        long total = count.applyAsLong(group);
        long reportedSum = 0;
        for (Group part : group.parts) {
            if (!shown.test(part)) {
                continue;
            }
            long partCount = count.applyAsLong(part);
            reportedSum += partCount;
            if (isSmallRest(total - partCount, group.k)) {
                return true;
            }
        }
        return reportedSum > 0 && isSmallRest(total - reportedSum, group.k);
    }

    private static boolean isSmallRest(long rest, int k) {
        return rest > 0 && rest < k;
    }

    private OrgNode node(NodeKind kind, UUID teamId, String name, UUID parentId, Group group) {
        Aggregate data = group.data;
        Map<Index, Metric> metrics = new EnumMap<>(Index.class);
        for (Index index : Index.values()) {
            InsightsQueries.OrgRow row = data.dimensions.get(index);
            metrics.put(index, group.indexShown.get(index) ? Metric.mean(index, row.n(), row.mean(), row.sd())
                    : hidden(group, data.count(index)));
        }
        List<DimensionInsights> dimensions = new ArrayList<>();
        for (Map.Entry<String, String> dimension : furtherKinds.entrySet()) {
            dimensions.add(further(group, dimension.getKey(), dimension.getValue()));
        }
        Metric participation = group.respondentsShown ? Metric.participation(data.respondents, data.invited)
                : statusMetric(group);
        return new OrgNode(kind, teamId, name, parentId, group.status,
                group.respondentsShown ? data.respondents : null, participation, metrics.get(Index.WELLBEING),
                metrics.get(Index.STRESS), metrics.get(Index.TRANSPARENCY), metrics.get(Index.ENPS),
                metrics.get(Index.SAFETY), dimensions);
    }

    /**
     * Why a number of the group is not shown: the group's own status when its respondents are hidden, else no data,
     * too few answers of this dimension, or a difference that would reveal a smaller group.
     */
    private static Metric hidden(Group group, long count) {
        if (!group.respondentsShown) {
            return statusMetric(group);
        }
        if (count == 0) {
            return Metric.noData();
        }
        return count < group.k ? Metric.notEnough() : Metric.differencing();
    }

    /** A further dimension of the group: an index with interval or shares per option, or only why not. */
    private static DimensionInsights further(Group group, String dimension, String kind) {
        Aggregate data = group.data;
        if (!group.furtherShown.getOrDefault(dimension, false)) {
            return DimensionInsights.hidden(dimension, kind, hidden(group, data.count(dimension)));
        }
        if (DimensionInsights.INDEX.equals(kind)) {
            InsightsQueries.OrgRow row = data.further.get(dimension);
            return DimensionInsights.index(dimension, Metric.mean(0, 100, row.n(), row.mean(), row.sd()));
        }
        long n = data.count(dimension);
        List<DimensionInsights.ChoiceShare> shares = data.choices.get(dimension).entrySet().stream()
                .map(e -> new DimensionInsights.ChoiceShare(e.getKey(), Metric.participation(e.getValue(), n)))
                .toList();
        return DimensionInsights.distribution(dimension, MetricStatus.SHOWN, n, shares);
    }

    private static Metric statusMetric(Group group) {
        return switch (group.status) {
            case SUPPRESSED_DIFFERENCING -> Metric.differencing();
            case NO_DATA -> Metric.noData();
            default -> Metric.notEnough();
        };
    }

    private Aggregate aggregate(String key) {
        return aggregates.getOrDefault(key, new Aggregate());
    }
}
