package org.attune.ui.analysis;

import org.attune.ui.Widgets;
import java.nio.file.Path;
import java.util.List;

import org.attune.analysis.AnalysisException;
import org.attune.analysis.AnalysisFilter;
import org.attune.analysis.CodedStretch;
import org.attune.analysis.CodingSet;
import org.attune.analysis.Columns;
import org.attune.analysis.Cooccurrence;
import org.attune.analysis.FrameworkMatrix;
import org.attune.analysis.Header;
import org.attune.analysis.Matrix;
import org.attune.analysis.MatrixExport;
import org.attune.analysis.MatrixQuery;
import org.attune.analysis.MatrixSpec;
import org.attune.analysis.Measure;
import org.attune.analysis.Rows;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.attributes.Attributes;
import org.attune.coding.CoderFilter;
import org.attune.store.ProjectStore;
import org.attune.ui.ProjectViewPart;
import org.attune.ui.ShownCodings;
import org.attune.ui.WidgetIds;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Matrix coding query in the workbench: codes or themes by cases, sources or a case attribute, counting
 * codings, sources, presence or words, with filters; a heat-map table with totals; a click on a cell lists the
 * coded segments behind it (double-click opens the transcript there). Also the co-occurrence matrix (codes by
 * codes) and the framework matrix (themes by cases with excerpts, and a summary per cell the researcher writes).
 * The matrix is computed again after every action, so it always shows the project as it is.
 */
public class MatrixView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.analysis.matrix";

    /** What the table shows. */
    public enum Mode {
        MATRIX(Messages.MatrixView_matrix), COOCCURRENCE(Messages.MatrixView_cooccurrence), FRAMEWORK(Messages.MatrixView_framework);

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    private Composite body;
    private Combo mode;
    private Combo rows;
    private Button subcodes;
    /** The sub-codes choice for rows of codes, kept while rows of themes show the box checked. */
    private boolean codesWithSubcodes;
    private Combo columns;
    private Combo measure;
    private Combo cooccurrence;
    private Text where;
    /** Whose codings: the workbench's one choice ({@link ShownCodings}), also made in Edit > Show Codings and Coded Segments. */
    private Combo coder;
    private final java.util.List<CoderFilter> coderChoices = new java.util.ArrayList<>();
    private Label status;
    private Table table;
    private SegmentTable segments;
    private Composite summaryBar;
    private Text summary;
    private Button saveSummary;

    private CodingSet data;
    private Matrix matrix;
    private FrameworkMatrix framework;
    private String shownSpec;
    private int selectedRow = -1;
    private int selectedColumn = -1;

    @Override
    protected Control createContents(Composite parent) {
        body = Widgets.grid(parent, 1);
        createSpecBar(body);
        status = new Label(body, SWT.NONE);
        WidgetIds.tag(status, AnalysisIds.MATRIX_STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(body, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(sash, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(table, AnalysisIds.MATRIX_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.MouseDown, e -> {
            int[] cell = cellUnderCursor();
            if (cell != null) {
                selectCell(cell[0], cell[1]);
            }
        });
        table.addListener(SWT.Selection, e -> table.deselectAll()); // the chosen cell is marked, not its whole row
        Composite below = Widgets.flushGrid(sash, 1);
        createSummaryBar(below);
        segments = new SegmentTable(below, this::store, () -> getSite().getPage());
        WidgetIds.tag(segments.table(), AnalysisIds.MATRIX_SEGMENTS);
        segments.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sash.setWeights(60, 40);
        return control();
    }

    private static Composite bar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.wrap = true;
        row.marginTop = 0;
        row.marginBottom = 0;
        bar.setLayout(row);
        return bar;
    }

    private void createSpecBar(Composite parent) {
        Composite bar = bar(parent);
        mode = combo(bar, null, AnalysisIds.MATRIX_MODE, java.util.Arrays.stream(Mode.values()).map(m -> m.label).toArray(String[]::new));
        rows = combo(bar, Messages.MatrixView_rows, AnalysisIds.MATRIX_ROWS, "codes", "themes");
        subcodes = WidgetIds.tag(new Button(bar, SWT.CHECK), AnalysisIds.MATRIX_SUBCODES);
        subcodes.setText(Messages.MatrixView_subcodes);
        subcodes.setToolTipText(Messages.MatrixView_subcodesTip);
        subcodes.addListener(SWT.Selection, e -> specChanged());
        columns = combo(bar, Messages.MatrixView_columns, AnalysisIds.MATRIX_COLUMNS, "cases", "sources", "attribute:role");
        measure = combo(bar, Messages.MatrixView_count, AnalysisIds.MATRIX_MEASURE,
                java.util.Arrays.stream(Measure.values()).map(Measure::label).toArray(String[]::new));
        cooccurrence = combo(bar, Messages.MatrixView_cooccurBy, AnalysisIds.MATRIX_COOCCURRENCE, "overlap", "same turn");
        bar = bar(parent);
        where = text(bar, Messages.MatrixView_where, AnalysisIds.MATRIX_WHERE, Messages.MatrixView_whereHint);
        new Label(bar, SWT.NONE).setText(Messages.MatrixView_coder);
        coder = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), AnalysisIds.MATRIX_CODER);
        coder.setToolTipText(Messages.MatrixView_anyCoder);
        fillCoders();
        coder.addListener(SWT.Selection, e -> {
            int index = coder.getSelectionIndex();
            if (index >= 0 && index < coderChoices.size()) {
                ShownCodings.set(coderChoices.get(index)); // the transcript, Coded Segments and the Codebook follow
            }
            specChanged();
        });
    }

    private Combo combo(Composite bar, String label, String id, String... items) {
        if (label != null) {
            new Label(bar, SWT.NONE).setText(label);
        }
        Combo combo = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), id);
        combo.setItems(items);
        combo.select(0);
        combo.addListener(SWT.Selection, e -> specChanged());
        return combo;
    }

    private Text text(Composite bar, String label, String id, String hint) {
        new Label(bar, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(bar, SWT.BORDER), id);
        text.setMessage(hint);
        text.setLayoutData(new org.eclipse.swt.layout.RowData(120, SWT.DEFAULT));
        text.addListener(SWT.Modify, e -> specChanged());
        return text;
    }

    private void createSummaryBar(Composite parent) {
        summaryBar = new Composite(parent, SWT.NONE);
        summaryBar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summaryBar.setLayout(new GridLayout(2, false));
        summary = WidgetIds.tag(new Text(summaryBar, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), AnalysisIds.MATRIX_SUMMARY);
        summary.setMessage(Messages.MatrixView_summaryHint);
        GridData size = new GridData(SWT.FILL, SWT.FILL, true, false);
        size.heightHint = 48;
        summary.setLayoutData(size);
        saveSummary = org.attune.ui.Commands.button(summaryBar, getSite(), MatrixHandler.SAVE_SUMMARY, Messages.MatrixView_saveSummary,
                AnalysisIds.MATRIX_SAVE_SUMMARY);
    }

    /**
     * Another matrix may be asked for: when the choices differ, no cell is selected in it yet. (GTK also reports
     * a combo's programmatic selection later, which must not lose the cell chosen since.)
     */
    private void specChanged() {
        String spec = String.join("|", mode.getText(), rows.getText(), String.valueOf(subcodes.getSelection()),
                columns.getText(), measure.getText(), cooccurrence.getText(), where.getText(), coder.getText());
        if (spec.equals(shownSpec)) {
            return;
        }
        shownSpec = spec;
        selectedRow = -1;
        selectedColumn = -1;
        recompute();
    }

    private Control control() {
        return body;
    }

    /** All, Mine, each coder, Consensus, showing the workbench's choice. */
    private void fillCoders() {
        java.util.List<CoderFilter> choices = ShownCodings.choices();
        if (!choices.equals(coderChoices)) {
            coderChoices.clear();
            coderChoices.addAll(choices);
            coder.setItems(choices.stream().map(ShownCodings::label).toArray(String[]::new));
        }
        coder.select(Math.max(0, coderChoices.indexOf(ShownCodings.filter())));
    }

    @Override
    protected void refresh() {
        fillCoders();
        String column = columns.getText();
        ProjectStore store = store();
        java.util.List<String> items = new java.util.ArrayList<>(List.of("cases", "sources", "attribute:role"));
        if (store != null) {
            Attributes.ofCases(store.project()).stream().map(d -> "attribute:" + d.getName())
                    .filter(a -> !items.contains(a)).forEach(items::add);
            Attributes.ofSources(store.project()).stream().map(d -> "attribute:" + Attributes.SOURCE_PREFIX + d.getName()) // e.g. an e-mail's From
                    .filter(a -> !items.contains(a)).forEach(items::add);
        }
        if (!items.equals(List.of(columns.getItems()))) {
            columns.setItems(items.toArray(String[]::new));
            columns.select(Math.max(0, items.indexOf(column)));
            columns.requestLayout(); // as wide as its longest choice now ("attribute:source.Form" was cut to the first three's width)
        }
        recompute();
    }

    /** The current choices as the mode they select. */
    public Mode mode() {
        return Mode.values()[Math.max(0, mode.getSelectionIndex())];
    }

    /** Computes the matrix for the current choices and fills the table; a wrong filter is shown, not thrown. */
    private void recompute() {
        Mode m = mode();
        columns.setEnabled(m == Mode.MATRIX);
        measure.setEnabled(m == Mode.MATRIX);
        cooccurrence.setEnabled(m == Mode.COOCCURRENCE);
        boolean themes = rows.getSelectionIndex() == 1; // rows of themes always count their sub-codes' codings, and say so
        if (themes && subcodes.getEnabled()) {
            codesWithSubcodes = subcodes.getSelection();
            subcodes.setSelection(true);
        } else if (!themes && !subcodes.getEnabled()) {
            subcodes.setSelection(codesWithSubcodes);
        }
        subcodes.setEnabled(!themes);
        summaryBar.setVisible(m == Mode.FRAMEWORK);
        ((GridData) summaryBar.getLayoutData()).exclude = m != Mode.FRAMEWORK;
        summaryBar.getParent().layout();
        matrix = null;
        framework = null;
        data = null;
        ProjectStore store = store();
        if (store == null) {
            fill(List.of(), List.of(), Messages.MatrixView_noProject);
            return;
        }
        try {
            data = CodingSet.read(store, filter());
            Computed both = compute(data, choices());
            matrix = both.matrix();
            framework = both.framework();
        } catch (AnalysisException e) {
            fill(List.of(), List.of(), e.getMessage());
            status.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
            return;
        }
        status.setForeground(null);
        if (matrix != null) {
            fill(matrix.rows(), matrix.columns(), NLS.bind(Messages.MatrixView_matrixStatus, new Object[] {matrix.rows().size(),
                    matrix.columns().size(), matrix.measure(), matrix.total()}));
        } else {
            fill(framework.rows(), framework.columns(), NLS.bind(Messages.MatrixView_frameworkStatus,
                    framework.rows().size(), framework.columns().size()));
        }
        if (selectedRow >= 0 && selectedRow < table.getItemCount() && selectedColumn >= 0) {
            selectCell(selectedRow, selectedColumn);
        } else {
            showCell(-1, -1);
        }
    }

    private AnalysisFilter filter() throws AnalysisException {
        return filter(where.getText(), ShownCodings.lens(store())); // the chosen coders' codings the current coder may see
    }

    private static AnalysisFilter filter(String conditions, java.util.function.Predicate<org.attune.model.Coding> visible)
            throws AnalysisException {
        AnalysisFilter filter = AnalysisFilter.NONE;
        for (String condition : conditions.split(",")) {
            if (!condition.isBlank()) {
                filter = filter.where(condition.strip());
            }
        }
        return filter.seenThrough(visible);
    }

    /** The choices of the view's bar, read on the UI thread. */
    private record Choices(Mode mode, String rows, boolean subcodes, String columns, String measure, boolean sameTurn, String where) {
    }

    private Choices choices() {
        return new Choices(mode(), rows.getText(), subcodes.getSelection(), columns.getText(), measure.getText(),
                cooccurrence.getSelectionIndex() == 1, where.getText());
    }

    /** A matrix, or a framework matrix (the other null). */
    private record Computed(Matrix matrix, FrameworkMatrix framework) {
    }

    private static Computed compute(CodingSet data, Choices c) throws AnalysisException {
        Rows r = Rows.parse(c.rows());
        return switch (c.mode()) {
            case MATRIX -> new Computed(MatrixQuery.compute(data, new MatrixSpec(r, c.subcodes(), Columns.parse(c.columns()),
                    Measure.parse(c.measure()))), null);
            case COOCCURRENCE -> new Computed(Cooccurrence.compute(data, r, c.subcodes(),
                    c.sameTurn() ? Cooccurrence.Mode.TURN : Cooccurrence.Mode.OVERLAP), null);
            case FRAMEWORK -> new Computed(null, FrameworkMatrix.compute(data, r, c.subcodes()));
        };
    }

    private void fill(List<Header> rowHeaders, List<Header> columnHeaders, String message) {
        status.setText(message);
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            if (rowHeaders.isEmpty() && columnHeaders.isEmpty()) {
                return;
            }
            boolean totals = matrix != null;
            newColumn(framework != null ? Messages.MatrixView_theme : Messages.MatrixView_code, 200, SWT.LEFT);
            for (Header h : columnHeaders) {
                newColumn(h.label(), framework != null ? 220 : Math.max(70, h.label().length() * 8), framework != null ? SWT.LEFT : SWT.RIGHT);
            }
            if (totals) {
                newColumn(Messages.Total, 70, SWT.RIGHT);
            }
            HeatMap heat = new HeatMap(body.getDisplay(), max(rowHeaders.size(), columnHeaders.size()));
            for (int r = 0; r < rowHeaders.size(); r++) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(0, "  ".repeat(rowHeaders.get(r).depth()) + rowHeaders.get(r).label());
                for (int c = 0; c < columnHeaders.size(); c++) {
                    if (matrix != null) {
                        long v = matrix.value(r, c);
                        item.setText(c + 1, String.valueOf(v));
                        item.setBackground(c + 1, heat.background(v));
                        item.setForeground(c + 1, heat.foreground(v));
                    } else {
                        item.setText(c + 1, frameworkText(framework.cell(r, c)));
                        item.setBackground(c + 1, heat.background(framework.cell(r, c).excerpts().size()));
                    }
                }
                if (totals) {
                    item.setText(columnHeaders.size() + 1, String.valueOf(matrix.rowTotal(r)));
                }
            }
            if (totals) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(0, Messages.Total);
                for (int c = 0; c < columnHeaders.size(); c++) {
                    item.setText(c + 1, String.valueOf(matrix.columnTotal(c)));
                }
                item.setText(columnHeaders.size() + 1, String.valueOf(matrix.total()));
                item.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(
                        org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
            }
            fitLabels();
        } finally {
            table.setRedraw(true);
        }
    }

    /**
     * The row labels' column as wide as its longest label, at most 40% of the table: at 200 px it cut code names
     * ("Emotional response to the fil") while the Total column took the rest.
     */
    private void fitLabels() {
        TableColumn labels = table.getColumn(0);
        labels.pack();
        int most = Math.max(200, table.getClientArea().width * 2 / 5);
        labels.setWidth(Math.max(200, Math.min(most, labels.getWidth())));
    }

    /** The largest cell value (totals aside), which gets the strongest colour. */
    private long max(int nr, int nc) {
        long max = 0;
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                max = Math.max(max, matrix != null ? matrix.value(r, c) : framework.cell(r, c).excerpts().size());
            }
        }
        return max;
    }

    private static String frameworkText(FrameworkMatrix.Cell cell) {
        if (cell.summary() != null) {
            return cell.summary().replace('\n', ' ');
        }
        if (cell.excerpts().isEmpty()) {
            return "";
        }
        String first = cell.excerpts().get(0).text().replace('\n', ' ');
        return cell.excerpts().size() == 1 ? NLS.bind(Messages.MatrixView_excerpt, first) : NLS.bind(Messages.MatrixView_excerpts, cell.excerpts().size(), first);
    }

    private void newColumn(String title, int width, int align) {
        TableColumn column = new TableColumn(table, align);
        column.setText(title);
        column.setWidth(width);
        column.setToolTipText(title);
    }

    /**
     * The matrix cell (row, column) under the mouse, or null (headers and totals are no cells). The point is
     * taken from the cursor, in the coordinates item bounds use: on GTK a mouse event's y counts from the top
     * of the header while item bounds count from below it.
     */
    private int[] cellUnderCursor() {
        Point point = table.toControl(table.getDisplay().getCursorLocation());
        int columnCount = matrix != null ? matrix.columns().size() : framework == null ? 0 : framework.columns().size();
        int rowCount = matrix != null ? matrix.rows().size() : framework == null ? 0 : framework.rows().size();
        for (int r = table.getTopIndex(); r < rowCount; r++) {
            TableItem item = table.getItem(r);
            for (int c = 1; c <= columnCount; c++) {
                if (item.getBounds(c).contains(point)) {
                    return new int[] {r, c - 1};
                }
            }
        }
        return null;
    }

    /** Selects a cell (matrix row and column, from 0) and lists the coded segments behind it. */
    public void selectCell(int row, int column) {
        if (selectedRow >= 0 && selectedRow < table.getItemCount() && selectedColumn + 1 < table.getColumnCount()) {
            table.getItem(selectedRow).setFont(selectedColumn + 1, null);
        }
        selectedRow = row;
        selectedColumn = column;
        table.deselectAll();
        if (row >= 0 && row < table.getItemCount() && column + 1 < table.getColumnCount()) {
            table.getItem(row).setFont(column + 1, org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(
                    org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
            table.showItem(table.getItem(row));
        }
        showCell(row, column);
    }

    /** Where the table draws a cell, in the table's coordinates (for a click). */
    public org.eclipse.swt.graphics.Rectangle cellBounds(int row, int column) {
        return table.getItem(row).getBounds(column + 1);
    }

    private void showCell(int row, int column) {
        boolean valid = row >= 0 && column >= 0 && (matrix != null ? row < matrix.rows().size() && column < matrix.columns().size()
                : framework != null && row < framework.rows().size() && column < framework.columns().size());
        if (!valid) {
            segments.show(data, List.of());
            summary.setText("");
            summary.setEnabled(false);
            saveSummary.setEnabled(false);
            return;
        }
        List<CodedStretch> behind;
        String cellName;
        if (matrix != null) {
            behind = matrix.stretches(row, column);
            cellName = matrix.rows().get(row).label() + " × " + matrix.columns().get(column).label() + ": "
                    + matrix.value(row, column) + " " + matrix.measure();
        } else {
            FrameworkMatrix.Cell cell = framework.cell(row, column);
            behind = cell.excerpts().stream().map(FrameworkMatrix.Excerpt::stretch).toList();
            cellName = framework.rows().get(row).label() + " × " + framework.columns().get(column).label();
            summary.setText(cell.summary() == null ? "" : cell.summary());
            boolean participant = framework.columns().get(column).element() instanceof Case;
            summary.setEnabled(participant);
            saveSummary.setEnabled(participant);
        }
        segments.show(data, behind);
        status.setText(NLS.bind(org.attune.ui.Messages.plural(behind.size(), Messages.MatrixView_cell_one, Messages.MatrixView_cell_other), cellName,
                behind.size()));
    }

    /** Stores the summary typed for the selected cell of the framework matrix (a code × participant cell). */
    public void saveSummary() {
        if (framework == null || selectedRow < 0 || selectedColumn < 0 || store() == null) {
            return;
        }
        Code code = (Code) framework.rows().get(selectedRow).element();
        Case participant = (Case) framework.columns().get(selectedColumn).element();
        FrameworkMatrix.summarise(store(), code, participant, summary.getText());
    }

    /** Writes what the table shows as {@code csv}, {@code tidy} CSV, {@code xlsx} or {@code docx}, in the background. */
    public Job export(String format, Path file) {
        return export(format, file, null);
    }

    /**
     * As {@link #export(String, Path)}; with the key table's passphrase {@code key}, the same matrix (the same choices
     * and the same codings, by id) computed on the project's pseudonymised copy (#20), so that the file holds no real
     * name of the key table.
     */
    public Job export(String format, Path file, char[] key) {
        Matrix m = matrix;
        FrameworkMatrix f = framework;
        if (m == null && f == null) {
            return null;
        }
        ProjectStore store = store();
        Choices chosen = choices();
        java.util.Set<String> shownCodings = new java.util.HashSet<>();
        data.stretches().forEach(s -> shownCodings.add(s.coding().getId()));
        String title = NLS.bind(Messages.MatrixView_exportJob, file.getFileName());
        return org.attune.ui.PseudonymisedExport.writeInBackground(title, getSite().getShell().getDisplay(), store, key,
                file, from -> {
                    Computed both = key == null ? new Computed(m, f)
                            : compute(CodingSet.read(from, filter(chosen.where(), c -> shownCodings.contains(c.getId()))), chosen);
                    MatrixExport.write(format, both.matrix(), both.framework(), file);
                    return file;
                });
    }

    /** The matrix shown (null in framework mode or without a project). */
    public Matrix matrix() {
        return matrix;
    }

    /** The framework matrix shown (null in the other modes). */
    public FrameworkMatrix framework() {
        return framework;
    }
}
