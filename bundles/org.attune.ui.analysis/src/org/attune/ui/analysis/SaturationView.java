package org.attune.ui.analysis;

import java.util.List;
import java.util.stream.Collectors;

import org.attune.analysis.AnalysisException;
import org.attune.analysis.CodingSet;
import org.attune.analysis.Matrix;
import org.attune.analysis.MatrixQuery;
import org.attune.analysis.MatrixSpec;
import org.attune.analysis.Saturation;
import org.attune.ui.ProjectViewPart;
import org.attune.ui.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

/**
 * Grounded theory's "am I still finding new codes?": a chart of the new codes each successive source brought
 * (bars) and the running count of distinct codes (line), in import order; the same series as a table; and the
 * code frequency table (every code by every source, counting codings).
 */
public class SaturationView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.analysis.saturation";
    static final String NEW_CODES = Messages.SaturationView_newCodesSeries;
    static final String CUMULATIVE = Messages.SaturationView_cumulativeSeries;

    private Composite body;
    private Label status;
    private Chart chart;
    private Table steps;
    private Table frequency;
    private List<Saturation.Step> series = List.of();

    @Override
    protected Control createContents(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        status = new Label(body, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(body, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart = WidgetIds.tag(new Chart(sash, SWT.NONE), AnalysisIds.SATURATION_CHART);
        chart.getTitle().setText(Messages.SaturationView_chartTitle);
        chart.getAxisSet().getXAxis(0).getTitle().setText(Messages.SaturationView_xAxis);
        chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.SaturationView_yAxis);
        SashForm tables = new SashForm(sash, SWT.HORIZONTAL);
        steps = table(tables, AnalysisIds.SATURATION_TABLE, "#", Messages.SaturationView_source, Messages.SaturationView_codings, Messages.SaturationView_codesUsed,
                Messages.SaturationView_new, Messages.SaturationView_distinct, Messages.SaturationView_newCodes);
        frequency = new Table(tables, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(frequency, AnalysisIds.FREQUENCY_TABLE);
        frequency.setHeaderVisible(true);
        frequency.setLinesVisible(true);
        sash.setWeights(45, 55);
        tables.setWeights(50, 50);
        return control();
    }

    private static Table table(Composite parent, String id, String... titles) {
        Table table = WidgetIds.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String title : titles) {
            boolean source = title.equals(Messages.SaturationView_source);
            boolean newCodes = title.equals(Messages.SaturationView_newCodes);
            TableColumn column = new TableColumn(table, source || newCodes ? SWT.LEFT : SWT.RIGHT);
            column.setText(title);
            column.setWidth(newCodes ? 400 : source ? 150 : 70);
        }
        return table;
    }

    private Control control() {
        return body;
    }

    @Override
    protected void refresh() {
        steps.removeAll();
        frequency.removeAll();
        for (TableColumn c : frequency.getColumns()) {
            c.dispose();
        }
        series = List.of();
        if (store() == null) {
            status.setText("Open a project to see its saturation.");
            drawChart();
            return;
        }
        try {
            CodingSet data = CodingSet.read(store(), org.attune.analysis.AnalysisFilter.NONE.seenThrough(org.attune.ui.ShownCodings.lens(store())));
            series = Saturation.compute(data);
            fillFrequency(MatrixQuery.compute(data, MatrixSpec.frequency()));
        } catch (AnalysisException e) {
            status.setText(e.getMessage());
            drawChart();
            return;
        }
        for (Saturation.Step s : series) {
            TableItem item = new TableItem(steps, SWT.NONE);
            item.setText(new String[] {String.valueOf(s.index()), s.source().getName(), String.valueOf(s.codings()),
                    String.valueOf(s.codesUsed()), String.valueOf(s.newCodeCount()), String.valueOf(s.cumulativeCodes()),
                    s.newCodes().stream().map(c -> c.getName()).collect(Collectors.joining(", "))});
        }
        status.setText(summary(series));
        drawChart();
    }

    /** One line to answer the question: what the last sources added. */
    static String summary(List<Saturation.Step> series) {
        if (series.isEmpty()) {
            return Messages.SaturationView_noSources;
        }
        Saturation.Step last = series.get(series.size() - 1);
        int lastNew = last.newCodeCount();
        return NLS.bind(Messages.SaturationView_summary, new Object[] {org.attune.ui.Messages.count(series.size(), Messages.SaturationView_sources_one,
                Messages.SaturationView_sources_other), org.attune.ui.Messages.count(last.cumulativeCodes(), Messages.SaturationView_distinct_one,
                Messages.SaturationView_distinct_other), lastNew == 0 ? Messages.SaturationView_noNewCode
                        : org.attune.ui.Messages.count(lastNew, Messages.SaturationView_newCode_one, Messages.SaturationView_newCode_other)});
    }

    private void fillFrequency(Matrix m) {
        TableColumn code = new TableColumn(frequency, SWT.LEFT);
        code.setText(Messages.SaturationView_code);
        code.setWidth(190);
        for (var h : m.columns()) {
            TableColumn c = new TableColumn(frequency, SWT.RIGHT);
            c.setText(h.label());
            c.setToolTipText(h.label());
            c.setWidth(Math.max(60, Math.min(140, h.label().length() * 7)));
        }
        TableColumn total = new TableColumn(frequency, SWT.RIGHT);
        total.setText(Messages.Total);
        total.setWidth(60);
        for (int r = 0; r < m.rows().size(); r++) {
            TableItem item = new TableItem(frequency, SWT.NONE);
            item.setText(0, "  ".repeat(m.rows().get(r).depth()) + m.rows().get(r).label());
            for (int c = 0; c < m.columns().size(); c++) {
                item.setText(c + 1, m.value(r, c) == 0 ? "" : String.valueOf(m.value(r, c)));
            }
            item.setText(m.columns().size() + 1, String.valueOf(m.rowTotal(r)));
        }
    }

    private void drawChart() {
        for (var s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        String[] names = series.stream().map(s -> s.index() + " " + s.source().getName()).toArray(String[]::new);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(true);
        x.setCategorySeries(names.length == 0 ? new String[] {""} : names);
        if (!series.isEmpty()) {
            IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, NEW_CODES);
            bars.setYSeries(series.stream().mapToDouble(Saturation.Step::newCodeCount).toArray());
            bars.setBarColor(new Color(chart.getDisplay(), 0, 109, 119));
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, CUMULATIVE);
            line.setYSeries(series.stream().mapToDouble(Saturation.Step::cumulativeCodes).toArray());
            line.setLineColor(new Color(chart.getDisplay(), 214, 96, 77));
            line.setLineStyle(LineStyle.SOLID);
            line.setLineWidth(2);
            line.setSymbolColor(new Color(chart.getDisplay(), 214, 96, 77));
        }
        chart.getAxisSet().adjustRange();
        double top = series.stream().mapToInt(Saturation.Step::cumulativeCodes).max().orElse(1);
        chart.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(0, Math.max(1, top * 1.15)));
        chart.redraw();
    }

    /** The chart's series by name (for tests and for anyone reading the figures). */
    public double[] chartSeries(String name) {
        var s = chart.getSeriesSet().getSeries(name);
        return s == null ? new double[0] : s.getYSeries();
    }

    /** The chart's categories: one per source, numbered in import order. */
    public String[] chartCategories() {
        return chart.getAxisSet().getXAxis(0).getCategorySeries();
    }
}
