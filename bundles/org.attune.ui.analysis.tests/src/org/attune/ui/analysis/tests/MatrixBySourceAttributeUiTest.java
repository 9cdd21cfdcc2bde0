package org.attune.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.ui.analysis.AnalysisIds;
import org.attune.ui.analysis.MatrixView;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The Matrix view with codes as rows and a source attribute's values as columns (#18): the sample study with a source
 * attribute "Form" set on its sources through the command line (interview, review; one source without), then the same
 * matrix in the workbench and from {@code attune cli matrix --columns attribute:source.Form --json}: the same columns
 * in the same order, the same counts in every cell and total. The Columns box shows "attribute:source.Form" in full (it
 * kept the width of its first three choices and cut it).
 */
class MatrixBySourceAttributeUiTest extends SampleWorkbench {

    @Test
    void codesBySourceAttributeAreTheCommandLinesCounts() throws Exception {
        String dir = tmp.resolve("forms").toString();
        cli("project", "sample", dir, "--json");
        for (String[] set : new String[][] {{"C01 Carer Dawn", "interview"}, {"C02 Carer Marcus", "interview"},
                {"C03 Carer Priya", "interview"}, {"G01 Guider Anna", "review"}, {"G02 Guider Ben", "review"}}) {
            cli("sources", "set", dir, set[0], "Form", set[1], "--json");
        }
        JsonObject matrix = cli("matrix", dir, "--rows", "codes", "--columns", "attribute:source.Form", "--measure", "codings",
                "--json").getAsJsonObject("matrix");
        List<String> expected = lines(matrix);
        List<String> columns = new ArrayList<>();
        matrix.getAsJsonArray("columns").forEach(c -> columns.add(c.getAsJsonObject().get("label").getAsString()));
        assertTrue(columns.containsAll(List.of("interview", "review")), columns.toString());
        assertTrue(matrix.get("total").getAsLong() > 0, matrix.toString());

        openInWorkbench(Path.of(dir));
        openAnalysisPerspective();
        MatrixView view = show(MatrixView.ID, MatrixView.class);
        choose(Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_MODE), "Matrix coding");
        choose(Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_ROWS), "codes");
        choose(Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_MEASURE), "codings");
        Combo columnChoice = Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_COLUMNS);
        UiThread.waitUntil("the source attribute offered", () -> columnChoice.indexOf("attribute:source.Form") >= 0);
        choose(columnChoice, "attribute:source.Form");
        Table table = Widgets.byId(window, Table.class, AnalysisIds.MATRIX_TABLE);
        UiThread.waitUntil("codes by Form", () -> view.matrix() != null && table.getItemCount() == expected.size()
                && table.getColumnCount() == columns.size() + 2);
        List<String> headers = UiThread.call(() -> {
            List<String> h = new ArrayList<>();
            for (int c = 1; c < table.getColumnCount() - 1; c++) {
                h.add(table.getColumn(c).getText());
            }
            return h;
        });
        assertEquals(columns, headers);
        assertEquals(expected, UiThread.call(() -> AnalysisUiTest.shown(table)), "every cell and total as the command line counts them");
        // the choice is shown in full: the box is as wide as it asks to be, its text and the arrow beside it
        UiThread.waitUntil("the Columns box wide enough for \"attribute:source.Form\"", () -> {
            GC gc = new GC(columnChoice);
            try {
                int text = gc.textExtent(columnChoice.getText()).x;
                int width = columnChoice.getSize().x;
                return columnChoice.getText().equals("attribute:source.Form") && width >= columnChoice.computeSize(SWT.DEFAULT, SWT.DEFAULT).x
                        && width >= text + 24;
            } finally {
                gc.dispose();
            }
        });
        Screenshots.capture(SCREENSHOTS.resolve("matrix-by-source-attribute.png"));
    }

    /** The command line's matrix as "row: cells... total" lines, a last line of column totals. */
    private static List<String> lines(JsonObject m) {
        List<String> lines = new ArrayList<>();
        JsonArray rows = m.getAsJsonArray("rows");
        JsonArray values = m.getAsJsonArray("values");
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>();
            for (JsonElement v : values.get(r).getAsJsonArray()) {
                cells.add(v.getAsString());
            }
            cells.add(m.getAsJsonArray("rowTotals").get(r).getAsString());
            lines.add(rows.get(r).getAsJsonObject().get("label").getAsString() + ": " + String.join(" ", cells));
        }
        List<String> totals = new ArrayList<>();
        m.getAsJsonArray("columnTotals").forEach(t -> totals.add(t.getAsString()));
        totals.add(m.get("total").getAsString());
        lines.add("Total: " + String.join(" ", totals));
        return lines;
    }
}
