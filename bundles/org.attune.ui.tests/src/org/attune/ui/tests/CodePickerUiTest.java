package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.attune.coding.Codebook;
import org.attune.model.Code;
import org.attune.ui.WidgetIds;
import org.attune.ui.dialogs.CodePicker;
import org.attune.ui.dialogs.CodingQueryDialog;
import org.attune.ui.handlers.QuickCodeHandler;
import org.attune.ui.views.CodebookView;
import org.attune.ui.views.SearchView;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

/**
 * The code picker wherever a code is asked for, driven by keyboard and mouse on the sample study: the quick-code box
 * (suggestions as you type), Quick Code (Ctrl+Q, recent codes first, a new code in one undo step), Move Under... for
 * several codes at once, Code All Hits and the coding query's Add Code....
 */
class CodePickerUiTest extends SampleStudy {

    /** The code of that name now; callable inside and outside UI-thread conditions. */
    private Code code(String name) {
        java.util.function.Supplier<Code> find = () -> new Codebook(store).find(name).orElse(null);
        return org.eclipse.swt.widgets.Display.getCurrent() != null ? find.get() : UiThread.call(find);
    }

    /**
     * Types {@code typed} into an open code picker's filter, waits until every row shows a code whose name or path
     * holds it (or the new code of that name) and returns the rows as "name|where"; each code has its colour.
     */
    static List<String> narrow(Shell dialog, String typed) {
        Text filter = Widgets.byId(dialog, Text.class, WidgetIds.CODE_PICKER_FILTER);
        Table list = Widgets.byId(dialog, Table.class, WidgetIds.CODE_PICKER_LIST);
        UiThread.run(() -> filter.setText(""));
        int all = UiThread.call(list::getItemCount);
        Input.clickAt(filter); // the pointer on the field: without a window manager the keyboard follows the pointer
        Input.type(filter, typed);
        String lower = typed.toLowerCase(Locale.ROOT);
        UiThread.waitUntil("the field to show \"" + typed + "\"", () -> filter.getText().equals(typed));
        UiThread.waitUntil("the list narrowed by \"" + typed + "\"", () -> list.getItemCount() > 0 && list.getItemCount() <= Math.max(1, all)
                && Arrays.stream(list.getItems()).allMatch(i -> i.getText(0).startsWith(CodePicker.NEW_CODE)
                        || (i.getText(0) + "/" + i.getText(1)).toLowerCase(Locale.ROOT).contains(lower)));
        assertTrue(UiThread.call(() -> Arrays.stream(list.getItems()).allMatch(i -> i.getText(0).startsWith(CodePicker.NEW_CODE)
                || i.getImage() != null)), "each code with its colour");
        return UiThread.call(() -> rows(list));
    }

    /** A list's rows as "name|where"; on the UI thread. */
    private static List<String> rows(Table list) {
        return Arrays.stream(list.getItems()).map(i -> i.getText(0) + "|" + i.getText(1)).toList();
    }

    @Test
    void theQuickCodeBoxSuggestsAsYouTypeAndCtrlQPicksRecentFirstOrMakesANewCode() throws Exception {
        CodingUiTest.openFromExplorer(window, "C01 Carer Dawn");
        StyledText text = Widgets.byId(window, StyledText.class, WidgetIds.SOURCE_TEXT);
        Label status = Widgets.byId(window, Label.class, WidgetIds.SOURCE_STATUS);
        assertEquals("8 codings", UiThread.call(status::getText));

        // Typing in the quick-code box lists the matching codes with where they sit, no Ctrl+Space needed.
        CodingUiTest.selectWords(text, "Would you recommend it to other parents?");
        Text box = Widgets.byId(window, Text.class, WidgetIds.SOURCE_QUICK_CODE);
        Input.clickAt(box); // the pointer on the box: without a window manager the keyboard follows the pointer
        Input.type(box, "reassur");
        Table suggestions = Widgets.byId(window, Table.class, WidgetIds.CODE_SUGGESTIONS);
        UiThread.waitUntil("the suggestions", () -> box.getText().equals("reassur") && suggestions.isVisible()
                && rows(suggestions).equals(List.of("Reassurance from the guider|Trust, consent and control of the film",
                        CodePicker.NEW_CODE + "reassur|" + CodePicker.NEW_WHERE)));
        assertTrue(UiThread.call(() -> suggestions.getItem(0).getImage() != null), "the code's colour beside its name");
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("quick-code-suggestions.png"));
        Input.key(SWT.CR);
        UiThread.waitUntil("coded with the suggestion", () -> status.getText().equals("9 codings") && !suggestions.isVisible()
                && box.getText().isEmpty());
        assertEquals(3, UiThread.call(() -> new Codebook(store).codingsOf(List.of(code("Reassurance from the guider")), false).size()),
                "its two codings in the sample and this one");

        // Ctrl+Q: the picker, recent codes first; every word typed narrows it (name or path).
        CodingUiTest.selectWords(text, "Now I wait");
        Input.focus(text);
        Input.chord(SWT.CTRL, 'q');
        Shell picker = Widgets.shell(QuickCodeHandler.TITLE);
        Table list = Widgets.byId(picker, Table.class, WidgetIds.CODE_PICKER_LIST);
        assertEquals("Reassurance from the guider|Trust, consent and control of the film",
                UiThread.call(() -> list.getItem(0).getText(0) + "|" + list.getItem(0).getText(1)), "the code used last comes first");
        List<String> strengths = narrow(picker, "strengths");
        assertEquals(8, strengths.size(), "the theme, its six codes and a new code: " + strengths);
        assertEquals(CodePicker.NEW_CODE + "strengths|" + CodePicker.NEW_WHERE, strengths.get(7));
        assertTrue(strengths.contains("Focus on what works|Seeing strengths"), strengths.toString());
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("code-picker.png"));

        // A name no code has is offered as a new code; taking it codes with it in one undoable step.
        assertEquals(List.of(CodePicker.NEW_CODE + "Praise for small steps|" + CodePicker.NEW_WHERE), narrow(picker, "Praise for small steps"));
        Input.key(SWT.CR);
        UiThread.waitUntil("coded with a new code", () -> status.getText().equals("10 codings") && code("Praise for small steps") != null);
        Input.select(Widgets.menuItem(window, "Edit", "Undo Code with 'Praise for small steps'"));
        UiThread.waitUntil("one undo takes back the coding and the code", () -> status.getText().equals("9 codings"));
        assertEquals(null, code("Praise for small steps"));
    }

    @Test
    void moveUnderNestsSeveralCodesInOneUndoableStep() {
        Input.select(Widgets.menuItem(window, "Window", "Codebook"));
        Tree tree = Widgets.byId(window, Tree.class, WidgetIds.CODEBOOK_TREE);
        UiThread.waitUntil("four themes", () -> tree.getItemCount() == 4);
        Input.focus(tree);
        UiThread.run(() -> {
            TreeItem calmer = CodingUiTest.find(tree.getItems(), "Calmer routines");
            TreeItem seeks = CodingUiTest.find(tree.getItems(), "Child seeks the carer");
            tree.setSelection(new TreeItem[] {calmer, seeks});
            Event e = new Event();
            e.item = seeks;
            tree.notifyListeners(SWT.Selection, e);
        });
        Input.select(Widgets.contextMenuItem(tree, "Move Under..."));
        List<String> offered = CodebookUiTest.pick(CodebookView.MOVE_TITLE, "noticing");
        assertEquals(List.of("Noticing the child's initiatives|Seeing strengths"), offered);
        Code noticing = code("Noticing the child's initiatives");
        UiThread.waitUntil("both moved", () -> code("Calmer routines").getParent() == noticing
                && code("Child seeks the carer").getParent() == noticing);
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo Move"));
        UiThread.waitUntil("both back after one undo", () -> code("Calmer routines").getParent() == code("Changing interaction at home")
                && code("Child seeks the carer").getParent() == code("Changing interaction at home"));
    }

    @Test
    void codeAllHitsAndTheCodingQueryPickTheirCodes() {
        Input.select(Widgets.menuItem(window, "Window", "Search"));
        Text query = Widgets.byId(window, Text.class, WidgetIds.SEARCH_QUERY);
        UiThread.run(() -> query.setText(""));
        Input.type(query, "shown");
        Input.click(Widgets.byId(window, Button.class, WidgetIds.SEARCH_BUTTON));
        Label status = Widgets.byId(window, Label.class, WidgetIds.SEARCH_STATUS);
        UiThread.waitUntil("hits", () -> status.getText().endsWith("hits") || status.getText().endsWith("hit"));
        long codings = store.summary().codings();

        Input.click(Widgets.byId(window, Button.class, WidgetIds.SEARCH_CODE_ALL));
        Shell picker = Widgets.shell(SearchView.CODE_ALL_TITLE);
        assertEquals("", UiThread.call(Widgets.byId(picker, Text.class, WidgetIds.CODE_PICKER_FILTER)::getText),
                "the code is not named after the query");
        assertEquals(List.of("Surprise at own competence|Seeing strengths", CodePicker.NEW_CODE + "surprise|" + CodePicker.NEW_WHERE),
                narrow(picker, "surprise"), "the matching code, then a new code of the typed name");
        Input.click(Widgets.byText(picker, Button.class, "OK"));
        UiThread.waitUntil("coded", () -> status.getText().startsWith("Coded "));
        assertTrue(UiThread.call(status::getText).contains("Surprise at own competence"), UiThread.call(status::getText));
        assertTrue(store.summary().codings() > codings, "the hits were coded");

        Input.click(Widgets.byId(window, Button.class, WidgetIds.SEARCH_CODING_QUERY));
        Shell ask = Widgets.shell(SearchView.CODING_QUERY_TITLE);
        Input.click(Widgets.byText(ask, Button.class, CodingQueryDialog.ADD_CODE));
        Shell add = Widgets.shell(CodingQueryDialog.ADD_CODE.replace("...", ""));
        narrow(add, "surprise");
        Input.key(SWT.CR);
        Text expression = Widgets.find(ask, Text.class, t -> t.getEditable(), "the expression field");
        UiThread.waitUntil("the code's name in the query", () -> expression.getText().equals("\"Surprise at own competence\" "));
        Input.click(Widgets.byText(ask, Button.class, "OK"));
        UiThread.waitUntil("the coded stretches", () -> status.getText().contains("for \"Surprise at own competence\""));
        UiThread.run(() -> query.setText("")); // the Search view stays open for the next test
    }
}
