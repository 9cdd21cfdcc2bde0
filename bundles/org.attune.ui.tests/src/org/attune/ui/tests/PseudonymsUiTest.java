package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.attune.coding.pseudonyms.KeyTableFile;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.views.PseudonymsView;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Window > Pseudonyms (#20) on the sample study: a new key table under its own passphrase, the cases, speakers and
 * users, a name typed, a suggestion accepted and one rejected, Apply to Project (undone and redone), then Clean Up
 * Project Files with the backups: the project is open again and no file of its folder holds a replaced name.
 */
class PseudonymsUiTest extends SampleStudy {
    @Override
    @AfterEach
    public void closeTheProject() {
        Workbench.hideView(PseudonymsView.ID); // stacked over the Codebook, where later tests look
        super.closeTheProject();
    }

    @Test
    void keyTableSuggestionsApplyAndCleanUp() throws Exception {
        Input.select(Widgets.menuItem(window, "Window", "Pseudonyms"));
        UiThread.waitUntil("the Pseudonyms view", () -> Workbench.page().findView(PseudonymsView.ID) != null);
        Label status = Widgets.byId(window, Label.class, WidgetIds.PSEUDONYMS_STATUS);
        assertEquals(Messages.PseudonymsView_new, UiThread.call(status::getText));
        Text passphrase = Widgets.byId(window, Text.class, WidgetIds.PSEUDONYMS_PASSPHRASE);
        UiThread.run(() -> passphrase.setText("our key table passphrase"));
        Input.click(Widgets.byId(window, Button.class, WidgetIds.PSEUDONYMS_UNLOCK));
        UiThread.waitUntil("the table open", () -> status.getText().startsWith("Key table open"));

        Table names = Widgets.byId(window, Table.class, WidgetIds.PSEUDONYMS_TABLE);
        Input.click(Widgets.byId(window, Button.class, WidgetIds.PSEUDONYMS_FROM_PROJECT));
        int cases = store.project().getCases().size();
        UiThread.waitUntil("the cases listed", () -> names.getItemCount() > cases);
        assertTrue(Files.exists(KeyTableFile.of(store.folder())), "the key table is saved at once");
        // the login name comes back whenever the project is opened (docs/sensitive-data.md): not a participant's
        UiThread.run(() -> {
            for (int i = 0; i < names.getItemCount(); i++) {
                if (names.getItem(i).getText(0).equals(System.getProperty("user.name"))) {
                    names.setSelection(i);
                }
            }
        });
        Input.click(Widgets.byId(window, Button.class, WidgetIds.PSEUDONYMS_REMOVE));
        UiThread.waitUntil("the login name removed", () -> rowsNow(names).stream().noneMatch(r -> r.equals(System.getProperty("user.name"))));

        Text real = Widgets.byId(window, Text.class, WidgetIds.PSEUDONYMS_REAL);
        Text pseudonym = Widgets.byId(window, Text.class, WidgetIds.PSEUDONYMS_PSEUDONYM);
        UiThread.run(() -> {
            real.setText("Dawn");
            pseudonym.setText("Carer A");
        });
        Input.click(Widgets.byId(window, Button.class, WidgetIds.PSEUDONYMS_ADD));
        UiThread.waitUntil("Dawn added", () -> rowsNow(names).contains("Dawn"));

        PseudonymsView view = (PseudonymsView) UiThread.call(() -> Workbench.page().findView(PseudonymsView.ID));
        Table suggestions = Widgets.byId(window, Table.class, WidgetIds.PSEUDONYMS_SUGGESTIONS);
        assertTrue(UiThread.call(() -> view.selectSuggestion("Tyler")), rows(suggestions).toString());
        Input.click(Widgets.byId(window, Button.class, WidgetIds.PSEUDONYMS_ACCEPT));
        UiThread.waitUntil("Tyler in the key table", () -> rowsNow(names).contains("Tyler"));
        assertFalse(rows(suggestions).contains("Tyler"));
        String other = UiThread.call(() -> suggestions.getItemCount() > 0 ? suggestions.getItem(0).getText(0) : null);
        if (other != null) {
            UiThread.run(() -> view.selectSuggestion(other));
            Input.click(Widgets.byId(window, Button.class, WidgetIds.PSEUDONYMS_REJECT));
            UiThread.waitUntil("the rejected word gone", () -> !rowsNow(suggestions).contains(other));
        }
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("pseudonyms.png"));
        List<String> realNames = rows(names);

        TextSource dawn = UiThread.call(() -> (TextSource) store.project().getSources().stream()
                .filter(s -> s.getName().equals("C01 Carer Dawn")).findFirst().orElseThrow());
        String before = UiThread.call(() -> store.text(dawn));
        assertTrue(before.contains("Tyler"));
        // Apply runs as a job: cancelled before it starts, nothing changes and the view says so
        org.eclipse.core.runtime.jobs.Job.getJobManager().suspend();
        try {
            Input.click(Widgets.byId(window, Button.class, WidgetIds.PSEUDONYMS_APPLY));
            Input.click(Widgets.byText(Widgets.shell(Messages.PseudonymsView_applyTitle), Button.class, "OK"));
            UiThread.waitUntil("the job scheduled", () -> view.applying() != null);
            UiThread.call(() -> view.applying()).cancel();
        } finally {
            org.eclipse.core.runtime.jobs.Job.getJobManager().resume();
        }
        UiThread.waitUntil("not applied", () -> status.getText().equals(Messages.PseudonymsView_notApplied));
        assertEquals(before, UiThread.call(() -> store.text(dawn)));
        assertEquals(List.of(), UiThread.call(() -> store.project().getCases().stream().map(c -> c.getName())
                .filter(n -> n.startsWith("Case ")).toList()));

        Input.click(Widgets.byId(window, Button.class, WidgetIds.PSEUDONYMS_APPLY));
        Shell confirm = Widgets.shell(Messages.PseudonymsView_applyTitle);
        Input.click(Widgets.byText(confirm, Button.class, "OK"));
        UiThread.waitUntil("applied", () -> status.getText().startsWith("Applied"));
        String after = UiThread.call(() -> store.text(dawn));
        assertFalse(after.contains("Tyler") || after.contains("Dawn"), after);
        assertTrue(after.contains("Carer A"), after);
        assertEquals("Case 1", UiThread.call(() -> store.project().getCases().get(0).getName()));
        UiThread.run(store::undo);
        assertEquals(before, UiThread.call(() -> store.text(dawn)), "one action: one undo");
        UiThread.run(store::redo);
        assertEquals(after, UiThread.call(() -> store.text(dawn)));

        Input.click(Widgets.byId(window, Button.class, WidgetIds.PSEUDONYMS_CLEAN_UP));
        Shell cleanUp = Widgets.shell(Messages.PseudonymsView_cleanUpTitle);
        Input.click(Widgets.byText(cleanUp, Button.class, Messages.PseudonymsView_cleanUpAndBackups));
        UiThread.waitUntil("cleaned up", () -> status.getText().startsWith("Project files cleaned up"));
        ProjectStore reopened = UiThread.call(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElseThrow());
        assertNotSame(store, reopened);
        TextSource again = UiThread.call(() -> (TextSource) reopened.project().getSources().stream()
                .filter(s -> s.getId().equals(dawn.getId())).findFirst().orElseThrow());
        assertFalse(UiThread.call(() -> reopened.text(again)).contains("Tyler"));
        assertTrue(rows(names).contains("Tyler"), "the key table stays open");
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(reopened.folder())) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String name : realNames) {
                    if (name.length() > 3 && java.util.regex.Pattern.compile("(?<![A-Za-z0-9])" + java.util.regex.Pattern.quote(name)
                            + "(?![A-Za-z0-9])").matcher(bytes).find()) {
                        found.add(reopened.folder().relativize(file) + ": " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** The first column of each row, read on the UI thread. */
    private static List<String> rowsNow(Table table) {
        return new ArrayList<>(Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList());
    }

    private static List<String> rows(Table table) {
        return UiThread.call(() -> rowsNow(table));
    }
}
