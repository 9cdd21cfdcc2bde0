package org.attune.ui.analysis.compare;

import org.eclipse.osgi.util.NLS;
import org.attune.ui.analysis.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.agreement.text.AgreementTable;
import org.attune.agreement.text.CodingStudy;
import org.attune.agreement.text.Figure;
import org.attune.agreement.text.ProjectCodings;
import org.attune.agreement.text.Scope;
import org.attune.analysis.AgreementExport;
import org.attune.model.Code;
import org.attune.model.Source;
import org.attune.model.User;
import org.attune.ui.WidgetIds;
import org.attune.ui.ProjectViewPart;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

/**
 * The agreement report of two coders' coded transcripts: per code, per source, per code and source or overall,
 * percent agreement and Cohen's kappa over the characters (and kappa over the characters either coder coded),
 * unitizing alpha and the characters counted, worst first, with a bar chart of kappa and alpha; recomputed after
 * every action (settling into consensus included: choose "consensus" as a coder); exported as CSV or XLSX (what the table shows) or DOCX (every level's table and the chart).
 */
public class AgreementReportView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.analysis.agreementReport";
    static final List<String> LEVELS = List.of(Messages.AgreementReportView_perCode, Messages.AgreementReportView_perSource,
            Messages.AgreementReportView_perCodeAndSource, Messages.AgreementReportView_overall);
    private static final List<Scope.Level> LEVEL_OF = List.of(Scope.Level.CODE, Scope.Level.SOURCE, Scope.Level.CODE_SOURCE, Scope.Level.OVERALL);
    static final String KAPPA = "kappa";
    static final String ALPHA = "alpha-u";

    private Composite body;
    private Combo coderA;
    private Combo coderB;
    private Combo level;
    private Label status;
    private Table table;
    private Chart chart;
    private List<AgreementTable.Line> lines = List.of();
    /** Every level's lines and the coders, for the Word document, which holds them all. */
    private List<AgreementTable.Line> allLines = List.of();
    private String[] coderNames = {"", ""};

    @Override
    protected Control createContents(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        Composite choices = new Composite(body, SWT.NONE);
        choices.setLayout(new GridLayout(8, false));
        coderA = Coders.combo(choices, Messages.Compare_coderA, CompareIds.REPORT_CODER_A, this::refresh);
        coderB = Coders.combo(choices, Messages.Compare_coderB, CompareIds.REPORT_CODER_B, this::refresh);
        level = Coders.combo(choices, Messages.AgreementReportView_show, CompareIds.REPORT_LEVEL, this::refresh);
        Coders.fill(level, LEVELS, LEVELS.get(0));
        for (String format : List.of("CSV", "XLSX", "DOCX")) {
            Button export = new Button(choices, SWT.PUSH);
            export.setText(NLS.bind(Messages.AgreementReportView_export, format));
            export.addListener(SWT.Selection, e -> chooseAndExport(format.toLowerCase(Locale.ROOT)));
        }
        status = WidgetIds.tag(new Label(body, SWT.WRAP), CompareIds.REPORT_STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(body, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = WidgetIds.tag(new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL), CompareIds.REPORT_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] titles = {Messages.AgreementReportView_code, Messages.AgreementReportView_source, Messages.AgreementReportView_percent,
            Messages.AgreementReportView_kappa, Messages.AgreementReportView_kappaCoded, Messages.AgreementReportView_alphaU, Messages.AgreementReportView_units};
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, i < 2 ? SWT.LEFT : SWT.RIGHT);
            column.setText(titles[i]);
            column.setWidth(i < 2 ? 180 : 95);
        }
        chart = WidgetIds.tag(new Chart(sash, SWT.NONE), CompareIds.REPORT_CHART);
        chart.getTitle().setText(Messages.AgreementReportView_chartTitle);
        chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.AgreementReportView_chartAxis);
        chart.getAxisSet().getXAxis(0).getTitle().setText("");
        sash.setWeights(55, 45);
        return control();
    }

    private Control control() {
        return body;
    }

    @Override
    protected void refresh() {
        lines = List.of();
        allLines = List.of();
        table.removeAll();
        if (store() == null) {
            status.setText(Messages.AgreementReportView_noProject);
            drawChart();
            return;
        }
        List<String> coders = Coders.of(store());
        Coders.fill(coderA, coders, coders.isEmpty() ? null : coders.get(0));
        Coders.fill(coderB, coders, coders.size() < 2 ? null : coders.get(1));
        User a = Coders.user(store(), coderA);
        User b = Coders.user(store(), coderB);
        if (a == null || b == null || a == b) {
            status.setText(Messages.Compare_twoCoders);
            drawChart();
            return;
        }
        List<Source> sources = Coders.comparable(store(), a, b);
        List<Code> codes = ProjectCodings.codesUsed(sources, Set.of(a.getName(), b.getName()));
        CodingStudy study = ProjectCodings.text(sources, codes, Code::path, a.getName(), b.getName());
        allLines = AgreementTable.of(study);
        coderNames = new String[] {a.getName(), b.getName()};
        lines = AgreementTable.worstFirst(allLines, LEVEL_OF.get(level.getSelectionIndex()));
        for (AgreementTable.Line line : lines) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {line.scope().code() == null ? Messages.AgreementReportView_allCodes : line.scope().code(),
                    line.scope().source() == null ? Messages.AgreementReportView_allSources : line.scope().source(), percent(line.percent()), number(line.kappa()),
                    number(line.kappaCoded()), number(line.alphaU()), String.valueOf(line.units())});
        }
        int withheld = store().project().getSources().size() - sources.size();
        status.setText(NLS.bind(Messages.AgreementReportView_status, new Object[] {a.getName(), b.getName(),
                Messages.count(codes.size(), Messages.AgreementReportView_codes_one, Messages.AgreementReportView_codes_other),
                Messages.count(study.sources().size(), Messages.AgreementReportView_transcripts_one, Messages.AgreementReportView_transcripts_other),
                withheld > 0 ? Messages.count(withheld, Messages.AgreementReportView_withheld_one, Messages.AgreementReportView_withheld_other) : ""}));
        drawChart();
    }

    private static String percent(Figure f) {
        return f.isDefined() ? String.format(Locale.ROOT, "%.1f %%", 100 * f.value()) : "–";
    }

    private static String number(Figure f) {
        return f.isDefined() ? String.format(Locale.ROOT, "%.3f", f.value()) : "–";
    }

    private void drawChart() {
        for (var s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        List<AgreementTable.Line> shown = lines.subList(0, Math.min(lines.size(), 20));
        String[] names = shown.stream().map(l -> l.scope().code() != null ? l.scope().code() : l.scope().source() != null ? l.scope().source() : Messages.AgreementReportView_overallShort)
                .toArray(String[]::new);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(true);
        x.setCategorySeries(names.length == 0 ? new String[] {""} : names);
        if (!shown.isEmpty()) {
            bars(KAPPA, shown.stream().mapToDouble(l -> valueOrZero(l.kappa())).toArray(), new Color(chart.getDisplay(), 0, 109, 119));
            bars(ALPHA, shown.stream().mapToDouble(l -> valueOrZero(l.alphaU())).toArray(), new Color(chart.getDisplay(), 214, 96, 77));
        }
        chart.getAxisSet().adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(Math.min(0, shown.stream().mapToDouble(l -> Math.min(valueOrZero(l.kappa()),
                valueOrZero(l.alphaU()))).min().orElse(0)), 1));
        chart.redraw();
    }

    private void bars(String name, double[] values, Color colour) {
        IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, name);
        bars.setYSeries(values);
        bars.setBarColor(colour);
    }

    private static double valueOrZero(Figure f) {
        return f.isDefined() ? f.value() : 0;
    }

    private void chooseAndExport(String format) {
        FileDialog dialog = new FileDialog(body.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*." + format});
        dialog.setFileName("agreement." + format);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(format, Path.of(chosen));
        }
    }

    /**
     * Writes the lines shown as {@code csv} or {@code xlsx}, or every level's as {@code docx} (tables worst first and the
     * chart), in the background; null when nothing is shown.
     */
    public Job export(String format, Path file) {
        List<AgreementTable.Line> shown = lines;
        List<AgreementTable.Line> all = allLines;
        String[] coders = coderNames;
        if (shown.isEmpty()) {
            return null;
        }
        Job job = Job.create(NLS.bind(Messages.AgreementReportView_exporting, file.getFileName()), monitor -> {
            try {
                switch (format) {
                    case "csv" -> AgreementExport.writeCsv(shown, file);
                    case "docx" -> AgreementExport.writeDocx(coders[0], coders[1], all, file);
                    default -> AgreementExport.writeXlsx(shown, file);
                }
                return Status.OK_STATUS;
            } catch (java.io.IOException | RuntimeException e) {
                return Status.error(NLS.bind(Messages.AgreementReportView_cannotWrite, file, e.getMessage()), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** The lines shown, worst first. */
    public List<AgreementTable.Line> lines() {
        return lines;
    }

    /** The chart's series by name ({@value #KAPPA}, {@value #ALPHA}), for tests and for anyone reading the figures. */
    public double[] chartSeries(String name) {
        var s = chart.getSeriesSet().getSeries(name);
        return s == null ? new double[0] : s.getYSeries();
    }
}
