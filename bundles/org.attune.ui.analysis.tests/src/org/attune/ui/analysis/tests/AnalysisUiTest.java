package org.attune.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.attune.analysis.CodedStretch;
import org.attune.analysis.CodingSet;
import org.attune.analysis.Columns;
import org.attune.analysis.FrameworkMatrix;
import org.attune.analysis.Matrix;
import org.attune.analysis.MatrixQuery;
import org.attune.analysis.MatrixSpec;
import org.attune.analysis.Measure;
import org.attune.analysis.Rows;
import org.attune.analysis.Saturation;
import org.attune.coding.Codebook;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.ui.analysis.AnalysisIds;
import org.attune.ui.analysis.MatrixView;
import org.attune.ui.analysis.SaturationView;
import org.attune.ui.analysis.ThemeMapView;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.RanCommands;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.junit.jupiter.api.Test;

/**
 * The Analysis perspective on the sample study: the matrix agrees with MatrixQuery's own numbers and a click on
 * a cell lists the segments behind it (a double-click opens the transcript); a framework summary is saved and
 * undone; the theme map regroups a code and undo restores it; the saturation chart and tables cover every source.
 */
class AnalysisUiTest extends SampleWorkbench {

    @Test
    void matrixAgreesWithTheQueryAndACellClickListsItsSegments() throws Exception {
        openAnalysisPerspective();
        MatrixView view = show(MatrixView.ID, MatrixView.class);
        choose(Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_MODE), "Matrix coding");
        choose(Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_ROWS), "themes");
        choose(Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_COLUMNS), "attribute:role");
        choose(Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_MEASURE), "sources");

        Matrix expected = MatrixQuery.compute(CodingSet.read(store),
                new MatrixSpec(Rows.THEMES, false, Columns.attribute("role"), Measure.SOURCES));
        assertEquals(4, expected.rows().size(), "the sample's four candidate themes");
        Table table = Widgets.byId(window, Table.class, AnalysisIds.MATRIX_TABLE);
        UiThread.waitUntil("the themes by role", () -> table.getItemCount() == expected.rows().size() + 1
                && table.getColumnCount() == expected.columns().size() + 2);
        List<String> headers = UiThread.call(() -> Arrays.stream(table.getColumns()).map(c -> c.getText()).toList());
        List<String> wantedHeaders = new ArrayList<>(List.of("Code"));
        expected.columns().forEach(h -> wantedHeaders.add(h.label()));
        wantedHeaders.add("Total");
        assertEquals(wantedHeaders, headers);
        assertEquals(table(expected), UiThread.call(() -> shown(table)), "every cell and total as MatrixQuery counts them");

        // The fullest cell: a real click on it lists the codings behind it.
        int[] fullest = fullest(expected);
        Rectangle cell = clickCell(view, table, fullest[0], fullest[1]);
        Table segments = Widgets.byId(window, Table.class, AnalysisIds.MATRIX_SEGMENTS);
        List<CodedStretch> behind = expected.stretches(fullest[0], fullest[1]);
        assertTrue(behind.size() > 1);
        UiThread.waitUntil("the segments behind the cell clicked at " + cell, () -> segments.getItemCount() == behind.size());
        CodingSet data = CodingSet.read(store);
        assertEquals(behind.stream().map(s -> s.source().getName() + " | " + data.excerpt(s).replace('\n', ' ')).sorted().toList(),
                UiThread.call(() -> Arrays.stream(segments.getItems()).map(i -> i.getText(0) + " | " + i.getText(3)).sorted().toList()));
        Screenshots.capture(SCREENSHOTS.resolve("matrix-cell.png"));

        // A double-click opens the transcript at the segment.
        String source = UiThread.call(() -> segments.getItem(0).getText(0));
        UiThread.run(() -> {
            segments.setSelection(0);
            Event open = new Event();
            open.item = segments.getItem(0);
            segments.notifyListeners(SWT.DefaultSelection, open);
        });
        UiThread.waitUntil("the transcript open", () -> page().getActiveEditor() instanceof SourceEditor e
                && e.getPartName().equals(source));

        // The toolbar's Tidy CSV command writes what the table shows.
        java.nio.file.Path tidy = tmp.resolve("themes-by-role.csv");
        exportThroughToolbar(view, "org.attune.ui.analysis.toolbar.exportMatrix.tidy", org.attune.ui.analysis.Messages.ExportMatrixHandler_title, tidy);
        java.nio.file.Path direct = tmp.resolve("direct.csv");
        org.attune.analysis.MatrixExport.writeTidyCsv(expected, direct);
        UiThread.waitUntil("the tidy CSV written", () -> java.nio.file.Files.exists(tidy));
        assertEquals(java.nio.file.Files.readAllLines(direct), java.nio.file.Files.readAllLines(tidy));

        pictureForTheDocs(view, table);
    }

    /** docs/images/analysis.png: codes by cases with their heat map, a cell's segments, its transcript below. */
    private void pictureForTheDocs(MatrixView view, Table table) throws Exception {
        UiThread.run(() -> window.setBounds(0, 0, 1400, 900));
        show(org.attune.ui.views.CodebookView.ID, org.attune.ui.views.CodebookView.class);
        show(MatrixView.ID, MatrixView.class);
        choose(Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_ROWS), "codes");
        choose(Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_COLUMNS), "cases");
        choose(Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_MEASURE), "codings");
        UiThread.waitUntil("codes by cases", () -> view.matrix() != null && view.matrix().columns().size() >= 6
                && view.matrix().measure().equals("codings"));
        Matrix m = UiThread.call(view::matrix);
        int[] cell = fullest(m);
        UiThread.run(() -> view.selectCell(cell[0], cell[1]));
        UiThread.flush();
        Table segments = Widgets.byId(window, Table.class, AnalysisIds.MATRIX_SEGMENTS);
        assertTrue(m.value(cell[0], cell[1]) > 1);
        UiThread.waitUntil("the cell's segments", () -> segments.getItemCount() == m.stretches(cell[0], cell[1]).size());
        Thread.sleep(1000); // let GTK paint everything before the picture
        UiThread.flush();
        Screenshots.capture(SCREENSHOTS.resolve("analysis.png"));
    }

    @Test
    void coOccurrenceAndFrameworkSummarySavedAndUndone() throws Exception {
        openAnalysisPerspective();
        MatrixView view = show(MatrixView.ID, MatrixView.class);
        Combo mode = Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_MODE);
        choose(mode, "Co-occurrence");
        choose(Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_ROWS), "codes");
        choose(Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_COOCCURRENCE), "same turn");
        UiThread.waitUntil("the co-occurrence matrix", () -> view.matrix() != null && view.matrix().measure().equals("shared turns"));
        Matrix turns = org.attune.analysis.Cooccurrence.compute(CodingSet.read(store), Rows.CODES, false,
                org.attune.analysis.Cooccurrence.Mode.TURN);
        Table table = Widgets.byId(window, Table.class, AnalysisIds.MATRIX_TABLE);
        assertEquals(table(turns), UiThread.call(() -> shown(table)));

        choose(mode, "Framework matrix");
        choose(Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_ROWS), "themes");
        UiThread.waitUntil("the framework matrix", () -> view.framework() != null);
        FrameworkMatrix framework = UiThread.call(view::framework);
        int row = 0;
        int column = -1;
        for (int c = 0; c < framework.columns().size() && column < 0; c++) {
            if (framework.columns().get(c).element() instanceof Case && !framework.cell(row, c).excerpts().isEmpty()) {
                column = c;
            }
        }
        assertTrue(column >= 0, "a participant with excerpts on the first theme");
        int theColumn = column;
        Rectangle cell = clickCell(view, table, row, theColumn);
        Table segments = Widgets.byId(window, Table.class, AnalysisIds.MATRIX_SEGMENTS);
        UiThread.waitUntil("the excerpts behind the cell clicked at " + cell, () -> segments.getItemCount() == framework.cell(row, theColumn).excerpts().size());

        Code theme = (Code) framework.rows().get(row).element();
        Case participant = (Case) framework.columns().get(column).element();
        String words = "Feels seen when the guider notices small moments.";
        Text summary = Widgets.byId(window, Text.class, AnalysisIds.MATRIX_SUMMARY);
        UiThread.run(() -> summary.setText(words));
        try (RanCommands ran = RanCommands.record()) { // Save Summary is a command (#16), run as a key or menu would
            Input.click(Widgets.byId(window, Button.class, AnalysisIds.MATRIX_SAVE_SUMMARY));
            UiThread.waitUntil("the summary stored", () -> words.equals(FrameworkMatrix.summary(store.project(), theme, participant)));
            assertEquals(List.of("saveSummary[]"), ran.list());
        }
        UiThread.waitUntil("the summary in its cell", () -> table.getItem(row).getText(theColumn + 1).equals(words));

        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("the summary undone", () -> FrameworkMatrix.summary(store.project(), theme, participant) == null);
        UiThread.waitUntil("the excerpts back in the cell", () -> !table.getItem(row).getText(theColumn + 1).equals(words));
        assertNull(FrameworkMatrix.summary(store.project(), theme, participant));
    }

    @Test
    void themeMapRegroupsACodeAndUndoRestoresIt() throws Exception {
        openAnalysisPerspective();
        ThemeMapView map = show(ThemeMapView.ID, ThemeMapView.class);
        List<Code> themes = Rows.THEMES.codes(store.project());
        UiThread.waitUntil("a column per theme and Unassigned", () -> map.themeNames().size() == themes.size() + 1);
        assertEquals(themes.stream().map(Code::getName).toList(), UiThread.call(map::themeNames).subList(0, themes.size()));
        assertEquals(ThemeMapView.UNASSIGNED, UiThread.call(map::themeNames).get(themes.size()));
        Code from = themes.get(0);
        Code to = themes.get(1);
        Code code = from.getChildren().get(0);
        assertEquals(from.getChildren().stream().map(Code::getName).toList(), UiThread.call(() -> map.codesIn(from.getName())));

        assertTrue(UiThread.call(() -> map.regroup(code, to)), "the drop regroups the code");
        assertEquals(to, code.getParent());
        UiThread.waitUntil("the code in its new theme's column", () -> map.codesIn(to.getName()).contains(code.getName())
                && !map.codesIn(from.getName()).contains(code.getName()));
        Screenshots.capture(SCREENSHOTS.resolve("theme-map.png"));

        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("the code back in its theme", () -> code.getParent() == from
                && map.codesIn(from.getName()).contains(code.getName()) && !map.codesIn(to.getName()).contains(code.getName()));

        // A code dropped on Unassigned leaves its theme; one dropped on its own sub-tree is refused.
        assertTrue(UiThread.call(() -> map.regroup(code, null)));
        UiThread.waitUntil("the code unassigned", () -> map.codesIn(ThemeMapView.UNASSIGNED).contains(code.getName()));
        assertEquals(null, code.getParent());
        assertTrue(new Codebook(store).find(code.getName()).isPresent());
    }

    @Test
    void saturationChartAndTablesCoverEverySourceInImportOrder() throws Exception {
        openAnalysisPerspective();
        SaturationView view = show(SaturationView.ID, SaturationView.class);
        List<Saturation.Step> expected = Saturation.compute(CodingSet.read(store));
        int sources = store.project().getSources().size();
        assertEquals(9, sources, "the sample's six interviews, its practice recording, that recording's transcript and the sand tableau");
        Table steps = Widgets.byId(window, Table.class, AnalysisIds.SATURATION_TABLE);
        UiThread.waitUntil("a row per source", () -> steps.getItemCount() == sources);
        assertEquals(expected.stream().map(s -> s.source().getName() + " " + s.newCodeCount() + " " + s.cumulativeCodes()).toList(),
                UiThread.call(() -> Arrays.stream(steps.getItems()).map(i -> i.getText(1) + " " + i.getText(4) + " " + i.getText(5)).toList()));

        assertEquals(sources, UiThread.call(view::chartCategories).length);
        assertArrayEquals(expected.stream().mapToDouble(Saturation.Step::newCodeCount).toArray(),
                UiThread.call(() -> view.chartSeries("new codes")), 0);
        assertArrayEquals(expected.stream().mapToDouble(Saturation.Step::cumulativeCodes).toArray(),
                UiThread.call(() -> view.chartSeries("distinct codes so far")), 0);
        Chart chart = Widgets.byId(window, Chart.class, AnalysisIds.SATURATION_CHART);
        assertTrue(UiThread.call(() -> chart.getSize().y > 100 && chart.isVisible()));

        Table frequency = Widgets.byId(window, Table.class, AnalysisIds.FREQUENCY_TABLE);
        Matrix codesBySources = MatrixQuery.compute(CodingSet.read(store), MatrixSpec.frequency());
        assertEquals(codesBySources.rows().size(), UiThread.call(frequency::getItemCount));
        assertEquals(sources + 2, UiThread.call(frequency::getColumnCount), "code, one column per source, total");
        Screenshots.capture(SCREENSHOTS.resolve("saturation.png"));
    }

    /** The fullest cell (row, column) of a matrix. */
    private static int[] fullest(Matrix m) {
        int[] best = {0, 0};
        for (int r = 0; r < m.rows().size(); r++) {
            for (int c = 0; c < m.columns().size(); c++) {
                if (m.value(r, c) > m.value(best[0], best[1])) {
                    best = new int[] {r, c};
                }
            }
        }
        return best;
    }

    /** A matrix as its table should read: rows of cells and a total, then the totals row. */
    private static List<String> table(Matrix m) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < m.columns().size(); c++) {
                cells.add(String.valueOf(m.value(r, c)));
            }
            cells.add(String.valueOf(m.rowTotal(r)));
            lines.add(m.rows().get(r).label() + ": " + String.join(" ", cells));
        }
        List<String> totals = new ArrayList<>();
        for (int c = 0; c < m.columns().size(); c++) {
            totals.add(String.valueOf(m.columnTotal(c)));
        }
        totals.add(String.valueOf(m.total()));
        lines.add("Total: " + String.join(" ", totals));
        return lines;
    }

    /** What the table shows, in the same form. */
    static List<String> shown(Table table) {
        List<String> lines = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            List<String> cells = new ArrayList<>();
            for (int c = 1; c < table.getColumnCount(); c++) {
                cells.add(item.getText(c));
            }
            lines.add(item.getText(0).strip() + ": " + cells.stream().collect(Collectors.joining(" ")));
        }
        return lines;
    }

    /**
     * Clicks the matrix cell ({@code row}, {@code column}) as a user would, once it is in sight and laid out: the table
     * is filled before GTK gives its columns their widths, and a cell read too early is {x, y, -3, 22}.
     */
    private static Rectangle clickCell(MatrixView view, Table table, int row, int column) {
        UiThread.run(() -> { // the cell in sight, or the click lands on whatever hides it
            table.showItem(table.getItem(row));
            table.showColumn(table.getColumn(column + 1));
        });
        UiThread.waitUntil("the cell laid out in sight", () -> {
            Rectangle bounds = view.cellBounds(row, column);
            return bounds.width > 0 && table.getClientArea().contains(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        });
        Rectangle cell = UiThread.call(() -> view.cellBounds(row, column));
        Input.clickAt(table, cell.x + cell.width / 2, cell.y + cell.height / 2);
        return cell;
    }
}
