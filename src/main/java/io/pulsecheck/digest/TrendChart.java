package io.pulsecheck.digest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import io.pulsecheck.customers.CustomerChartSeries;
import io.pulsecheck.insights.CycleInsights;
import io.pulsecheck.insights.DimensionInsights;
import io.pulsecheck.insights.Index;
import io.pulsecheck.insights.Metric;
import io.pulsecheck.insights.MetricStatus;
import io.pulsecheck.insights.TeamInsights;

/**
 * Renders a team's trend (well-being, stress, transparency and psychological safety per released cycle) as a PNG;
 * cells below k stay gaps, and each instrument the team asked draws lines of its own. Customer metrics, when the team
 * has any, are drawn below in panels of their own that share the same time axis (the cycle dates), each on its own
 * scale.
 */
@ApplicationScoped
public class TrendChart {

    static {
        // No display on servers: AWT must never try to open one.
        System.setProperty("java.awt.headless", "true");
    }

    private static final int WIDTH = 800;
    private static final int HEIGHT = 400;
    private static final int CUSTOMER_PANEL_HEIGHT = 160;
    private static final Index[] NAMED = { Index.WELLBEING, Index.STRESS, Index.TRANSPARENCY, Index.SAFETY };
    private static final Color[] NAMED_COLOURS = { new Color(0x2E7D32), new Color(0xC62828), new Color(0x1565C0),
            new Color(0x5D4037) };
    private static final Color[] CUSTOMER_COLOURS = { new Color(0x6A1B9A), new Color(0xEF6C00), new Color(0x00838F) };

    public byte[] png(TeamInsights insights, DigestWording texts) {
        return png(insights, texts, List.of());
    }

    /** The chart with customer metrics (values by cycle date) in panels below the employee indices. */
    public byte[] png(TeamInsights insights, DigestWording texts, List<CustomerChartSeries> customer) {
        java.util.Map<String, Color> paints = new java.util.HashMap<>();
        DefaultCategoryDataset dataset = employeeLines(insights, texts, paints);
        JFreeChart chart = ChartFactory.createLineChart(insights.teamName(), null, texts.messages().chartAxis(), dataset,
                PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        CategoryPlot plot = chart.getCategoryPlot();
        style(plot);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 100);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        for (int row = 0; row < dataset.getRowCount(); row++) {
            Color paint = paints.get((String) dataset.getRowKey(row));
            if (paint != null) {
                renderer.setSeriesPaint(row, paint);
            }
        }
        int height = HEIGHT;
        if (!customer.isEmpty()) {
            chart = combined(insights, plot, dataset, customer);
            height += CUSTOMER_PANEL_HEIGHT * customer.size();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the trend chart", e);
        }
    }

    /**
     * The further 0..100 indices (trust, recognition, custom ones) that show a value in at least one released cycle;
     * a team whose sets collect none keeps the four named lines only.
     */
    private static void addFurtherIndices(TeamInsights insights, DigestWording texts, DefaultCategoryDataset dataset,
            boolean severalInstruments) {
        java.util.SortedSet<String> shown = new java.util.TreeSet<>();
        for (CycleInsights cycle : insights.cycles()) {
            if (cycle.released() && cycle.dimensions() != null) {
                cycle.dimensions().stream()
                        .filter(d -> DimensionInsights.INDEX.equals(d.kind()) && d.index().shown())
                        .forEach(d -> shown.add(d.dimension()));
            }
        }
        for (String dimension : shown) {
            for (CycleInsights cycle : insights.cycles()) {
                if (!cycle.released()) {
                    continue;
                }
                Metric metric = cycle.dimensions() == null ? null : cycle.dimensions().stream()
                        .filter(d -> d.dimension().equals(dimension)).map(DimensionInsights::index).findFirst()
                        .orElse(null);
                if (severalInstruments && collectedNothing(metric)) {
                    continue;
                }
                dataset.addValue(metric != null && metric.shown() ? metric.value() : null,
                        line(texts.dimensionName(dimension), cycle, severalInstruments), cycle.cycleDate().toString());
            }
        }
    }

    /**
     * The employee lines (rows) per released cycle date (columns): the named indices, then further 0..100 indices;
     * {@code paints} receives the colour of each named index's line.
     */
    static DefaultCategoryDataset employeeLines(TeamInsights insights, DigestWording texts,
            java.util.Map<String, Color> paints) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        boolean severalInstruments = severalInstruments(insights);
        for (CycleInsights cycle : insights.cycles()) {
            if (!cycle.released()) {
                // An open check-in has no point yet, not even an empty column that appears with it.
                continue;
            }
            String column = cycle.cycleDate().toString();
            for (int i = 0; i < NAMED.length; i++) {
                Metric metric = cycle.metric(NAMED[i]);
                if (severalInstruments && collectedNothing(metric)) {
                    // No empty line for an instrument that does not collect the index.
                    continue;
                }
                String row = line(texts.indexName(NAMED[i]), cycle, severalInstruments);
                paints.putIfAbsent(row, NAMED_COLOURS[i]);
                dataset.addValue(metric != null && metric.shown() ? metric.value() : null, row, column);
            }
        }
        addFurtherIndices(insights, texts, dataset, severalInstruments);
        return dataset;
    }

    private static boolean collectedNothing(Metric metric) {
        return metric == null || metric.status() == MetricStatus.NO_DATA;
    }

    /** Whether the released cycles asked more than one instrument, whose values must never join in one line. */
    private static boolean severalInstruments(TeamInsights insights) {
        return insights.cycles().stream().filter(CycleInsights::released).map(CycleInsights::instrumentName)
                .distinct().count() > 1;
    }

    /**
     * The line a value belongs to: one per index, and when the report spans several instruments one per index and
     * instrument ("Well-being · WHO-5 Well-Being Index"), so that a line never joins two instruments.
     */
    private static String line(String name, CycleInsights cycle, boolean severalInstruments) {
        return severalInstruments ? name + " · " + cycle.instrumentName() : name;
    }

    /** The employee plot on top, one panel per customer metric below, all on the employee plot's cycle dates. */
    private static JFreeChart combined(TeamInsights insights, CategoryPlot employee, DefaultCategoryDataset columns,
            List<CustomerChartSeries> customer) {
        CategoryAxis dates = new CategoryAxis();
        dates.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(dates);
        employee.setDomainAxis(null);
        combined.add(employee, 5);
        for (int i = 0; i < customer.size(); i++) {
            CustomerChartSeries series = customer.get(i);
            DefaultCategoryDataset values = new DefaultCategoryDataset();
            for (Object column : columns.getColumnKeys()) {
                String date = (String) column;
                values.addValue(series.byCycleDate().get(java.time.LocalDate.parse(date)), series.label(), date);
            }
            NumberAxis axis = new NumberAxis(series.unit());
            axis.setAutoRangeIncludesZero(false);
            LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
            renderer.setSeriesPaint(0, CUSTOMER_COLOURS[i % CUSTOMER_COLOURS.length]);
            CategoryPlot panel = new CategoryPlot(values, null, axis, renderer);
            style(panel);
            combined.add(panel, 2);
        }
        JFreeChart chart = new JFreeChart(insights.teamName(), new Font(Font.SANS_SERIF, Font.BOLD, 16), combined,
                true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultStroke(new BasicStroke(2.5f));
        renderer.setAutoPopulateSeriesStroke(false);
    }
}
