package org.attune.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.attune.testsupport.TwoCoders;
import org.attune.model.Code;
import org.attune.model.TextSource;
import org.attune.ui.TableFit;
import org.attune.ui.analysis.AnalysisIds;
import org.attune.ui.analysis.MatrixView;
import org.attune.ui.analysis.compare.CompareCodersView;
import org.attune.ui.analysis.compare.CompareIds;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

/**
 * The Analysis perspective at the default window size of 1280x800: the Matrix view's code names whole; Compare
 * Coders (a screenshot showed it cramped: the table wider than its pane, the choices row pushed out of sight by a
 * long code path) with every choice and button within the view, the
 * table's columns within its pane and no narrower than their headers, a cut text told in a tooltip, and the
 * transcript beside it wide enough to read.
 */
class AnalysisAt1280UiTest extends SampleWorkbench {

    /** A screenshot showed the matrix's code names cut at 200 px ("Emotional response to the fil") beside a wide Total. */
    @Test
    void theMatrixShowsItsCodeNamesWhole() throws Exception {
        Workbench.resize(window, 1280, 800);
        openAnalysisPerspective();
        show(MatrixView.ID, MatrixView.class);
        choose(Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_MODE), "Matrix coding");
        choose(Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_ROWS), "codes");
        Table table = Widgets.byId(window, Table.class, AnalysisIds.MATRIX_TABLE);
        UiThread.waitUntil("the codes by case", () -> table.getItemCount() > 20);
        UiThread.flush();
        Screenshots.capture(SCREENSHOTS.resolve("matrix-1280x800.png"));
        UiThread.run(() -> {
            for (TableItem item : table.getItems()) {
                assertTrue(!TableFit.cut(item, 0), "'" + item.getText(0).strip() + "' is cut in a " + table.getColumn(0).getWidth() + " px column");
            }
        });
    }

    @Test
    void compareCodersFitsAt1280x800() throws Exception {
        Workbench.resize(window, 1280, 800);
        UiThread.run(() -> {
            TextSource interview = store.project().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast)
                    .filter(t -> t.getName().startsWith("G01")).findFirst().orElseThrow();
            Code first = store.project().getCodes().get(0).getChildren().get(0);
            Code second = store.project().getCodes().get(1).getChildren().get(0);
            TwoCoders.in(store).as("Ana").code(interview, 0, 200, first).code(interview, 300, 340, second)
                    .as("Ben").code(interview, 10, 210, first).code(interview, 400, 440, second)
                    .back();
        });
        openAnalysisPerspective();
        CompareCodersView view = compareAnaWithBen();
        Combo codes = Widgets.byId(window, Combo.class, CompareIds.CODE);
        String longest = UiThread.call(() -> Arrays.stream(codes.getItems()).max((x, y) -> x.length() - y.length()).orElseThrow());
        choose(codes, longest);
        Table table = Widgets.byId(window, Table.class, CompareIds.TABLE);
        UiThread.waitUntil("the disagreements listed", () -> table.getItemCount() >= 2);
        UiThread.flush();
        Screenshots.capture(SCREENSHOTS.resolve("compare-coders-1280x800.png"));

        Button openOnly = Widgets.byId(window, Button.class, CompareIds.OPEN_ONLY);
        StyledText transcript = Widgets.byId(window, StyledText.class, CompareIds.TRANSCRIPT);
        UiThread.run(() -> {
            // it opened in the matrix's stack, not in the editor area below it (about 170 px high there)
            assertTrue(table.getSize().y >= 250 && transcript.getSize().y >= 250, "the list is " + table.getSize().y
                    + " px and the striped transcript " + transcript.getSize().y + " px high");
            // the choices row is as wide as the view: a control past its client area is out of sight
            int end = openOnly.getBounds().x + openOnly.getBounds().width;
            assertTrue(end <= openOnly.getParent().getClientArea().width, "'Open only' within the view: it ends at " + end
                    + ", the row at " + openOnly.getParent().getClientArea().width);
            assertEquals(longest, codes.getToolTipText(), "the chosen code path whole in the tooltip");

            GC gc = new GC(table);
            int used = 0;
            try {
                for (TableColumn column : table.getColumns()) {
                    int header = gc.textExtent(column.getText()).x;
                    assertTrue(column.getWidth() >= header + 8, column.getText() + " is " + column.getWidth() + " px wide, its header " + header);
                    used += column.getWidth();
                }
            } finally {
                gc.dispose();
            }
            assertTrue(used <= table.getClientArea().width, "the columns fit the table: " + used + " px in " + table.getClientArea().width);
            assertTrue(transcript.getSize().x >= 250, "the transcript is " + transcript.getSize().x + " px wide");

            TableItem cut = Arrays.stream(table.getItems()).filter(i -> TableFit.cut(i, 5)).findFirst().orElse(null);
            assertTrue(cut != null, "200 characters of words are cut in their column");
            Rectangle cell = cut.getBounds(5);
            Event move = new Event();
            move.x = cell.x + cell.width / 2;
            move.y = cell.y + cell.height / 2;
            table.notifyListeners(SWT.MouseMove, move);
            assertEquals(cut.getText(5), table.getToolTipText(), "the cut words whole as the tooltip");
        });
        assertTrue(UiThread.call(view::progressText).contains("Ana"));
    }
}
