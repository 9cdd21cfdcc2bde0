package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.attune.coding.Texts;
import org.attune.model.Coding;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.attune.ui.WidgetIds;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.preferences.CodingPreferences;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The current coder (#17): Edit > Switch Coder... to Ben, the status line says so, a coding made then carries Ben
 * in the store, and Coded Segments' coder choice shows it under "Mine" and hides it under another coder.
 */
class CoderModeUiTest {
    private ProjectStore store;
    private Shell window;
    private String coderBefore;

    @BeforeEach
    void openTheSample(@TempDir Path tmp) throws Exception {
        coderBefore = CodingPreferences.coder();
        store = SampleStudy.openSample(tmp);
        window = UiThread.call(() -> org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
    }

    @AfterEach
    void closeTheProject() {
        SampleStudy.closeEditorsAndProject();
        UiThread.run(() -> org.attune.ui.CurrentCoder.switchTo(coderBefore == null ? "" : coderBefore));
    }

    @Test
    void switchToBenCodeAndFilterMineAndAnotherCoder() throws Exception {
        Input.select(Widgets.menuItem(window, "Edit", "Switch Coder..."));
        Shell ask = Widgets.shell("Switch Coder");
        Combo name = Widgets.byId(ask, Combo.class, WidgetIds.SWITCH_CODER_NAME);
        UiThread.run(() -> name.setText("Ben"));
        Input.click(Widgets.byText(ask, Button.class, "OK"));
        Label statusCoder = Widgets.byId(window, Label.class, WidgetIds.STATUS_CODER);
        UiThread.waitUntil("the status line naming Ben", () -> statusCoder.getText().equals("Coder: Ben"));
        assertEquals("Ben", CodingPreferences.coder(), "kept in the preference");

        SourceEditor editor = CodingUiTest.openFromExplorer(window, "C01 Carer Dawn");
        StyledText text = Widgets.byId(window, StyledText.class, WidgetIds.SOURCE_TEXT);
        TextSource dawn = UiThread.call(editor::source);
        String words = "Would you recommend it to other parents?";
        CodingUiTest.selectWords(text, words);
        Text box = Widgets.byId(window, Text.class, WidgetIds.SOURCE_QUICK_CODE);
        Input.clickAt(box);
        Input.type(box, "Reassurance from the guider");
        Input.key(SWT.CR);
        UiThread.waitUntil("the new coding", () -> codingOf(dawn, words) != null);
        Coding coding = UiThread.call(() -> codingOf(dawn, words));
        assertNotNull(coding.getCreatedBy());
        assertEquals("Ben", coding.getCreatedBy().getName(), "the coding carries the coder switched to");

        Table segments = CodingUiTest.segmentsOf(window, "Reassurance from the guider");
        Combo coder = Widgets.byId(window, Combo.class, WidgetIds.SEGMENTS_CODER);
        UiThread.waitUntil("all three segments", () -> segments.getItemCount() == 3);
        List<String> choices = UiThread.call(() -> Arrays.asList(coder.getItems()));
        assertEquals("All", choices.get(0), choices.toString());
        assertEquals("Mine", choices.get(1), choices.toString());
        assertEquals("Consensus", choices.get(choices.size() - 1), choices.toString());
        assertTrue(choices.contains("Ben"), choices.toString());
        // the coder of the other two segments (the sample's); not just any other name offered: the project's users
        // also include those who only rate (the sample's raters), who coded nothing
        List<String> others = UiThread.call(() -> Arrays.stream(segments.getItems()).filter(i -> !i.getText(6).equals(words))
                .map(i -> i.getText(4)).distinct().toList());
        assertEquals(1, others.size(), "one coder made the other segments: " + others);
        String other = others.get(0);
        assertTrue(!other.equals("Ben") && choices.contains(other), other + " offered in " + choices);

        choose(coder, "Mine");
        UiThread.waitUntil("only Ben's segment", () -> segments.getItemCount() == 1
                && segments.getItem(0).getText(6).equals(words) && segments.getItem(0).getText(4).equals("Ben"));
        choose(coder, other);
        UiThread.waitUntil("Ben's segment hidden under " + other, () -> Arrays.stream(segments.getItems())
                .noneMatch(i -> i.getText(6).equals(words)) && segments.getItemCount() == 2);
        choose(coder, "All");
        UiThread.waitUntil("all three again", () -> segments.getItemCount() == 3);
    }

    private static void choose(Combo combo, String label) {
        UiThread.run(() -> {
            combo.select(Arrays.asList(combo.getItems()).indexOf(label));
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    private Coding codingOf(TextSource source, String words) {
        String text = store.text(source);
        return source.getCodings().stream().filter(c -> c.getCode().getName().equals("Reassurance from the guider")
                && Texts.slice(text, (int) c.start(), (int) c.end()).equals(words)).findFirst().orElse(null);
    }
}
