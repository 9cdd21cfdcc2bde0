package org.attune.ui.analysis.compare;

import org.attune.ui.ProjectJob;
import org.eclipse.osgi.util.NLS;
import org.attune.ui.analysis.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.agreement.text.AgreementTable;
import org.attune.agreement.text.CodingStudy;
import org.attune.agreement.text.DomainAlpha;
import org.attune.agreement.text.Figure;
import org.attune.agreement.text.ProjectCodings;
import org.attune.agreement.text.Row;
import org.attune.agreement.text.Scope;
import org.attune.analysis.AgreementExport;
import org.attune.model.Code;
import org.attune.model.Source;
import org.attune.model.User;
import org.attune.ui.WidgetIds;
import org.attune.ui.ProjectViewPart;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
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
 * With the method "Semantic domains" it shows ATLAS.ti's |uα, cuα and Cuα ({@link DomainAlpha}) per domain, per
 * source, per domain and source or overall instead, for the domains chosen in its list (every top-level code either
 * coder used unless some are chosen), of coders A and B and any chosen under "More coders", as {@code attune cli agreement
 * --coders A,B[,C...] --method domains} computes them. With "Segments (MAXQDA)" it shows the segments' percent agreement and
 * kappa at the overlap chosen ({@code --method segments --overlap N}); the material is the transcripts' characters or the
 * recordings' time codings, the command line's two studies.
 */
public class AgreementReportView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.analysis.agreementReport";
    static final List<String> LEVELS = List.of(Messages.AgreementReportView_perCode, Messages.AgreementReportView_perSource,
            Messages.AgreementReportView_perCodeAndSource, Messages.AgreementReportView_overall);
    private static final List<Scope.Level> LEVEL_OF = List.of(Scope.Level.CODE, Scope.Level.SOURCE, Scope.Level.CODE_SOURCE, Scope.Level.OVERALL);
    static final String KAPPA = "kappa";
    static final String ALPHA = "alpha-u";
    /** The chart's series of the semantic domains: |uα and cuα (domain rows) or Cuα (source and overall rows). */
    static final String BINARY = "alpha-binary";
    static final String CU = "cu-alpha";
    /** Characters (NVivo), segments with an overlap threshold (MAXQDA), semantic domains: as {@code attune cli agreement --method}. */
    static final List<String> METHODS = List.of(Messages.AgreementReportView_characters, Messages.AgreementReportView_segments,
            Messages.AgreementReportView_domains);
    /** Transcripts' coded characters or recordings' time codings (milliseconds), the CLI's two studies. */
    static final List<String> MATERIALS = List.of(Messages.AgreementReportView_transcriptsMaterial, Messages.AgreementReportView_recordingsMaterial);
    static final List<String> DOMAIN_LEVELS = List.of(Messages.AgreementReportView_perDomain, Messages.AgreementReportView_perSource,
            Messages.AgreementReportView_perDomainAndSource, Messages.AgreementReportView_overall);
    private static final List<Scope.Level> DOMAIN_LEVEL_OF = List.of(Scope.Level.DOMAIN, Scope.Level.SOURCE, Scope.Level.DOMAIN_SOURCE,
            Scope.Level.OVERALL);

    private Composite body;
    private Combo coderA;
    private Combo coderB;
    /** Further coders beside A and B (semantic domains only: Krippendorff's family takes any number of coders). */
    private org.eclipse.swt.widgets.List moreCoders;
    private List<String> chosenMore = List.of();
    private Combo level;
    private Combo method;
    private Combo material;
    /** The least overlap of two segments that agree, in percent (segments only). */
    private org.eclipse.swt.widgets.Spinner overlap;
    private org.eclipse.swt.widgets.List domainList;
    /** The domains chosen in the list; empty: every theme either coder used. */
    private List<String> chosenDomains = List.of();
    /** The semantic domains' rows shown (worst first) and all of them, when the method is "Semantic domains". */
    private List<Row> domainRows = List.of();
    private List<Row> allDomainRows = List.of();
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
        RowLayout flow = new RowLayout(SWT.HORIZONTAL); // the choices wrap in a narrow view (at 1280x800 it is half the window)
        flow.center = true;
        flow.wrap = true;
        choices.setLayout(flow);
        choices.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        coderA = Coders.combo(choices, Messages.Compare_coderA, CompareIds.REPORT_CODER_A, this::refresh);
        coderB = Coders.combo(choices, Messages.Compare_coderB, CompareIds.REPORT_CODER_B, this::refresh);
        moreCoders = choiceList(choices, Messages.AgreementReportView_moreCoders, Messages.AgreementReportView_moreCodersTip,
                CompareIds.REPORT_MORE_CODERS, 120, chosen -> chosenMore = chosen);
        method = Coders.combo(choices, Messages.AgreementReportView_method, CompareIds.REPORT_METHOD, this::methodChanged);
        Coders.fill(method, METHODS, METHODS.get(0));
        new Label(choices, SWT.NONE).setText(Messages.AgreementReportView_overlap);
        overlap = WidgetIds.tag(new org.eclipse.swt.widgets.Spinner(choices, SWT.BORDER), CompareIds.REPORT_OVERLAP);
        overlap.setValues(90, 1, 100, 0, 1, 10);
        overlap.setToolTipText(Messages.AgreementReportView_overlapTip);
        overlap.addListener(SWT.Selection, e -> refresh());
        material = Coders.combo(choices, Messages.AgreementReportView_material, CompareIds.REPORT_MATERIAL, this::refresh);
        Coders.fill(material, MATERIALS, MATERIALS.get(0));
        level = Coders.combo(choices, Messages.AgreementReportView_show, CompareIds.REPORT_LEVEL, this::refresh);
        Coders.fill(level, LEVELS, LEVELS.get(0));
        domainList = choiceList(choices, Messages.AgreementReportView_domainsLabel, Messages.AgreementReportView_domainsTip,
                CompareIds.REPORT_DOMAINS, 160, chosen -> chosenDomains = chosen);
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
        methodChanged();
        return control();
    }

    /** A labelled list of several choices (Ctrl-click) that hands what is chosen to {@code chosen} and refreshes. */
    private org.eclipse.swt.widgets.List choiceList(Composite parent, String label, String tip, String id, int width,
            java.util.function.Consumer<List<String>> chosen) {
        new Label(parent, SWT.NONE).setText(label);
        org.eclipse.swt.widgets.List list = WidgetIds.tag(new org.eclipse.swt.widgets.List(parent, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL), id);
        list.setLayoutData(new RowData(width, list.getItemHeight() * 3));
        list.setToolTipText(tip);
        list.addListener(SWT.Selection, e -> {
            chosen.accept(List.of(list.getSelection()));
            refresh();
        });
        return list;
    }

    private boolean domains() {
        return method.getSelectionIndex() == 2;
    }

    private boolean segments() {
        return method.getSelectionIndex() == 1;
    }

    private boolean recordings() {
        return material.getSelectionIndex() == 1;
    }


    /** The method chosen: the levels, the columns and the domain list follow it. */
    private void methodChanged() {
        boolean domains = domains();
        int chosenLevel = Math.max(0, level.getSelectionIndex());
        level.setItems((domains ? DOMAIN_LEVELS : LEVELS).toArray(String[]::new));
        level.select(chosenLevel);
        domainList.setEnabled(domains);
        moreCoders.setEnabled(domains);
        overlap.setEnabled(segments());
        String[] titles = domains ? new String[] {Messages.AgreementReportView_domain, Messages.AgreementReportView_source,
            Messages.AgreementReportView_binary, Messages.AgreementReportView_cu, Messages.AgreementReportView_bigCu,
            Messages.AgreementReportView_bothCoded, Messages.AgreementReportView_continuum}
                : new String[] {Messages.AgreementReportView_code, Messages.AgreementReportView_source, Messages.AgreementReportView_percent,
            Messages.AgreementReportView_kappa, Messages.AgreementReportView_kappaCoded, Messages.AgreementReportView_alphaU,
            segments() ? Messages.AgreementReportView_segmentsColumn : Messages.AgreementReportView_units};
        for (int i = 0; i < titles.length; i++) {
            table.getColumn(i).setText(titles[i]);
        }
        chart.getAxisSet().getYAxis(0).getTitle().setText(domains ? Messages.AgreementReportView_binary + ", " + Messages.AgreementReportView_cu
                + " / " + Messages.AgreementReportView_bigCu : Messages.AgreementReportView_chartAxis);
        if (store() != null) {
            refresh();
        }
    }

    private Control control() {
        return body;
    }

    @Override
    protected void refresh() {
        lines = List.of();
        allLines = List.of();
        domainRows = List.of();
        allDomainRows = List.of();
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
        // further coders (semantic domains only): every coder but A and B, the chosen ones compared too
        List<String> others = coders.stream().filter(n -> !n.equals(a.getName()) && !n.equals(b.getName())).toList();
        if (!List.of(moreCoders.getItems()).equals(others)) {
            moreCoders.setItems(others.toArray(String[]::new));
        }
        moreCoders.deselectAll();
        List<String> more = domains() ? chosenMore.stream().filter(others::contains).toList() : List.of();
        more.forEach(n -> moreCoders.select(others.indexOf(n)));
        List<User> users = new java.util.ArrayList<>(List.of(a, b));
        more.forEach(n -> users.add(org.attune.coding.BlindCoding.user(store().project(), n)));
        // a source is compared once every chosen coder may be compared with A on it (the blind rule)
        List<Source> sources = Coders.comparable(store(), a, b).stream()
                .filter(s -> users.stream().allMatch(u -> org.attune.coding.BlindCoding.canCompare(s, a, u, store().currentUser()))).toList();
        List<String> names = users.stream().map(User::getName).toList();
        // by path, as the command line takes them, so that the figures are the same to the last digit
        List<Code> codes = ProjectCodings.codesUsed(sources, Set.copyOf(names)).stream()
                .sorted(java.util.Comparator.comparing(Code::path, String.CASE_INSENSITIVE_ORDER)).toList();
        CodingStudy study = recordings() ? ProjectCodings.time(sources, codes, Code::path, names)
                : ProjectCodings.text(sources, codes, Code::path, names);
        coderNames = names.toArray(String[]::new);
        if (domains()) {
            showDomains(study);
        } else {
            allLines = segments() ? AgreementTable.ofSegments(study, overlap.getSelection() / 100.0) : AgreementTable.of(study);
            lines = AgreementTable.worstFirst(allLines, LEVEL_OF.get(level.getSelectionIndex()));
            for (AgreementTable.Line line : lines) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] {line.scope().code() == null ? Messages.AgreementReportView_allCodes : line.scope().code(),
                        line.scope().source() == null ? Messages.AgreementReportView_allSources : line.scope().source(), percent(line.percent()), number(line.kappa()),
                        number(line.kappaCoded()), number(line.alphaU()), String.valueOf(line.units())});
            }
        }
        int withheld = store().project().getSources().size() - sources.size();
        // several coders (semantic domains): "Ana (A), Ben (B), Cy: ..."
        status.setText(names.size() > 2 ? NLS.bind(Messages.AgreementReportView_statusSeveral, new Object[] {a.getName() + " (A), " + b.getName()
                + " (B), " + String.join(", ", names.subList(2, names.size())),
                org.attune.ui.Messages.count(codes.size(), Messages.AgreementReportView_codes_one, Messages.AgreementReportView_codes_other),
                sourceCount(study),
                withheld > 0 ? org.attune.ui.Messages.count(withheld, Messages.AgreementReportView_withheld_one, Messages.AgreementReportView_withheld_other) : ""})
                : NLS.bind(Messages.AgreementReportView_status, new Object[] {a.getName(), b.getName(),
                org.attune.ui.Messages.count(codes.size(), Messages.AgreementReportView_codes_one, Messages.AgreementReportView_codes_other),
                sourceCount(study),
                withheld > 0 ? org.attune.ui.Messages.count(withheld, Messages.AgreementReportView_withheld_one, Messages.AgreementReportView_withheld_other) : ""}));
        drawChart();
    }

    /** The domain list offers the themes either coder used; the chosen ones (else all) are compared. */
    private void showDomains(CodingStudy study) {
        List<String> themes = DomainAlpha.themes(study);
        if (!List.of(domainList.getItems()).equals(themes)) {
            domainList.setItems(themes.toArray(String[]::new));
        }
        List<String> chosen = chosenDomains.stream().filter(themes::contains).toList();
        domainList.deselectAll();
        chosen.forEach(t -> domainList.select(themes.indexOf(t)));
        allDomainRows = DomainAlpha.of(study, chosen);
        domainRows = DomainAlpha.worstFirst(allDomainRows, DOMAIN_LEVEL_OF.get(level.getSelectionIndex()));
        for (Row row : domainRows) {
            boolean domainRow = row.scope().domain();
            Figure binary = row.figure(BINARY);
            Figure cu = row.figure(domainRow ? CU : "Cu-alpha");
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {row.scope().code() == null ? Messages.AgreementReportView_allDomains : row.scope().code(),
                    row.scope().source() == null ? Messages.AgreementReportView_allSources : row.scope().source(), number(binary),
                    domainRow ? number(cu) : "", domainRow ? "" : number(cu), String.valueOf(cu.units()), String.valueOf(binary.units())});
        }
    }

    private String sourceCount(CodingStudy study) {
        return recordings() ? org.attune.ui.Messages.count(study.sources().size(), Messages.AgreementReportView_recordings_one, Messages.AgreementReportView_recordings_other)
                : org.attune.ui.Messages.count(study.sources().size(), Messages.AgreementReportView_transcripts_one, Messages.AgreementReportView_transcripts_other);
    }

    private static String percent(Figure f) {
        return f.isDefined() ? String.format(Locale.ROOT, "%.1f %%", f.value()) : "–"; // percent figures run from 0 to 100
    }

    private static String number(Figure f) {
        return f.isDefined() ? String.format(Locale.ROOT, "%.3f", f.value()) : "–";
    }

    private void drawChart() {
        for (var s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        if (domains()) {
            drawDomainChart();
            return;
        }
        List<AgreementTable.Line> shown = lines.subList(0, Math.min(lines.size(), 20));
        String[] names = shown.stream().map(l -> l.scope().code() != null ? l.scope().code() : l.scope().source() != null ? l.scope().source() : Messages.AgreementReportView_overallShort)
                .toArray(String[]::new);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(true);
        x.setCategorySeries(names.length == 0 ? new String[] {""} : names);
        if (!shown.isEmpty()) {
            bars(KAPPA, shown.stream().mapToDouble(l -> valueOrZero(l.kappa())).toArray(), new Color(chart.getDisplay(), 0, 109, 119));
            if (!segments()) { // segments have no alpha
                bars(ALPHA, shown.stream().mapToDouble(l -> valueOrZero(l.alphaU())).toArray(), new Color(chart.getDisplay(), 214, 96, 77));
            }
        }
        chart.getAxisSet().adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(Math.min(0, shown.stream().mapToDouble(l -> Math.min(valueOrZero(l.kappa()),
                valueOrZero(l.alphaU()))).min().orElse(0)), 1));
        chart.redraw();
    }

    private void drawDomainChart() {
        List<Row> shown = domainRows.subList(0, Math.min(domainRows.size(), 20));
        String[] names = shown.stream().map(r -> r.scope().code() != null ? r.scope().code() : r.scope().source() != null ? r.scope().source()
                : Messages.AgreementReportView_overallShort).toArray(String[]::new);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(true);
        x.setCategorySeries(names.length == 0 ? new String[] {""} : names);
        double[] binary = shown.stream().mapToDouble(r -> valueOrZero(r.figure(BINARY))).toArray();
        double[] cu = shown.stream().mapToDouble(r -> valueOrZero(r.figure(r.scope().domain() ? CU : "Cu-alpha"))).toArray();
        if (!shown.isEmpty()) {
            bars(BINARY, binary, new Color(chart.getDisplay(), 0, 109, 119));
            bars(CU, cu, new Color(chart.getDisplay(), 214, 96, 77));
        }
        chart.getAxisSet().adjustRange();
        double low = java.util.stream.DoubleStream.concat(java.util.Arrays.stream(binary), java.util.Arrays.stream(cu)).min().orElse(0);
        chart.getAxisSet().getYAxis(0).setRange(new Range(Math.min(0, low), 1));
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

    /**
     * Writes the lines shown as {@code csv} or {@code xlsx}, or every level's as {@code docx} (tables worst first and the
     * chart), in the background; null when nothing is shown.
     */
    public Job export(String format, Path file) {
        List<AgreementTable.Line> shown = lines;
        List<AgreementTable.Line> all = allLines;
        List<Row> shownRows = domainRows;
        List<Row> allRows = allDomainRows;
        boolean domains = domains();
        String[] coders = coderNames;
        if (domains ? shownRows.isEmpty() : shown.isEmpty()) {
            return null;
        }
        String title = NLS.bind(Messages.AgreementReportView_exporting, file.getFileName());
        Job job = ProjectJob.create(title, title, getSite().getShell().getDisplay(), monitor -> {
            try {
                if (domains) {
                    switch (format) {
                        case "csv" -> AgreementExport.writeDomainsCsv(shownRows, file);
                        case "docx" -> AgreementExport.writeDomainsDocx(List.of(coders), allRows, file);
                        default -> AgreementExport.writeDomainsXlsx(shownRows, file);
                    }
                } else {
                    switch (format) {
                        case "csv" -> AgreementExport.writeCsv(shown, file);
                        case "docx" -> AgreementExport.writeDocx(coders[0], coders[1], all, file);
                        default -> AgreementExport.writeXlsx(shown, file);
                    }
                }
                return file;
            } catch (java.io.IOException | RuntimeException e) {
                throw new java.io.IOException(NLS.bind(Messages.AgreementReportView_cannotWrite, file, e.getMessage()), e);
            }
        }, written -> {
        });
        job.schedule();
        return job;
    }

    /** The semantic domains' rows shown, worst first (empty unless the method is "Semantic domains"). */
    public List<Row> domainRows() {
        return domainRows;
    }

    /** The lines shown, worst first. */
    public List<AgreementTable.Line> lines() {
        return lines;
    }

    /** The chart's series by name ({@value #KAPPA}, {@value #ALPHA}; {@value #BINARY}, {@value #CU} for the domains), for tests and for anyone reading the figures. */
    public double[] chartSeries(String name) {
        var s = chart.getSeriesSet().getSeries(name);
        return s == null ? new double[0] : s.getYSeries();
    }
}
