package org.attune.ui.ratings;

import org.attune.ui.Widgets;
import org.attune.ui.Commands;
import org.attune.ui.ProjectViewPart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.agreement.AgreementEntry;
import org.attune.agreement.Bootstrap;
import org.attune.agreement.Coefficient;
import org.attune.ratings.AgreementBreakdown;
import org.attune.ratings.AgreementBreakdown.Breakdown;
import org.attune.ratings.AgreementBreakdown.Part;
import org.attune.ratings.RatingException;
import org.attune.ratings.ResultsTables;
import org.attune.ratings.ResultsTables.Basis;
import org.attune.ratings.ResultsTables.By;
import org.attune.ratings.ResultsTables.Cell;
import org.attune.ratings.ResultsTables.Row;
import org.attune.ratings.ResultsTables.Table;
import org.attune.store.ProjectStore;
import org.attune.ui.WidgetIds;
import org.attune.ui.dialogs.FileChoiceDialog;
import org.attune.model.User;
import org.attune.ratings.Scales;
import org.eclipse.jface.window.Window;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The study's results: total score per practitioner and per item in each condition with the difference (from rater
 * A, rater B, their mean or the consensus), a bar chart of the item totals, and the agreement report (overall, per
 * item, per recording, per sub-item, with the units used). Export writes them as CSV or XLSX in a background job.
 * Everything honours the blind rule for the current user.
 */
public class ResultsView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.ratings.results";
    /** The commands of the view's buttons (handled by {@code RatingViewsHandler}). */
    public static final String EXPORT_CSV = "org.attune.ui.ratings.commands.results.exportCsv";
    public static final String EXPORT_XLSX = "org.attune.ui.ratings.commands.results.exportXlsx";
    public static final String BOOTSTRAP = "org.attune.ui.ratings.commands.results.bootstrap";
    static final String[] BASES = {"A", "B", "mean", "consensus"};
    static final List<Coefficient> AGREEMENT_COLUMNS = List.of(Coefficient.PERCENT_AGREEMENT, Coefficient.WITHIN_ONE_AGREEMENT,
            Coefficient.COHEN_KAPPA_QUADRATIC, Coefficient.KRIPPENDORFF_ALPHA_ORDINAL, Coefficient.ICC_2_1, Coefficient.GWET_AC2_LINEAR);

    private Combo scale;
    private Combo basis;
    private Label status;
    private Label kalpha;
    private org.eclipse.swt.widgets.Table byPractitioner;
    private org.eclipse.swt.widgets.Table byItem;
    private org.eclipse.swt.widgets.Table agreement;
    private BarChart chart;
    private List<Table> tables = List.of();
    private Breakdown breakdown;

    @Override
    protected Control createContents(Composite parent) {
        Composite body = Widgets.grid(parent, 7);
        new Label(body, SWT.NONE).setText(Messages.Scale);
        scale = WidgetIds.tag(new Combo(body, SWT.READ_ONLY), RatingIds.RESULTS_SCALE);
        scale.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scale.addListener(SWT.Selection, e -> refresh());
        new Label(body, SWT.NONE).setText(Messages.ResultsView_scoresFrom);
        basis = WidgetIds.tag(new Combo(body, SWT.READ_ONLY), RatingIds.RESULTS_BASIS);
        basis.setItems(Messages.ResultsView_raterA, Messages.ResultsView_raterB, Messages.ResultsView_mean, Messages.ResultsView_consensus);
        basis.select(3);
        basis.addListener(SWT.Selection, e -> refresh());
        Commands.button(body, getSite(), EXPORT_CSV, Messages.ResultsView_exportCsv, null);
        Commands.button(body, getSite(), EXPORT_XLSX, Messages.ResultsView_exportXlsx, null);
        Commands.button(body, getSite(), BOOTSTRAP, Messages.ResultsView_bootstrap, null);
        status = WidgetIds.tag(new Label(body, SWT.WRAP), RatingIds.RESULTS_STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 7, 1));
        SashForm sash = new SashForm(body, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));
        SashForm tablesSash = new SashForm(sash, SWT.VERTICAL);
        byPractitioner = table(tablesSash, RatingIds.RESULTS_BY_PRACTITIONER);
        byItem = table(tablesSash, RatingIds.RESULTS_BY_ITEM);
        SashForm right = new SashForm(sash, SWT.VERTICAL);
        chart = WidgetIds.tag(new BarChart(right), RatingIds.RESULTS_CHART);
        agreement = table(right, RatingIds.RESULTS_AGREEMENT);
        kalpha = WidgetIds.tag(new Label(body, SWT.WRAP), RatingIds.RESULTS_KALPHA);
        kalpha.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 7, 1));
        return body;
    }

    private static org.eclipse.swt.widgets.Table table(Composite parent, String id) {
        org.eclipse.swt.widgets.Table t = WidgetIds.tag(new org.eclipse.swt.widgets.Table(parent, SWT.BORDER | SWT.FULL_SELECTION),
                id);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        return t;
    }

    public List<Table> tables() {
        return tables;
    }

    @Override
    protected void refresh() {
        ProjectStore store = store();
        Set<String> names = new LinkedHashSet<>();
        if (store != null) {
            store.project().getRatingScales().forEach(s -> names.add(s.getName()));
        }
        if (!List.copyOf(names).equals(List.of(scale.getItems()))) {
            String selected = scale.getText();
            scale.setItems(names.toArray(String[]::new));
            scale.select(Math.max(0, scale.indexOf(selected)));
        }
        tables = List.of();
        breakdown = null;
        String message = "";
        if (store != null && scale.getSelectionIndex() >= 0) {
            String name = scale.getText();
            try {
                Basis chosen = ResultsTables.basis(store.project(), name, BASES[basis.getSelectionIndex()]);
                tables = List.of(ResultsTables.compute(store.project(), name, By.PRACTITIONER, chosen, null, me()),
                        ResultsTables.compute(store.project(), name, By.ITEM, chosen, null, me()));
                Table first = tables.getFirst();
                message = NLS.bind(Messages.ResultsView_explained, first.basis())
                        + (first.skipped().isEmpty() ? "" : " " + NLS.bind(Messages.ResultsView_leftOut, String.join("; ", first.skipped())))
                        + (first.withheldSheets() == 0 ? "" : " " + NLS.bind(Messages.ResultsView_withheld, first.withheldSheets()));
            } catch (RatingException e) {
                message = e.getMessage();
            }
            breakdown = AgreementBreakdown.of(store.project(), name, me());
        }
        status.setText(message);
        show(byPractitioner, tables.isEmpty() ? null : tables.get(0), Messages.ResultsView_practitioner);
        show(byItem, tables.isEmpty() ? null : tables.get(1), Messages.ResultsView_item);
        chart.setTable(tables.isEmpty() ? null : tables.get(1));
        showAgreement();
        status.getParent().layout(true);
    }

    private static void show(org.eclipse.swt.widgets.Table widget, Table table, String first) {
        widget.removeAll();
        for (TableColumn c : widget.getColumns()) {
            c.dispose();
        }
        List<String> headers = new ArrayList<>(List.of(first));
        if (table != null) {
            headers.addAll(table.conditions());
            if (table.conditions().size() == 2) {
                headers.add(Messages.Difference);
            }
        }
        for (String h : headers) {
            TableColumn c = new TableColumn(widget, h.equals(first) ? SWT.LEFT : SWT.RIGHT);
            c.setText(h);
            c.setWidth(h.equals(first) ? 230 : 120);
        }
        if (table == null) {
            return;
        }
        List<Row> rows = new ArrayList<>(table.rows());
        rows.add(table.total());
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.label()));
            for (Cell cell : row.cells()) {
                cells.add(cell.recordings() == 0 ? "" : ResultsTables.number(cell.total()) + (cell.missing() == 0 ? "" : " (" + cell.missing() + ")"));
            }
            if (table.conditions().size() == 2) {
                cells.add(row.difference() == null ? "" : ResultsTables.number(row.difference()));
            }
            new TableItem(widget, SWT.NONE).setText(cells.toArray(String[]::new));
        }
    }

    private void showAgreement() {
        agreement.removeAll();
        if (agreement.getColumnCount() == 0) {
            String[] headers = {Messages.ResultsView_agreementOf, Messages.ResultsView_units};
            for (int i = 0; i < headers.length; i++) {
                TableColumn c = new TableColumn(agreement, SWT.LEFT);
                c.setText(headers[i]);
                c.setWidth(i == 1 ? 60 : 220);
            }
            for (Coefficient coefficient : AGREEMENT_COLUMNS) {
                TableColumn c = new TableColumn(agreement, SWT.RIGHT);
                c.setText(coefficient.label());
                c.setToolTipText(NLS.bind(isAlpha(coefficient) ? Messages.ResultsView_alphaTip : Messages.ResultsView_coefficientTip,
                        coefficient.label()));
                c.setWidth(isAlpha(coefficient) ? 270 : 110); // alpha's bootstrap intervals follow its value
            }
        }
        kalpha.setText("");
        if (breakdown == null) {
            return;
        }
        StringBuilder overall = new StringBuilder();
        for (AgreementEntry e : breakdown.overall().report().entries()) {
            if (isAlpha(e.coefficient()) && e.kalpha() != null) {
                overall.append(overall.isEmpty() ? "" : "\n").append(NLS.bind(Messages.ResultsView_kalpha, new Object[] {e.name(),
                        e.kalpha().samples(), e.kalpha().draws(), e.kalpha().summary()}));
            }
        }
        kalpha.setText(overall.toString());
        kalpha.getParent().layout(true);
        for (Part part : breakdown.parts()) {
            List<String> cells = new ArrayList<>(List.of(part.level().name().toLowerCase(Locale.ROOT).replace('_', '-') + " "
                    + (part.level() == AgreementBreakdown.Level.OVERALL ? "" : part.label()), Integer.toString(part.report().units())));
            for (Coefficient c : AGREEMENT_COLUMNS) {
                AgreementEntry e = part.report().get(c);
                cells.add(!e.isDefined() ? "-" : String.format(Locale.ROOT, "%.3f [%d]", e.value(), e.unitsUsed())
                        + (isAlpha(c) ? alphaIntervals(e) : ""));
            }
            TableItem item = new TableItem(agreement, SWT.NONE);
            item.setText(cells.toArray(String[]::new));
        }
    }

    /**
     * Starts a background job that gives Krippendorff's alphas of the shown breakdown a 95% bootstrap interval (1,000
     * resamples, seed 1, as {@code attune cli agreement --scale NAME --bootstrap}); the table shows them when it is done,
     * unless the breakdown changed meanwhile. Returns the job (null when there is nothing to bootstrap).
     */
    public Job bootstrap() {
        Breakdown shown = breakdown;
        if (shown == null) {
            return null;
        }
        Job job = Job.create(Messages.ResultsView_bootstrapJob, monitor -> {
            monitor.beginTask(Messages.ResultsView_bootstrapJob, IProgressMonitor.UNKNOWN);
            Breakdown done = AgreementBreakdown.withIntervals(shown, new Bootstrap(Bootstrap.DEFAULT_SAMPLES, 1), monitor::isCanceled);
            if (done == null) {
                return Status.CANCEL_STATUS;
            }
            agreement.getDisplay().asyncExec(() -> {
                if (!agreement.isDisposed() && breakdown == shown) {
                    breakdown = done;
                    showAgreement();
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Once bootstrapped: {@code (low–high; K low–high)}, resampling units and Krippendorff's bootstrap (KALPHA). */
    private static String alphaIntervals(AgreementEntry e) {
        String units = e.hasInterval() ? String.format(Locale.ROOT, "%.3f–%.3f", e.ciLow(), e.ciHigh()) : "";
        String kalpha = e.kalpha() == null ? "" : String.format(Locale.ROOT, "K %.3f–%.3f", e.kalpha().ciLow(), e.kalpha().ciHigh());
        return units.isEmpty() && kalpha.isEmpty() ? "" : " (" + units + (units.isEmpty() || kalpha.isEmpty() ? "" : "; ") + kalpha + ")";
    }

    /** Krippendorff's alphas: the table shows their bootstrap interval once computed (the other intervals are exported). */
    private static boolean isAlpha(Coefficient c) {
        return c == Coefficient.KRIPPENDORFF_ALPHA_NOMINAL || c == Coefficient.KRIPPENDORFF_ALPHA_ORDINAL
                || c == Coefficient.KRIPPENDORFF_ALPHA_INTERVAL;
    }

    /**
     * Asks for the file (and, where the project has a key table, offers "Write pseudonyms" with its passphrase, #20)
     * and starts the export.
     */
    public void export(ExportJob.Format format) {
        ProjectStore store = store();
        if (store == null || tables.size() != 2 || breakdown == null) {
            return;
        }
        String extension = format == ExportJob.Format.XLSX ? ".xlsx" : ".csv";
        String file = scale.getText().replaceAll("[^\\w-]+", "-") + extension;
        FileChoiceDialog dialog = new FileChoiceDialog(getSite().getShell(), Messages.ResultsView_exportTitle,
                NLS.bind(Messages.ResultsView_exportMessage, extension.substring(1).toUpperCase(Locale.ROOT)), true,
                Path.of(System.getProperty("user.home"), file).toString(), new String[] {"*" + extension}, null).withPseudonyms(store);
        if (dialog.open() == Window.OK) {
            export(format, dialog.file(), dialog.keyPassphrase());
        }
    }

    /** Starts the export job (the files are written in the background) and returns it. */
    public ExportJob export(ExportJob.Format format, Path target) {
        return export(format, target, null);
    }

    /**
     * As {@link #export(ExportJob.Format, Path)}; with the key table's passphrase {@code key}, the same results computed
     * on the project's pseudonymised copy ({@link ExportJob#pseudonymised}).
     */
    public ExportJob export(ExportJob.Format format, Path target, char[] key) {
        ExportJob job;
        if (key == null) {
            job = ExportJob.of(store().project(), scale.getText(), me(), tables, breakdown, format, target, getSite().getShell().getDisplay());
        } else {
            User viewer = me();
            ExportJob.Choice choice = new ExportJob.Choice(Scales.latest(store().project(), scale.getText()).getId(),
                    BASES[basis.getSelectionIndex()], viewer == null ? null : viewer.getId(), bootstrapped(breakdown));
            job = ExportJob.pseudonymised(store(), scale.getText(), choice, format, target, key, getSite().getShell().getDisplay());
        }
        job.schedule();
        return job;
    }

    /** Whether the bootstrap gave the shown alphas their intervals. */
    private static boolean bootstrapped(Breakdown shown) {
        return shown.parts().stream().anyMatch(p -> p.report().entries().stream().anyMatch(e -> isAlpha(e.coefficient()) && e.hasInterval()));
    }
}
