package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.attune.coding.Codebook;
import org.attune.coding.Colours;
import org.attune.coding.Texts;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.TextSource;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.testsupport.Dialogs;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.RanCommands;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

/**
 * Coding in the real workbench on the sample project: open a transcript from the Project Explorer, select
 * words, code them with the quick-code box, see the highlight's stripe in the code's colour and the segment in
 * the Coded Segments view, filter by role, undo and see both go; in vivo and the recent-code shortcut.
 */
class CodingUiTest extends SampleStudy {
    static final Path SCREENSHOTS = Path.of(System.getProperty("attune.screenshots", "target/screenshots"));

    /** Opens a transcript as a researcher does: select it in the Project Explorer and press Enter (double-click). */
    static SourceEditor openFromExplorer(Shell window, String name) {
        Tree explorer = Widgets.byId(window, Tree.class, WidgetIds.PROJECT_TREE);
        UiThread.waitUntil("the source in the explorer", () -> find(explorer.getItems(), name) != null);
        UiThread.run(() -> {
            TreeItem item = find(explorer.getItems(), name);
            explorer.setSelection(item);
            explorer.notifyListeners(SWT.Selection, event(item));
            explorer.notifyListeners(SWT.DefaultSelection, event(item));
        });
        UiThread.waitUntil("the transcript's editor", () -> page().getActiveEditor() instanceof SourceEditor e
                && e.getPartName().equals(name));
        return UiThread.call(() -> (SourceEditor) page().getActiveEditor());
    }

    private static Event event(TreeItem item) {
        Event e = new Event();
        e.item = item;
        return e;
    }

    /** Selects an item of the Project Explorer by its label, as a click does. */
    static void selectInExplorer(Tree explorer, String label) {
        UiThread.waitUntil(label + " in the explorer", () -> find(explorer.getItems(), label) != null);
        UiThread.run(() -> {
            TreeItem item = find(explorer.getItems(), label);
            explorer.setSelection(item);
            explorer.notifyListeners(SWT.Selection, event(item));
        });
    }

    /** Finds an item by its label, expanding collapsed items as a click on their arrow does (JFace fills them then). */
    static TreeItem find(TreeItem[] items, String text) {
        return Widgets.treeItem(items, text);
    }

    /** Opens Coded Segments (Window menu) and selects {@code code} in the Codebook; returns the segments' table. */
    static Table segmentsOf(Shell window, String code) {
        Input.select(Widgets.menuItem(window, "Window", "Coded Segments"));
        Tree codebook = Widgets.byId(window, Tree.class, WidgetIds.CODEBOOK_TREE);
        Input.focus(codebook);
        UiThread.run(() -> {
            TreeItem item = find(codebook.getItems(), code);
            codebook.setSelection(item);
            codebook.notifyListeners(SWT.Selection, event(item));
        });
        return Widgets.byId(window, Table.class, WidgetIds.SEGMENTS_TABLE);
    }

    static void selectWords(StyledText text, String words) {
        UiThread.run(() -> {
            int at = text.getText().indexOf(words);
            assertTrue(at >= 0, words);
            text.setSelection(at, at + words.length());
            text.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static RGB rgb(Code code) {
        int[] c = Colours.rgb(code.getColour());
        return new RGB(c[0], c[1], c[2]);
    }

    private Coding codingOf(TextSource source, String code, String words) {
        String text = store.text(source);
        return source.getCodings().stream().filter(c -> c.getCode().getName().equals(code)
                && Texts.slice(text, (int) c.start(), (int) c.end()).equals(words)).findFirst().orElse(null);
    }

    @Test
    void codeSelectedWordsSeeTheStripeAndTheSegmentThenUndo() throws Exception {
        SourceEditor editor = openFromExplorer(window, "C01 Carer Dawn");
        StyledText text = Widgets.byId(window, StyledText.class, WidgetIds.SOURCE_TEXT);
        Label status = Widgets.byId(window, Label.class, WidgetIds.SOURCE_STATUS);
        assertEquals("8 codings", UiThread.call(status::getText));
        TextSource dawn = UiThread.call(editor::source);

        String words = "Would you recommend it to other parents?";
        selectWords(text, words);
        Text box = Widgets.byId(window, Text.class, WidgetIds.SOURCE_QUICK_CODE);
        Input.clickAt(box); // the pointer on the box: without a window manager the keyboard follows the pointer
        Input.type(box, "Reassurance from the guider");
        Input.key(SWT.CR);
        UiThread.waitUntil("the new coding", () -> status.getText().equals("9 codings"));
        Coding coding = UiThread.call(() -> codingOf(dawn, "Reassurance from the guider", words));
        assertTrue(coding != null, "the coding is in the store");
        assertEquals(57L, store.summary().codings(), "committed: the 56 sample codings (55 and the sand tableau's region) and this one");

        Canvas stripes = Widgets.byId(window, Canvas.class, WidgetIds.SOURCE_STRIPES);
        Rectangle stripe = UiThread.call(() -> editor.stripeOf(coding).orElseThrow());
        UiThread.flush();
        RGB codeColour = UiThread.call(() -> rgb(coding.getCode()));
        UiThread.waitUntil("the stripe painted in the code's colour",
                () -> close(Screenshots.pixel(stripes, stripe.x + stripe.width / 2, stripe.y + stripe.height / 2), codeColour));
        Screenshots.capture(SCREENSHOTS.resolve("coding.png"));

        // The Coded Segments view shows the code's segments, beside its source, speaker and case.
        Input.select(Widgets.menuItem(window, "Window", "Coded Segments"));
        Tree codebook = Widgets.byId(window, Tree.class, WidgetIds.CODEBOOK_TREE);
        Input.focus(codebook);
        UiThread.run(() -> {
            TreeItem item = find(codebook.getItems(), "Reassurance from the guider");
            codebook.setSelection(item);
            codebook.notifyListeners(SWT.Selection, event(item));
        });
        Table segments = Widgets.byId(window, Table.class, WidgetIds.SEGMENTS_TABLE);
        UiThread.waitUntil("three segments", () -> segments.getItemCount() == 3);
        List<String> row = UiThread.call(() -> Arrays.stream(segments.getItems()).filter(i -> i.getText(6).equals(words))
                .map(i -> List.of(i.getText(1), i.getText(2), i.getText(3))).findFirst().orElseThrow());
        assertEquals(List.of("C01 Carer Dawn", "Interviewer", "Dawn"), row, "an unlinked turn belongs to the source's case");
        Text where = Widgets.byId(window, Text.class, WidgetIds.SEGMENTS_WHERE);
        Label whereLabel = Widgets.byId(window, Label.class, WidgetIds.SEGMENTS_WHERE_LABEL);
        assertEquals(Messages.CodedSegmentsView_where, UiThread.call(whereLabel::getText));
        UiThread.run(() -> where.setText("source.Kind=nothing of the sample"));
        UiThread.waitUntil("no source has it", () -> segments.getItemCount() == 0);
        assertEquals(Messages.CodedSegmentsView_whereSources, UiThread.call(whereLabel::getText), "a source attribute narrows sources");
        UiThread.run(() -> where.setText("role=guider"));
        UiThread.waitUntil("no guider said it", () -> segments.getItemCount() == 0);
        assertEquals(Messages.CodedSegmentsView_where, UiThread.call(whereLabel::getText));
        UiThread.run(() -> where.setText("role=carer"));
        UiThread.waitUntil("the carers' segments", () -> segments.getItemCount() == 3);
        assertEquals(List.of("C01 Carer Dawn", "C01 Carer Dawn", "C03 Carer Priya"), UiThread.call(() -> Arrays.stream(segments.getItems())
                .map(i -> i.getText(1)).toList()));

        // Edit > Undo names the action it takes back, in the menu and its tooltip; then Redo names it.
        MenuItem undo = Widgets.menuItem(window, "Edit", "Undo Code with 'Reassurance from the guider'");
        assertEquals("Undo Code with 'Reassurance from the guider'", UiThread.call(undo::getToolTipText));
        Input.select(undo);
        UiThread.waitUntil("the coding undone", () -> status.getText().equals("8 codings"));
        assertEquals(56L, store.summary().codings(), "the sample's 56 again");
        assertTrue(UiThread.call(Widgets.menuItem(window, "Edit", "Redo Code with 'Reassurance from the guider'")::isEnabled));
        MenuItem before = Widgets.menuItemStartingWith(window, "Edit", "Undo");
        assertFalse(UiThread.call(() -> Widgets.textOf(before)).contains("Reassurance"), "Undo names the action before");
        UiThread.waitUntil("the segment gone", () -> segments.getItemCount() == 2
                && Arrays.stream(segments.getItems()).noneMatch(i -> i.getText(6).equals(words)));
        UiThread.waitUntil("the stripe gone", () -> !close(Screenshots.pixel(stripes, stripe.x + stripe.width / 2,
                stripe.y + stripe.height / 2), codeColour));
    }

    /** Opens Priya's transcript from the explorer with "little games that are ours" selected in it. */
    private SourceEditor priyaWithLittleGamesSelected() {
        SourceEditor editor = openFromExplorer(window, "C03 Carer Priya");
        selectWords(Widgets.byId(window, StyledText.class, WidgetIds.SOURCE_TEXT), "little games that are ours");
        return editor;
    }

    @Test
    void inVivoRecentCodeShortcutStripeClickAndUncodeFromTheContextMenu() throws Exception {
        SourceEditor editor = priyaWithLittleGamesSelected();
        StyledText text = Widgets.byId(window, StyledText.class, WidgetIds.SOURCE_TEXT);
        TextSource priya = UiThread.call(editor::source);
        // the button runs the In Vivo command (#16), as Ctrl+I and the context menu do
        try (RanCommands ran = RanCommands.record()) {
            Input.click(Widgets.byId(window, Button.class, WidgetIds.SOURCE_IN_VIVO));
            UiThread.waitUntil("the in-vivo code", () -> new Codebook(store).find("little games that are ours").isPresent());
            assertTrue(ran.list().contains("inVivo[]"), ran.list().toString()); // SourceEditor.IN_VIVO
        }
        Coding vivo = UiThread.call(() -> codingOf(priya, "little games that are ours", "little games that are ours"));
        assertTrue(vivo != null);

        selectWords(text, "We have little games");
        Input.focus(text);
        Input.chord(SWT.CTRL, '1');
        UiThread.waitUntil("the recent code applied", () -> codingOf(priya, "little games that are ours", "We have little games") != null);

        // Key Assist in the transcript lists the keys bound in its context: Ctrl+1 (…9) and Ctrl+I.
        Input.chord(SWT.CTRL | SWT.SHIFT, 'l');
        UiThread.waitUntil("Key Assist listing Code with Recent Code", () -> Widgets.popupTableRows(window).stream()
                .anyMatch(row -> row.startsWith("Code with Recent Code")));
        List<String> rows = UiThread.call(() -> Widgets.popupTableRows(window));
        assertTrue(rows.contains("Code with Recent Code|Ctrl+1"), rows.toString()); // Key Assist shows a command's first key
        assertTrue(rows.contains("Code In Vivo|Ctrl+I"), rows.toString());
        Screenshots.capture(SCREENSHOTS.resolve("key-assist-transcript.png"));
        Input.key(SWT.ESC);
        UiThread.waitUntil("Key Assist closed", () -> Widgets.popupTableRows(window).isEmpty());
        Input.focus(text);

        // A click on a stripe selects its coding (its words are selected in the text).
        Canvas stripes = Widgets.byId(window, Canvas.class, WidgetIds.SOURCE_STRIPES);
        Rectangle stripe = UiThread.call(() -> editor.stripeOf(vivo).orElseThrow());
        Input.clickAt(stripes, stripe.x + stripe.width / 2, stripe.y + stripe.height / 2);
        UiThread.waitUntil("the coding's words selected", () -> text.getSelectionText().equals("little games that are ours")
                || text.getSelectionText().equals("We have little games"));

        // The context menu's items are commands (plugin.xml): the recent codes with their keys, in vivo, and for
        // each coding under the selection uncode, recode and annotate; Uncode All Here where there are several.
        selectWords(text, "little games that are ours");
        List<String> labels = Widgets.contextMenuLabels(text);
        assertEquals("Code with little games that are ours|Ctrl+1", labels.get(0), "the code used last, with its key: " + labels);
        assertTrue(labels.contains("Code In Vivo|Ctrl+I"), labels.toString());
        assertEquals(2, labels.stream().filter(l -> l.equals("Uncode little games that are ours")).count(),
                "both codings under the selection can be taken off: " + labels);
        assertTrue(labels.contains("Uncode All Here"), labels.toString());
        Input.select(Widgets.contextMenuItem(text, "Uncode little games that are ours"));
        UiThread.waitUntil("one coding taken off", () -> priya.getCodings().stream()
                .filter(c -> c.getCode().getName().equals("little games that are ours")).count() == 1);
        assertNotEquals(null, UiThread.call(() -> new Codebook(store).find("little games that are ours").orElse(null)),
                "uncoding keeps the code");
        assertFalse(Widgets.contextMenuLabels(text).contains("Uncode All Here"), "one coding left here");
    }

    @Test
    void aCodingIsAnnotatedRecodedAndAllCodingsHereUncodedFromTheTranscriptsContextMenu() throws Exception {
        SourceEditor editor = priyaWithLittleGamesSelected();
        StyledText text = Widgets.byId(window, StyledText.class, WidgetIds.SOURCE_TEXT);
        TextSource priya = UiThread.call(editor::source);
        Input.click(Widgets.byId(window, Button.class, WidgetIds.SOURCE_IN_VIVO));
        UiThread.waitUntil("the in-vivo code", () -> codingOf(priya, "little games that are ours", "little games that are ours") != null);

        Input.select(Widgets.contextMenuItem(text, "Annotate little games that are ours..."));
        Dialogs.answer("Annotate Coding", "said while laughing");
        UiThread.waitUntil("the note", () -> "said while laughing".equals(
                codingOf(priya, "little games that are ours", "little games that are ours").getNote()));

        Input.select(Widgets.contextMenuItem(text, "Recode little games that are ours As..."));
        Dialogs.answer("Recode", "Conversation without words");
        UiThread.waitUntil("recoded", () -> codingOf(priya, "Conversation without words", "little games that are ours") != null);

        Input.select(Widgets.contextMenuItem(text, "Code In Vivo"));
        UiThread.waitUntil("coded in vivo again", () -> codingOf(priya, "little games that are ours", "little games that are ours") != null);
        int before = UiThread.call(() -> priya.getCodings().size());
        Input.select(Widgets.contextMenuItem(text, "Uncode All Here"));
        UiThread.waitUntil("both codings here taken off", () -> priya.getCodings().size() == before - 2);
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("both back with one undo step", () -> priya.getCodings().size() == before);
    }

    /** Equal colours up to the display's rounding. */
    static boolean close(RGB a, RGB b) {
        return Math.abs(a.red - b.red) <= 8 && Math.abs(a.green - b.green) <= 8 && Math.abs(a.blue - b.blue) <= 8;
    }
}
