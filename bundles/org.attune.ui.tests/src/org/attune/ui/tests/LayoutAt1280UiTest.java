package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.attune.coding.Codebook;
import org.attune.ui.RecentCodes;
import org.attune.ui.TableFit;
import org.attune.ui.WidgetIds;
import org.attune.ui.views.CodedSegmentsView;
import org.attune.ui.views.CodebookView;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At the default window size of 1280x800 the Codebook, Coded Segments and Search show their columns' headers in full and a cut
 * text in a tooltip; the Search view's placeholder, the transcript editor's quick-code box and Ctrl+1 hint are not cut.
 * (Compare Coders, in another bundle: {@code CompareCodersLayoutUiTest}.)
 */
class LayoutAt1280UiTest {
    private Shell window;
    private org.attune.store.ProjectStore sample;

    @BeforeEach
    void openTheSampleAt1280x800(@TempDir Path tmp) throws Exception {
        sample = SampleStudy.openSample(tmp);
        window = Workbench.window();
        Workbench.resize(window, 1280, 800);
    }

    @AfterEach
    void closeTheProject() {
        Workbench.closeEditorsAndProject();
    }

    @Test
    void theCodebookFitsItsColumnsAndTellsACutNameInATooltip() throws Exception {
        Input.select(Widgets.menuItem(window, "Window", "Codebook"));
        Tree tree = Widgets.byId(window, Tree.class, WidgetIds.CODEBOOK_TREE);
        UiThread.waitUntil("four themes", () -> tree.getItemCount() == 4);
        UiThread.flush();
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("codebook-1280x800.png"));
        UiThread.run(() -> {
            int used = 0;
            GC gc = new GC(tree);
            try {
                for (TreeColumn column : tree.getColumns()) {
                    int header = gc.textExtent(column.getText()).x;
                    assertTrue(column.getWidth() >= header + 8, column.getText() + " is " + column.getWidth() + " px wide, its header "
                            + header + " px");
                    used += column.getWidth();
                }
            } finally {
                gc.dispose();
            }
            assertTrue(used <= tree.getClientArea().width, "the columns fit the view: " + used + " px in " + tree.getClientArea().width);
        });

        // A name longer than its column is shown in full when the pointer rests on it.
        TreeItem cut = UiThread.call(() -> {
            GC gc = new GC(tree);
            try {
                return Arrays.stream(tree.getItems()).flatMap(t -> Arrays.stream(t.getItems()))
                        .filter(i -> i.getTextBounds(0).x + gc.textExtent(i.getText(0)).x > tree.getColumn(0).getWidth())
                        .findFirst().orElse(null);
            } finally {
                gc.dispose();
            }
        });
        assertTrue(cut != null, "at this size some names are longer than their column");
        org.attune.model.Code code = UiThread.call(() -> (org.attune.model.Code) cut.getData());
        String tip = UiThread.call(() -> CodebookView.tooltip(code));
        assertTrue(tip.startsWith(code.path()), "the cut name's tooltip shows it whole: " + tip);
    }

    @Test
    void codedSegmentsAndSearchFitTheirColumnsAndTellACutTextInATooltip() throws Exception {
        Codebook codebook = new Codebook(sample);
        org.attune.model.Code code = codebook.find("Seeing strengths/Surprise at own competence").orElseThrow();
        Input.select(Widgets.menuItem(window, "Window", "Coded Segments"));
        CodedSegmentsView segments = UiThread.call(() -> (CodedSegmentsView) Workbench.page().findView(CodedSegmentsView.ID));
        Table rows = Widgets.byId(window, Table.class, WidgetIds.SEGMENTS_TABLE);
        UiThread.run(() -> segments.show(List.of(code)));
        UiThread.waitUntil("the code's segments", () -> rows.getItemCount() > 0);
        UiThread.flush();
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("coded-segments-1280x800.png"));
        assertHeadersShownAndColumnsFit(rows);
        Label segmentsStatus = Widgets.byId(window, Label.class, WidgetIds.SEGMENTS_STATUS);
        UiThread.run(() -> { // it was cut beside the filters ("Select codes in th")
            GC gc = new GC(segmentsStatus);
            try {
                int text = gc.textExtent(segmentsStatus.getText()).x;
                assertTrue(segmentsStatus.getSize().x >= text, "the status '" + segmentsStatus.getText() + "' needs " + text + " px, has "
                        + segmentsStatus.getSize().x);
            } finally {
                gc.dispose();
            }
        });
        // speaker, case and coder in full (a long code or source name may be cut, at most 30% of the view each: its tooltip tells it)
        UiThread.run(() -> {
            for (TableItem item : rows.getItems()) {
                for (int i = 2; i < 5; i++) {
                    assertFalse(TableFit.cut(item, i), rows.getColumn(i).getText() + " cuts '" + item.getText(i) + "'");
                }
            }
        });
        assertACutCellTellsItsText(rows, 6);

        Input.select(Widgets.menuItem(window, "Window", "Search"));
        Text query = Widgets.byId(window, Text.class, WidgetIds.SEARCH_QUERY);
        UiThread.flush();
        // a screenshot showed the query's placeholder (the syntax by example) cut off: it has the row to itself now
        UiThread.run(() -> {
            assertPlaceholderShown(query);
            assertEquals(query.getMessage(), query.getToolTipText());
        });
        Input.type(query, "film");
        Input.click(Widgets.byId(window, Button.class, WidgetIds.SEARCH_BUTTON));
        Table hits = Widgets.byId(window, Table.class, WidgetIds.SEARCH_RESULTS);
        try {
            UiThread.waitUntil("hits in the sample", () -> hits.getItemCount() > 1);
            UiThread.flush();
            Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("search-1280x800.png"));
            assertHeadersShownAndColumnsFit(hits);
            UiThread.run(() -> {
                for (TableItem item : hits.getItems()) {
                    for (int i : new int[] {1, 2, 4}) { // speaker, time and the match in full (a long source name may be cut)
                        assertFalse(TableFit.cut(item, i), hits.getColumn(i).getText() + " cuts '" + item.getText(i) + "'");
                    }
                }
            });
        } finally {
            UiThread.run(() -> query.setText("")); // the Search view stays open for the next test
        }
    }

    @Test
    void theQuickCodeBoxAndTheCtrl1HintAreNotCut() throws Exception {
        Codebook codebook = new Codebook(sample);
        UiThread.run(() -> {
            for (String path : List.of("Seeing strengths/Surprise at own competence", "Seeing strengths/Focus on what works",
                    "Trust, consent and control of the film/Reassurance from the guider")) {
                PlatformUI.getWorkbench().getService(RecentCodes.class).used(codebook.find(path).orElseThrow());
            }
        });
        CodingUiTest.openFromExplorer(window, "C01 Carer Dawn");
        Text box = Widgets.byId(window, Text.class, WidgetIds.SOURCE_QUICK_CODE);
        Label hint = Widgets.byId(window, Label.class, WidgetIds.SOURCE_RECENT_HINT);
        UiThread.waitUntil("the recent codes named", () -> hint.getText().contains("Ctrl+3"));
        UiThread.flush();
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("transcript-1280x800.png"));
        Composite areaHint = Widgets.byId(window, Composite.class, WidgetIds.EDITOR_AREA_HINT);
        // a screenshot once showed the hint over the open transcript: it is hidden (the picture was taken before the repaint)
        UiThread.waitUntil("the empty editor area's hint hidden under the open transcript", () -> !areaHint.isVisible());
        UiThread.run(() -> {
            assertPlaceholderShown(box);
            int width = hint.getSize().x;
            assertTrue(width > 0 && hint.getBounds().x + width <= hint.getParent().getClientArea().width, "the hint within the bar");
            int needed = hint.computeSize(width, SWT.DEFAULT, true).y;
            assertTrue(hint.getSize().y >= needed, "the Ctrl+1 hint is " + hint.getSize().y + " px high, its text needs " + needed);
            GC hintGc = new GC(hint);
            try {
                for (String part : hint.getText().split(" {3}")) {
                    assertTrue(width >= hintGc.textExtent(part).x, "'" + part + "' fits the hint's " + width + " px");
                }
            } finally {
                hintGc.dispose();
            }
            assertEquals(hint.getText(), hint.getToolTipText());
        });
    }

    /** The field's placeholder (its message) fits inside it. Call on the UI thread. */
    private static void assertPlaceholderShown(Text field) {
        GC gc = new GC(field);
        try {
            int placeholder = gc.textExtent(field.getMessage()).x;
            assertTrue(field.getClientArea().width >= placeholder, "the field " + field.getData(Widgets.ID_KEY) + " is "
                    + field.getClientArea().width + " px inside, its placeholder " + placeholder + " px");
        } finally {
            gc.dispose();
        }
    }

    /** No column narrower than its header. */
    private static void assertHeadersShownAndColumnsFit(Table table) {
        UiThread.run(() -> {
            GC gc = new GC(table);
            try {
                for (TableColumn column : table.getColumns()) {
                    int header = gc.textExtent(column.getText()).x;
                    assertTrue(column.getWidth() >= header + 8, column.getText() + " is " + column.getWidth() + " px wide, its header "
                            + header + " px");
                }
            } finally {
                gc.dispose();
            }
        });
    }

    /** The pointer resting on a cell of {@code column} that cuts its text makes that text the table's tooltip. */
    private static void assertACutCellTellsItsText(Table table, int column) {
        UiThread.run(() -> {
            TableItem cut = Arrays.stream(table.getItems()).filter(i -> TableFit.cut(i, column)).findFirst().orElse(null);
            assertTrue(cut != null, "at this size some " + table.getColumn(column).getText() + " texts are cut");
            table.showItem(cut);
            org.eclipse.swt.graphics.Rectangle cell = cut.getBounds(column);
            Event move = new Event();
            move.x = cell.x + cell.width / 2;
            move.y = cell.y + cell.height / 2;
            table.notifyListeners(SWT.MouseMove, move);
            assertEquals(cut.getText(column), table.getToolTipText(), "the cut text whole as the tooltip");
        });
    }
}
