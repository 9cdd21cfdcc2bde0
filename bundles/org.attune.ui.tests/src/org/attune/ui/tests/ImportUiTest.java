package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Import... in the real workbench: wizard, background job, results, and the explorer afterwards. */
class ImportUiTest {
    private static final Path SCREENSHOTS = Path.of(System.getProperty("attune.screenshots", "target/screenshots"));

    @AfterEach
    void closeTheProject() {
        Workbench.closeProject();
    }

    @Test
    void importsFilesAsAJobAndShowsWhatBecameOfEach(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path notes = Files.writeString(in.resolve("carer-notes.txt"), "Interviewer: How was the week?\nCarer: Calmer, we played.");
        Path empty = Files.createFile(in.resolve("empty.txt"));
        ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Import UI", OpenOptions.of("Attune workbench").withBackups(false));
        Shell window = Workbench.open(store);

        Input.select(Widgets.menuItem(window, "File", "Import..."));
        Shell wizard = Widgets.shell("Import");
        Button finish = Widgets.byText(wizard, Button.class, "Finish");
        assertTrue(!UiThread.call(finish::isEnabled), "nothing to import yet");
        Input.type(Widgets.byId(wizard, Text.class, WidgetIds.IMPORT_PATH), notes.toString());
        Input.click(Widgets.byId(wizard, Button.class, WidgetIds.IMPORT_ADD_PATH));
        Text path = Widgets.byId(wizard, Text.class, WidgetIds.IMPORT_PATH);
        UiThread.run(() -> path.setText(empty.toString()));
        Input.click(Widgets.byId(wizard, Button.class, WidgetIds.IMPORT_ADD_PATH));
        Input.type(Widgets.byId(wizard, Text.class, WidgetIds.IMPORT_CASE), "Carer 03");
        UiThread.waitUntil("Finish to be enabled", finish::isEnabled);
        Input.click(finish);

        Shell results = Widgets.shell("Import Finished");
        Table table = Widgets.byId(results, Table.class, WidgetIds.IMPORT_RESULTS);
        List<String> rows = UiThread.call(() -> Arrays.stream(table.getItems())
                .map(i -> i.getText(0) + " " + i.getText(1) + " " + i.getText(2)).toList());
        assertTrue(rows.contains("imported carer-notes.txt 9 words, 2 speaker turns, 0 time codes"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("failed empty.txt the file is empty")), rows.toString());
        Screenshots.capture(SCREENSHOTS.resolve("import-results.png"));

        // The results offer to link the new transcript's speakers to cases.
        Input.click(Widgets.byText(results, Button.class, org.attune.ui.imports.ImportResultDialog.LINK_SPEAKERS));
        Shell link = Widgets.shell(org.attune.ui.dialogs.LinkSpeakerDialog.TITLE);
        var speaker = Widgets.byId(link, org.eclipse.swt.widgets.Combo.class, WidgetIds.LINK_SPEAKER);
        var target = Widgets.byId(link, org.eclipse.swt.widgets.Combo.class, WidgetIds.LINK_CASE);
        UiThread.run(() -> {
            speaker.select(speaker.indexOf("Carer"));
            target.setText("Carer 03");
        });
        Input.click(Widgets.byText(link, Button.class, "OK"));
        UiThread.waitUntil("the carer's turn linked", () -> ((TextSource) store.project().getSources().get(0)).getTurns().stream()
                .filter(t -> t.getSpeaker().equals("Carer")).allMatch(t -> t.getCase() != null && t.getCase().getName().equals("Carer 03")));
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo")); // the link; the import stays, undone below
        UiThread.waitUntil("the link undone", () -> ((TextSource) store.project().getSources().get(0)).getTurns().stream()
                .allMatch(t -> t.getCase() == null));
        Input.click(Widgets.byText(results, Button.class, "Close"));
        UiThread.waitUntil("the results to close", results::isDisposed);

        Tree tree = Widgets.byId(window, Tree.class, WidgetIds.PROJECT_TREE);
        UiThread.waitUntil("the source in the explorer", () -> tree.getItemCount() == 1
                && tree.getItem(0).getItemCount() == 4 && tree.getItem(0).getItem(0).getText().equals("Sources (1)"));
        List<String> folders = UiThread.call(() -> Arrays.stream(tree.getItem(0).getItems()).map(TreeItem::getText).toList());
        assertEquals(List.of("Sources (1)", "Codes (0)", "Cases (1)", "Memos (0)"), folders);
        UiThread.run(() -> { // as a click on the expand arrow does
            TreeItem sources = tree.getItem(0).getItem(0);
            org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
            expand.item = sources;
            tree.notifyListeners(org.eclipse.swt.SWT.Expand, expand);
            sources.setExpanded(true);
        });
        UiThread.waitUntil("the source under Sources", () -> tree.getItem(0).getItem(0).getItemCount() == 1
                && tree.getItem(0).getItem(0).getItem(0).getData() != null);
        assertEquals("carer-notes", UiThread.call(() -> tree.getItem(0).getItem(0).getItem(0).getText()));
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("the import to be undone", () -> tree.getItem(0).getItem(0).getText().equals("Sources (0)"));
        assertEquals(0, store.summary().sources(), "undo is committed to the store");
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Redo"));
        UiThread.waitUntil("the import to be redone", () -> tree.getItem(0).getItem(0).getText().equals("Sources (1)"));
        TextSource source = UiThread.call(() -> (TextSource) store.project().getSources().get(0));
        assertEquals("Carer 03", UiThread.call(() -> source.getCases().get(0).getName()));
        assertEquals("Interviewer: How was the week?\nCarer: Calmer, we played.", UiThread.call(() -> store.text(source)));
    }
}
