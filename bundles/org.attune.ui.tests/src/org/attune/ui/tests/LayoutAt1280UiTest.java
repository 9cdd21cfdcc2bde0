package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.attune.coding.Codebook;
import org.attune.ui.WidgetIds;
import org.attune.ui.views.CodebookView;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At the default window size of 1280x800 the Codebook shows its columns in full and a cut name in a tooltip. */
class LayoutAt1280UiTest {
    private Shell window;

    @BeforeEach
    void openTheSampleAt1280x800(@TempDir Path tmp) throws Exception {
        CodingUiTest.openSample(tmp);
        window = UiThread.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        UiThread.run(() -> {
            window.setMaximized(false);
            window.setBounds(0, 0, 1280, 800);
        });
        UiThread.waitUntil("the window at 1280x800", () -> window.getSize().x == 1280 && window.getSize().y == 800);
    }

    @AfterEach
    void closeTheProject() {
        CodingUiTest.closeAll();
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
        assertTrue(tip.startsWith(Codebook.path(code)), "the cut name's tooltip shows it whole: " + tip);
    }
}
