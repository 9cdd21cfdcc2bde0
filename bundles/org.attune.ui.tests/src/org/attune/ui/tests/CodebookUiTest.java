package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.attune.coding.Codebook;
import org.attune.coding.CodedSegments;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.ui.WidgetIds;
import org.attune.ui.dialogs.CodeDialog;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.views.CodebookView;
import org.attune.ui.testsupport.Dialogs;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Codebook, Memos and Cases views on the sample project, driven through their menus, dialogs and cells. */
class CodebookUiTest extends SampleStudy {
    private Tree tree;

    @BeforeEach
    void openTheCodebook() throws Exception {
        Input.select(Widgets.menuItem(window, "Window", "Codebook"));
        tree = Widgets.byId(window, Tree.class, WidgetIds.CODEBOOK_TREE);
    }

    /** The code of that name now; callable inside and outside UI-thread conditions. */
    private Code code(String name) {
        java.util.function.Supplier<Code> find = () -> new Codebook(store).find(name).orElse(null);
        return org.eclipse.swt.widgets.Display.getCurrent() != null ? find.get() : UiThread.call(find);
    }

    private void select(String name) {
        UiThread.run(() -> {
            TreeItem item = CodingUiTest.find(tree.getItems(), name);
            Input.selectItem(item);
        });
    }

    /**
     * Types {@code typed} into the code picker titled {@code title}, as a user does, waits until the list has
     * narrowed and presses OK (on its first entry); returns the entries the list showed.
     */
    static List<String> pick(String title, String typed) {
        Shell dialog = Widgets.shell(title);
        List<String> shown = CodePickerUiTest.narrow(dialog, typed);
        try {
            Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("code-picker-" + typed + ".png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Input.click(Widgets.byText(dialog, Button.class, "OK"));
        UiThread.waitUntil("the picker closed", () -> dialog.isDisposed());
        return shown;
    }

    @Test
    void createEditRelevelMergeNestDeleteAndUndoThroughTheCodebook() throws Exception {
        UiThread.waitUntil("four themes", () -> tree.getItemCount() == 4);
        assertEquals(List.of("Seeing strengths", "candidate theme", "19", "6"), UiThread.call(() -> List.of(
                tree.getItem(0).getText(0), tree.getItem(0).getText(1), tree.getItem(0).getText(2), tree.getItem(0).getText(3))),
                "a theme counts its codes' codings and sources");

        Text filter = Widgets.byId(window, Text.class, WidgetIds.CODEBOOK_FILTER);
        UiThread.run(() -> filter.setText("supervis"));
        UiThread.waitUntil("only Supervision's theme", () -> tree.getItemCount() == 1 && tree.getItem(0).getItemCount() == 1
                && tree.getItem(0).getItem(0).getText(0).equals("Supervision") && tree.getItem(0).getItem(0).getText(2).equals("3"));
        UiThread.run(() -> filter.setText(""));
        UiThread.waitUntil("all themes again", () -> tree.getItemCount() == 4);

        select("Seeing strengths");
        Input.select(Widgets.contextMenuItem(tree, "New Sub-code..."));
        Dialogs.answer("New Sub-code", "Mirroring");
        UiThread.waitUntil("the new code", () -> code("Mirroring") != null);
        assertEquals("Seeing strengths", code("Mirroring").getParent().getName());
        assertEquals(AnalyticLevel.INITIAL_CODE, code("Mirroring").getLevel(), "a theme's new code is an initial code");

        // Edit Definition... opens the code dialog; Save changes name, level and definition as one action.
        select("Mirroring");
        Input.select(Widgets.contextMenuItem(tree, "Edit Definition..."));
        Shell dialog = Widgets.shell(CodeDialog.TITLE + " Mirroring");
        Text definition = Widgets.byId(dialog, Text.class, WidgetIds.CODE_DEFINITION);
        Input.type(definition, "The carer copies the child");
        var level = Widgets.byId(dialog, org.eclipse.swt.widgets.Combo.class, WidgetIds.CODE_LEVEL);
        UiThread.run(() -> level.select(AnalyticLevel.AXIAL_VALUE));
        Input.click(Widgets.byText(dialog, Button.class, "Save"));
        UiThread.waitUntil("the definition saved", () -> "The carer copies the child".equals(code("Mirroring").getDefinition()));
        assertEquals(AnalyticLevel.AXIAL, code("Mirroring").getLevel());

        // Level menu: a radio item per level, the code's own checked.
        select("Supervision");
        assertTrue(Widgets.inContextMenu(tree, MenuItem::getSelection, "Level", "Initial code (thematic analysis)"),
                "the menu checks Supervision's level");
        var selective = Widgets.contextMenuItem(tree, "Level", "Selective (grounded theory)");
        UiThread.run(() -> selective.setSelection(true));
        Input.select(selective);
        UiThread.waitUntil("re-levelled", () -> code("Supervision").getLevel() == AnalyticLevel.SELECTIVE);

        // The level of several codes is one action: one undo takes it back for all.
        UiThread.run(() -> {
            tree.setSelection(new TreeItem[] {CodingUiTest.find(tree.getItems(), "Caseload pressure"),
                    CodingUiTest.find(tree.getItems(), "Calmer routines")});
            tree.notifyListeners(SWT.Selection, new Event());
        });
        var axial = Widgets.contextMenuItem(tree, "Level", "Axial (grounded theory)");
        UiThread.run(() -> axial.setSelection(true));
        Input.select(axial);
        UiThread.waitUntil("both re-levelled", () -> code("Caseload pressure").getLevel() == AnalyticLevel.AXIAL
                && code("Calmer routines").getLevel() == AnalyticLevel.AXIAL);
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("both back after one undo", () -> code("Caseload pressure").getLevel() == AnalyticLevel.INITIAL_CODE
                && code("Calmer routines").getLevel() == AnalyticLevel.INITIAL_CODE);
        assertEquals(AnalyticLevel.SELECTIVE, code("Supervision").getLevel(), "the undo took back only that one action");

        // Move to Top Level is for sub-codes (a property tester in plugin.xml).
        select("Conditions for guiding");
        assertFalse(Widgets.inContextMenu(tree, MenuItem::isEnabled, "Move to Top Level"), "a theme is at the top already");
        select("Supervision");
        assertTrue(Widgets.inContextMenu(tree, MenuItem::isEnabled, "Move to Top Level"), "Supervision is a sub-code");

        // Merge: codings move to the target.
        long codings = store.summary().codings();
        select("Time for editing");
        Input.select(Widgets.contextMenuItem(tree, "Merge Into..."));
        assertEquals(List.of("Caseload pressure|Conditions for guiding"), pick(CodebookView.MERGE_TITLE, "casel"),
                "typing narrows the list to the codes whose name or path holds it, each with where it sits");
        UiThread.waitUntil("merged", () -> code("Time for editing") == null);
        assertTrue(UiThread.call(Widgets.menuItem(window, "Edit", "Undo Merge 'Time for editing' into 'Caseload pressure'")::isEnabled),
                "Edit > Undo names the merge");
        Code caseload = code("Caseload pressure");
        assertEquals(4, UiThread.call(() -> new Codebook(store).codingsOf(List.of(caseload), false).size()));
        assertEquals(codings, store.summary().codings(), "a merge loses no coding");

        // Move Under...: nests a code under one picked from the list (without drag and drop).
        select("Caseload pressure");
        Input.select(Widgets.contextMenuItem(tree, "Move Under..."));
        List<String> offered = pick(CodebookView.MOVE_TITLE, "staff");
        assertTrue(offered.get(0).startsWith("Staff turnover and training"), offered.toString());
        UiThread.waitUntil("moved under", () -> code("Caseload pressure").getParent() == code("Staff turnover and training"));
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("the move undone", () -> code("Caseload pressure").getParent() == code("Conditions for guiding"));

        // Nesting by drag and drop: the drop does what a drag of one code onto another does.
        CodebookView view = UiThread.call(() -> (CodebookView) Workbench.page().findView(CodebookView.ID));
        Code mirroring = code("Mirroring");
        Code noticing = code("Noticing the child's initiatives");
        assertTrue(UiThread.call(() -> view.drop(noticing, new StructuredSelection(mirroring))));
        UiThread.waitUntil("nested", () -> code("Mirroring").getParent() == noticing);

        // Delete asks first; undo restores the code and its codings.
        select("Caseload pressure");
        Input.select(Widgets.contextMenuItem(tree, "Delete..."));
        Shell confirm = Widgets.shell("Delete Codes");
        Input.click(Widgets.byText(confirm, Button.class, "OK"));
        UiThread.waitUntil("deleted", () -> code("Caseload pressure") == null);
        assertEquals(codings - 4, store.summary().codings());
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("codebook.png"));
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("restored", () -> code("Caseload pressure") != null);
        assertEquals(codings, store.summary().codings());
        UiThread.waitUntil("shown again", () -> CodingUiTest.find(tree.getItems(), "Caseload pressure") != null);
    }

    @Test
    void selectedSegmentsAreSplitOffIntoANewCode() throws Exception {
        Input.select(Widgets.menuItem(window, "Window", "Coded Segments"));
        Input.focus(tree);
        select("Supervision");
        Table segments = Widgets.byId(window, Table.class, WidgetIds.SEGMENTS_TABLE);
        UiThread.waitUntil("Supervision's three segments", () -> segments.getItemCount() == 3);
        UiThread.run(() -> {
            segments.setSelection(new int[] {0, 1});
            segments.notifyListeners(SWT.Selection, new Event()); // as a click does
        });
        Input.select(Widgets.contextMenuItem(segments, "Split Off Into New Code..."));
        Dialogs.answer("Split Code", "Guiders' own supervision");
        UiThread.waitUntil("the new code", () -> code("Guiders' own supervision") != null);
        Code split = code("Guiders' own supervision");
        assertEquals(2, UiThread.call(() -> new Codebook(store).codingsOf(List.of(split), false).size()));
        assertEquals(1, UiThread.call(() -> new Codebook(store).codingsOf(List.of(code("Supervision")), false).size()));
        assertEquals("Conditions for guiding", split.getParent().getName(), "a sibling of the code it came from");
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("undone", () -> code("Guiders' own supervision") == null);
        assertEquals(3, UiThread.call(() -> new Codebook(store).codingsOf(List.of(code("Supervision")), false).size()));

        // Open (the context menu's other command) opens the transcript with the segment's coding selected.
        UiThread.waitUntil("the three segments again", () -> segments.getItemCount() == 3);
        UiThread.run(() -> {
            segments.setSelection(new int[] {1});
            segments.notifyListeners(SWT.Selection, new Event());
        });
        CodedSegments.Segment second = UiThread.call(() -> (CodedSegments.Segment) segments.getItem(1).getData());
        Input.select(Widgets.contextMenuItem(segments, "Open"));
        UiThread.waitUntil("the segment's transcript", () -> Workbench.page().getActiveEditor() instanceof SourceEditor e
                && e.source() == second.source() && e.selectedRange().map(r -> r[0] == second.start() && r[1] == second.end()).orElse(false));
    }

    @Test
    void memosAreWrittenWithListsSearchedAndShownBesideTheirCode() throws Exception {
        Input.select(Widgets.menuItem(window, "Window", "Memos"));
        Table list = Widgets.byId(window, Table.class, WidgetIds.MEMO_LIST);
        UiThread.waitUntil("the sample's memos (with the one on the sand tableau's region)", () -> list.getItemCount() == 5);
        Input.click(Widgets.byId(window, Button.class, WidgetIds.MEMO_NEW));
        UiThread.waitUntil("a new memo", () -> list.getItemCount() == 6);
        Text title = Widgets.byId(window, Text.class, WidgetIds.MEMO_TITLE);
        UiThread.run(() -> title.setText("Reflexive note"));
        StyledText body = Widgets.byId(window, StyledText.class, WidgetIds.MEMO_BODY);
        Input.type(body, "Two patterns:");
        Input.key(SWT.CR);
        Input.type(body, "- waiting");
        Input.key(SWT.CR);
        Input.type(body, "listening");
        Input.click(Widgets.byId(window, Button.class, WidgetIds.MEMO_SAVE));
        UiThread.waitUntil("the memo saved", () -> store.project().getMemos().stream()
                .anyMatch(m -> m.getTitle().equals("Reflexive note") && "Two patterns:\n- waiting\n- listening".equals(m.getText())));

        Text search = Widgets.byId(window, Text.class, WidgetIds.MEMO_SEARCH);
        UiThread.run(() -> search.setText("listening patterns"));
        UiThread.waitUntil("found by its words", () -> list.getItemCount() == 1 && list.getItem(0).getText(0).equals("Reflexive note"));
        UiThread.run(() -> search.setText(""));

        // New Memo About Code from the Codebook: the memo is attached and listed beside the code.
        select("Supervision");
        Input.select(Widgets.contextMenuItem(tree, "New Memo About Code..."));
        Dialogs.answer("New Memo", "Supervision as mirror");
        UiThread.waitUntil("listed beside the code", () -> list.getItemCount() == 1
                && list.getItem(0).getText(0).equals("Supervision as mirror") && list.getItem(0).getText(1).equals("code Supervision"));
    }

    @Test
    void theCaseSheetEditsAttributesAndLinksSpeakers() throws Exception {
        Input.select(Widgets.menuItem(window, "Window", "Cases"));
        Table sheet = Widgets.byId(window, Table.class, WidgetIds.CASES_TABLE);
        UiThread.waitUntil("six cases", () -> sheet.getItemCount() == 6);
        var view = UiThread.call(() -> (org.attune.ui.views.CasesView) Workbench.page().findView(org.attune.ui.views.CasesView.ID));
        // Edit a cell as a click on it does: the cell editor opens, typing and Enter commit.
        UiThread.run(() -> view.viewer().editElement(store.project().getCases().get(2), 1));
        Text cell = Widgets.find(sheet, Text.class, t -> true, "the cell editor");
        UiThread.run(() -> cell.setText("foster carer"));
        Input.focus(cell);
        Input.key(SWT.CR);
        UiThread.waitUntil("the role saved", () -> "foster carer".equals(store.project().getCases().get(2).getRole()));
        assertEquals("foster carer", UiThread.call(() -> sheet.getItem(2).getText(1)));

        Input.click(Widgets.byId(window, Button.class, WidgetIds.CASES_LINK_SPEAKER));
        Shell link = Widgets.shell(org.attune.ui.dialogs.LinkSpeakerDialog.TITLE);
        var source = Widgets.byId(link, org.eclipse.swt.widgets.Combo.class, WidgetIds.LINK_SOURCE);
        var speaker = Widgets.byId(link, org.eclipse.swt.widgets.Combo.class, WidgetIds.LINK_SPEAKER);
        var target = Widgets.byId(link, org.eclipse.swt.widgets.Combo.class, WidgetIds.LINK_CASE);
        UiThread.run(() -> {
            source.select(source.indexOf("C02 Carer Marcus"));
            source.notifyListeners(SWT.Selection, new Event());
            speaker.select(speaker.indexOf("Interviewer"));
            target.select(target.indexOf("Ruth"));
        });
        Input.click(Widgets.byText(link, Button.class, "OK"));
        UiThread.waitUntil("the interviewer's turns linked", () -> {
            var marcus = (org.attune.model.TextSource) store.project().getSources().stream()
                    .filter(s -> s.getName().equals("C02 Carer Marcus")).findFirst().orElseThrow();
            return marcus.getTurns().stream().filter(t -> t.getSpeaker().equals("Interviewer"))
                    .allMatch(t -> t.getCase() != null && t.getCase().getName().equals("Ruth"));
        });
    }
}
