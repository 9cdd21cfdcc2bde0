package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.attune.coding.BlindCoding;
import org.attune.coding.Coder;
import org.attune.model.Code;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Window > Coding Status (#17): two coders code a transcript of the sample through the real store, the project codes
 * blind; the view lists every source with each coder's codings and done mark exactly as {@code BlindCoding.status}
 * (what {@code attune cli coding status} prints) gives them; Mark Done on Ana's row marks her coding done in the store,
 * Edit > Undo takes it back, Mark Done on both rows then Reopen on Ben's leaves only Ana's done.
 */
class CodingStatusUiTest extends SampleStudy {
    private TextSource dawn;
    private User ana;
    private User ben;

    @BeforeEach
    void codeAsTwoCoders() throws Exception {
        UiThread.run(() -> {
            dawn = (TextSource) store.project().getSources().stream().filter(s -> s.getName().equals("C01 Carer Dawn")).findFirst()
                    .orElseThrow();
            store.load(dawn);
            Code code = store.project().getCodes().get(0);
            String lead = store.currentUser().getName();
            Coder coder = new Coder(store);
            store.setCurrentUser("Ana");
            coder.code(dawn, 0, 12, code);
            coder.code(dawn, 40, 60, code);
            ana = store.currentUser();
            store.setCurrentUser("Ben");
            coder.code(dawn, 5, 30, code);
            ben = store.currentUser();
            store.setCurrentUser(lead);
            BlindCoding.setBlind(store, true);
        });
    }

    @Test
    void showsWhoCodedWhatAndMarksDoneAndReopens() throws Exception {
        Input.select(Widgets.menuItem(window, "Window", "Coding Status"));
        Table table = Widgets.byId(window, Table.class, WidgetIds.CODING_STATUS_TABLE);
        Label blind = Widgets.byId(window, Label.class, WidgetIds.CODING_STATUS_BLIND);
        UiThread.waitUntil("Ana's and Ben's rows", () -> row(table, "Ana") >= 0 && row(table, "Ben") >= 0);
        assertTrue(UiThread.call(blind::getText).startsWith("Blind coding is on"), UiThread.call(blind::getText));
        assertEquals(expected(), UiThread.call(() -> rows(table)), "the rows are the core's coding status, the CLI's data");
        assertEquals("2", UiThread.call(() -> cell(table, "Ana", 2)));
        assertEquals("1", UiThread.call(() -> cell(table, "Ben", 2)));
        assertEquals("not done", UiThread.call(() -> cell(table, "Ana", 3)));

        select(table, "Ana");
        Input.click(Widgets.byId(window, Button.class, WidgetIds.CODING_STATUS_MARK_DONE));
        UiThread.waitUntil("Ana's coding done in the store and the view", () -> BlindCoding.isDone(dawn, ana)
                && cell(table, "Ana", 3).startsWith("done "));
        assertFalse(UiThread.call(() -> BlindCoding.isDone(dawn, ben)), "only the selected row");
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("coding-status.png"));
        assertTrue(UiThread.call(() -> dawn.getCodings().stream().allMatch(c -> BlindCoding.canSee(c, ana))),
                "done, Ana sees Ben's coding too");
        assertFalse(UiThread.call(() -> dawn.getCodings().stream().allMatch(c -> BlindCoding.canSee(c, ben))), "Ben is not done");

        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("the mark undone", () -> !BlindCoding.isDone(dawn, ana) && cell(table, "Ana", 3).equals("not done"));

        select(table, "Ana", "Ben");
        Input.click(Widgets.byId(window, Button.class, WidgetIds.CODING_STATUS_MARK_DONE));
        UiThread.waitUntil("both done", () -> BlindCoding.isDone(dawn, ana) && BlindCoding.isDone(dawn, ben));
        select(table, "Ben");
        Input.click(Widgets.byId(window, Button.class, WidgetIds.CODING_STATUS_REOPEN));
        UiThread.waitUntil("Ben's coding open again", () -> !BlindCoding.isDone(dawn, ben) && cell(table, "Ben", 3).equals("not done"));
        assertTrue(UiThread.call(() -> BlindCoding.isDone(dawn, ana)), "Ana's mark stays");
        assertEquals(expected(), UiThread.call(() -> rows(table)));
    }

    /** Source, coder, codings and done or not, per the core, as the view must show them. */
    private List<String> expected() {
        return UiThread.call(() -> {
            List<String> rows = new ArrayList<>();
            for (BlindCoding.SourceStatus s : BlindCoding.status(store)) {
                if (s.coders().isEmpty()) {
                    rows.add(s.source().getName() + "|(no codings)|0|");
                }
                for (BlindCoding.CoderStatus c : s.coders()) {
                    rows.add(s.source().getName() + "|" + c.coder().getName() + "|" + c.codings() + "|" + (c.done() ? "done" : "not done"));
                }
            }
            return rows;
        });
    }

    private static List<String> rows(Table table) {
        return Arrays.stream(table.getItems()).map(i -> i.getText(0) + "|" + i.getText(1) + "|" + i.getText(2) + "|"
                + (i.getText(3).startsWith("done ") ? "done" : i.getText(3))).toList();
    }

    /** The row of {@code coder} in C01 Carer Dawn, or -1 (on the UI thread). */
    private static int row(Table table, String coder) {
        TableItem[] items = table.getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].getText(0).equals("C01 Carer Dawn") && items[i].getText(1).equals(coder)) {
                return i;
            }
        }
        return -1;
    }

    /** The text in {@code column} of {@code coder}'s row (on the UI thread; "" while the row is not shown). */
    private static String cell(Table table, String coder, int column) {
        int row = row(table, coder);
        return row < 0 ? "" : table.getItem(row).getText(column);
    }

    private static void select(Table table, String... coders) {
        UiThread.run(() -> {
            table.setSelection(Arrays.stream(coders).mapToInt(c -> row(table, c)).toArray());
            table.notifyListeners(SWT.Selection, new Event());
        });
    }
}
