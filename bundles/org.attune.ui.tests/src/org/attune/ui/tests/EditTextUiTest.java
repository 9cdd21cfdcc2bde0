package org.attune.ui.tests;

import static org.attune.ui.tests.CodingUiTest.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.attune.coding.Colours;
import org.attune.coding.Texts;
import org.attune.model.Coding;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;
import org.attune.ui.WidgetIds;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

/**
 * Correcting a coded transcript of the sample study in the workbench: Edit > Edit Text, type inside a coded
 * sentence (the coding, its highlight and stripe and its Coded Segments row take the typed word in, the codings
 * after it keep their words), delete coded words (a coding held whole goes), and Edit > Undo brings it back.
 */
class EditTextUiTest extends SampleStudy {
    private static final String ANNA = "G01 Guider Anna";
    private static final String FEAR = "He thought the camera was there to catch him out.";
    private static final String TRUST = "It took three visits before he trusted me enough to watch.";

    private Coding codingOf(TextSource source, String code) {
        return source.getCodings().stream().filter(c -> c.getCode().getName().equals(code)).findFirst().orElse(null);
    }

    private String words(TextSource source, Coding coding) {
        return Texts.slice(store.text(source), (int) coding.start(), (int) coding.end());
    }

    @Test
    void typeIntoACodedSentenceDeleteCodedWordsAndUndo() throws Exception {
        SourceEditor editor = CodingUiTest.openFromExplorer(window, ANNA);
        StyledText text = Widgets.byId(window, StyledText.class, WidgetIds.SOURCE_TEXT);
        Label status = Widgets.byId(window, Label.class, WidgetIds.SOURCE_STATUS);
        TextSource anna = UiThread.call(editor::source);
        Coding fear = UiThread.call(() -> codingOf(anna, "Fear of judgement"));
        Coding trust = UiThread.call(() -> codingOf(anna, "Building trust over visits"));
        assertEquals(FEAR, UiThread.call(() -> words(anna, fear)));
        String codings = UiThread.call(status::getText);
        assertFalse(UiThread.call(text::getEditable), "a transcript opens read-only");

        Input.select(Widgets.menuItem(window, "Edit", "Edit Text"));
        UiThread.waitUntil("editing", () -> text.getEditable() && status.getText().contains("Editing"));
        MenuItem toggle = Widgets.menuItem(window, "Edit", "Edit Text");
        assertTrue(UiThread.call(toggle::getSelection), "Edit Text is checked");

        // type "video " inside the coded sentence, before "camera"
        Input.clickAt(text); // the pointer on the text: without a window manager the keyboard follows the pointer
        UiThread.run(() -> text.setCaretOffset(text.getText().indexOf("camera was there")));
        Input.type(text, "video ");
        String corrected = "He thought the video camera was there to catch him out.";
        UiThread.waitUntil("the typed word in the store", () -> store.text(anna).contains(corrected));
        assertEquals(corrected, UiThread.call(() -> words(anna, fear)), "text typed inside a coding extends it");
        assertEquals(TRUST, UiThread.call(() -> words(anna, trust)), "a coding after the edit keeps its words");
        assertTrue(UiThread.call(text::getText).contains(corrected), "the widget shows the corrected text");
        UiThread.waitUntil("the typed word highlighted as coded", () -> {
            StyleRange style = text.getStyleRangeAtOffset(text.getText().indexOf("video camera"));
            return style != null && style.background != null;
        });
        Canvas stripes = Widgets.byId(window, Canvas.class, WidgetIds.SOURCE_STRIPES);
        RGB colour = UiThread.call(() -> {
            int[] c = Colours.rgb(fear.getCode().getColour());
            return new RGB(c[0], c[1], c[2]);
        });
        Rectangle stripe = UiThread.call(() -> editor.stripeOf(fear).orElseThrow());
        UiThread.flush();
        UiThread.waitUntil("the stripe of the coding in its colour", () -> close(Screenshots.pixel(stripes, stripe.x + stripe.width / 2,
                stripe.y + stripe.height / 2), colour));
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("edit-text.png"));

        // Coded Segments shows the corrected words
        Table segments = CodingUiTest.segmentsOf(window, "Fear of judgement");
        UiThread.waitUntil("the corrected segment", () -> Arrays.stream(segments.getItems()).anyMatch(i -> i.getText(6).equals(corrected)));

        // delete coded words: the coding of "he went quiet" goes with them, the one around them shrinks
        Coding quiet = UiThread.call(() -> anna.getCodings().stream().filter(c -> words(anna, c).equals("he went quiet")).findFirst()
                .orElseThrow());
        String deleted = "Once he saw his daughter reaching for him, he went quiet";
        Input.clickAt(text);
        UiThread.run(() -> {
            int at = text.getText().indexOf(deleted);
            text.setSelection(at, at + deleted.length());
        });
        Input.key(SWT.BS);
        UiThread.waitUntil("the words deleted", () -> !store.text(anna).contains(deleted));
        assertFalse(UiThread.call(() -> anna.getCodings().contains(quiet)), "a coding held whole by the deletion goes");
        int shown = Integer.parseInt(codings.replaceAll("\\D", ""));
        UiThread.waitUntil("one coding fewer in the status", () -> status.getText().endsWith(" " + (shown - 1) + " codings"));
        UiThread.waitUntil("the widget without the words", () -> !text.getText().contains(deleted));

        MenuItem undo = Widgets.menuItem(window, "Edit", "Undo Delete text in '" + ANNA + "'");
        Input.select(undo);
        UiThread.waitUntil("the deletion undone", () -> store.text(anna).contains(deleted) && text.getText().contains(deleted));
        assertTrue(UiThread.call(() -> anna.getCodings().contains(quiet)), "undo brings the coding back");
        assertEquals("he went quiet", UiThread.call(() -> words(anna, quiet)));
        assertNotNull(UiThread.call(quiet::getCreatedBy), "with its coder");
        assertEquals(UiThread.call(() -> store.text(anna)), UiThread.call(text::getText), "the widget shows the store's text");

        // a word typed over the coding's last word replaces it as one edit: the coding keeps the new word, one Undo
        // takes the word back
        Input.clickAt(text);
        UiThread.run(() -> {
            int at = text.getText().indexOf("watch.");
            text.setSelection(at, at + "watch.".length());
        });
        Input.type(text, "see.");
        String seen = "It took three visits before he trusted me enough to see.";
        UiThread.waitUntil("the word typed over the selection", () -> store.text(anna).contains(seen));
        assertEquals(seen, UiThread.call(() -> words(anna, trust)), "the new word replaces the coded one and stays coded");
        Input.select(Widgets.menuItem(window, "Edit", "Undo Edit text of '" + ANNA + "'"));
        UiThread.waitUntil("the typed word undone at once", () -> store.text(anna).contains(TRUST) && text.getText().contains(TRUST));
        assertEquals(TRUST, UiThread.call(() -> words(anna, trust)));

        Input.select(Widgets.menuItem(window, "Edit", "Edit Text"));
        UiThread.waitUntil("editing ended", () -> !text.getEditable() && !status.getText().contains("Editing"));
    }

    @Test
    void deletingTheLineBreakBetweenTwoTurnsJoinsThemAndUndoSplitsThem() throws Exception {
        SourceEditor editor = CodingUiTest.openFromExplorer(window, ANNA);
        StyledText text = Widgets.byId(window, StyledText.class, WidgetIds.SOURCE_TEXT);
        TextSource anna = UiThread.call(editor::source);
        String answer = "Anna: [00:00:11] I trained as a family support worker first.";
        int turns = UiThread.call(() -> anna.getTurns().size());
        SpeakerTurn question = UiThread.call(() -> anna.getTurns().get(0));
        SpeakerTurn hers = UiThread.call(() -> anna.getTurns().get(1));
        int[] before = UiThread.call(() -> new int[] {question.getStart(), question.getEnd(), hers.getStart(), hers.getEnd()});
        assertEquals("Anna", UiThread.call(hers::getSpeaker), "control: the second turn is Anna's");
        assertNotNull(UiThread.call(hers::getCase), "control: Anna's turn is linked to her case");

        Input.select(Widgets.menuItem(window, "Edit", "Edit Text"));
        UiThread.waitUntil("editing", text::getEditable);
        Input.clickAt(text);
        UiThread.run(() -> text.setCaretOffset(text.getText().indexOf(answer)));
        Input.key(SWT.BS); // the line break before Anna's answer
        UiThread.waitUntil("the line break deleted", () -> store.text(anna).contains("VIG?" + answer));
        assertEquals(turns - 1, UiThread.call(() -> anna.getTurns().size()), "the two turns are one");
        assertFalse(UiThread.call(() -> anna.getTurns().contains(hers)), "the second turn joined the first");
        assertEquals("Interviewer", UiThread.call(question::getSpeaker), "the joined turn is the first speaker's");
        assertEquals(before[0] + "-" + (before[3] - 1), UiThread.call(() -> question.getStart() + "-" + question.getEnd()),
                "the first turn runs on to the end of the second");

        Input.select(Widgets.menuItem(window, "Edit", "Undo Delete text in '" + ANNA + "'"));
        UiThread.waitUntil("the line break back", () -> store.text(anna).contains("VIG?\n" + answer) && text.getText().contains("VIG?\n" + answer));
        assertEquals(turns, UiThread.call(() -> anna.getTurns().size()), "undo splits them again");
        assertTrue(UiThread.call(() -> anna.getTurns().contains(hers)), "the second turn is back");
        assertEquals(Arrays.toString(before), UiThread.call(() -> Arrays.toString(new int[] {question.getStart(), question.getEnd(),
                hers.getStart(), hers.getEnd()})), "both where they were");
        assertEquals("Anna", UiThread.call(hers::getSpeaker));
        assertNotNull(UiThread.call(hers::getCase), "with its case");
        Input.select(Widgets.menuItem(window, "Edit", "Edit Text"));
        UiThread.waitUntil("editing ended", () -> !text.getEditable());
    }
}
