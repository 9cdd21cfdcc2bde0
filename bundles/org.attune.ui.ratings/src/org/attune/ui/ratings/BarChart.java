package org.attune.ui.ratings;

import java.util.List;

import org.attune.ratings.ResultsTables;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

/** A grouped bar chart (SWTChart) of a results table: a group per row, a bar per condition. */
public class BarChart extends Composite {
    /** Colour-blind-safe (Okabe-Ito) colours of the conditions, in column order. */
    static final Color[] COLOURS = {new Color(0, 114, 178), new Color(230, 159, 0), new Color(0, 158, 115), new Color(204, 121, 167)};
    private final Chart chart;
    private ResultsTables.Table table;

    public BarChart(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new FillLayout());
        chart = new Chart(this, SWT.NONE);
        chart.getTitle().setText(Messages.BarChart_title);
        chart.getAxisSet().getXAxis(0).getTitle().setText(Messages.BarChart_x);
        chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.BarChart_y);
        chart.getAxisSet().getXAxis(0).enableCategory(true);
    }

    public void setTable(ResultsTables.Table table) {
        this.table = table;
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        if (table == null || table.rows().isEmpty()) {
            x.setCategorySeries(new String[] {""});
        } else {
            // item labels start with their number: the number is the category, the title would not fit
            x.setCategorySeries(table.rows().stream().map(r -> r.label().split(" ", 2)[0]).toArray(String[]::new));
            List<String> conditions = table.conditions();
            for (int c = 0; c < conditions.size(); c++) {
                IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, conditions.get(c));
                bars.setYSeries(values(c));
                bars.setBarColor(COLOURS[c % COLOURS.length]);
            }
        }
        chart.getAxisSet().adjustRange();
        double max = table == null ? 0 : table.rows().stream().flatMap(r -> r.cells().stream())
                .mapToDouble(ResultsTables.Cell::total).max().orElse(0);
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, Math.max(1, max * 1.1))); // bars start at 0, little headroom
        chart.redraw();
    }

    /** The bar heights of one condition (its column in the table), in row order. */
    public double[] values(int condition) {
        return table.rows().stream().mapToDouble(r -> r.cells().get(condition).total()).toArray();
    }

    /** The names of the series shown (the conditions). */
    public List<String> series() {
        return java.util.Arrays.stream(chart.getSeriesSet().getSeries()).map(ISeries::getId).toList();
    }
}
