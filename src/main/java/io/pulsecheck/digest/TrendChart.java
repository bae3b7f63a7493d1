package io.pulsecheck.digest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import io.pulsecheck.insights.CycleInsights;
import io.pulsecheck.insights.Index;
import io.pulsecheck.insights.Metric;
import io.pulsecheck.insights.TeamInsights;

/**
 * Renders a team's trend (well-being, stress, transparency per released cycle) as a PNG; cells below k stay gaps.
 */
@ApplicationScoped
public class TrendChart {

    static {
        // No display on servers: AWT must never try to open one.
        System.setProperty("java.awt.headless", "true");
    }

    private static final int WIDTH = 800;
    private static final int HEIGHT = 400;

    public byte[] png(TeamInsights insights, DigestWording texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (CycleInsights cycle : insights.cycles()) {
            if (!cycle.released()) {
                // An open check-in has no point yet, not even an empty column that appears with it.
                continue;
            }
            String column = cycle.cycleDate().toString();
            for (Index index : new Index[] { Index.WELLBEING, Index.STRESS, Index.TRANSPARENCY }) {
                Metric metric = cycle.metric(index);
                dataset.addValue(metric != null && metric.shown() ? metric.value() : null, texts.indexName(index),
                        column);
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(insights.teamName(), null, texts.messages().chartAxis(), dataset,
                PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 100);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultStroke(new BasicStroke(2.5f));
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setSeriesPaint(0, new Color(0x2E7D32));
        renderer.setSeriesPaint(1, new Color(0xC62828));
        renderer.setSeriesPaint(2, new Color(0x1565C0));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the trend chart", e);
        }
    }
}
