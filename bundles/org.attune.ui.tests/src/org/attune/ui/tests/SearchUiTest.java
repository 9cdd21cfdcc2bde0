package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Window > Search in the real workbench: a query's hits in context, and a malformed query explained. */
class SearchUiTest {
    private static final Path SCREENSHOTS = Path.of(System.getProperty("attune.screenshots", "target/screenshots"));

    @AfterEach
    void closeTheProject() {
        Workbench.closeProject();
    }

    @Test
    void searchShowsHitsInContextAndExplainsAMalformedQuery(@TempDir Path tmp) throws Exception {
        Path transcript = Files.writeString(tmp.resolve("guider-interview.txt"),
                "Interviewer: [00:00:05] How did the review go?\nGuider: [00:01:02] The mother was attuned to her son.");
        ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Search UI", OpenOptions.of("Attune workbench").withBackups(false));
        new Importer(store, ImportOptions.defaults()).importAll(List.of(transcript), ImportProgress.NONE);
        Shell window = Workbench.open(store);

        Input.select(Widgets.menuItem(window, "Window", "Search"));
        Text query = Widgets.byId(window, Text.class, WidgetIds.SEARCH_QUERY);
        Input.type(query, "attune");
        Input.click(Widgets.byId(window, Button.class, WidgetIds.SEARCH_BUTTON));
        Table results = Widgets.byId(window, Table.class, WidgetIds.SEARCH_RESULTS);
        UiThread.waitUntil("a hit", () -> results.getItemCount() == 1);
        assertEquals(List.of("guider-interview", "Guider", "0:01:02", "Guider: [00:01:02] The mother was", "attuned", " to her son."),
                UiThread.call(() -> List.of(results.getItem(0).getText(0), results.getItem(0).getText(1),
                        results.getItem(0).getText(2), results.getItem(0).getText(3).strip(), results.getItem(0).getText(4),
                        results.getItem(0).getText(5))));
        Label status = Widgets.byId(window, Label.class, WidgetIds.SEARCH_STATUS);
        assertEquals("1 hit", UiThread.call(status::getText));
        Screenshots.capture(SCREENSHOTS.resolve("search.png"));

        Input.click(Widgets.byId(window, Button.class, WidgetIds.SEARCH_CODE_ALL));
        Shell ask = Widgets.shell(org.attune.ui.views.SearchView.CODE_ALL_TITLE);
        assertEquals(List.of(org.attune.ui.dialogs.CodePicker.NEW_CODE + "Attunement|" + org.attune.ui.dialogs.CodePicker.NEW_WHERE),
                CodePickerUiTest.narrow(ask, "Attunement"), "a name no code has is offered as a new code");
        Input.click(Widgets.byText(ask, Button.class, "OK"));
        UiThread.waitUntil("the coding", () -> status.getText().startsWith("Coded 1 stretch with \"Attunement\" (a new code)"));
        assertEquals(1, store.summary().codings());
        assertEquals("Attunement", UiThread.call(() -> store.project().getCodes().get(0).getName()));

        Input.click(Widgets.byId(window, Button.class, WidgetIds.SEARCH_CODING_QUERY));
        Shell codingQuery = Widgets.shell(org.attune.ui.views.SearchView.CODING_QUERY_TITLE);
        Input.type(Widgets.find(codingQuery, Text.class, t -> true, "the expression field"), "Attunement");
        Input.click(Widgets.byText(codingQuery, Button.class, "OK"));
        UiThread.waitUntil("the coded stretch", () -> status.getText().equals("1 coded stretch for Attunement"));
        assertEquals(List.of("guider-interview", "Attunement", "attuned"), UiThread.call(() -> List.of(
                results.getItem(0).getText(0), results.getItem(0).getText(1), results.getItem(0).getText(4))));

        Input.select(Widgets.menuItem(window, "Edit", "Undo Code 1 hit with 'Attunement'"));
        UiThread.waitUntil("the coding undone", () -> store.project().getCodes().isEmpty());
        assertEquals(0, store.summary().codings());

        for (String typed : List.of("attuned*", "atuned~1", "\"attune* to her\"")) { // written forms, not only stems
            UiThread.run(() -> query.setText(typed));
            Input.click(Widgets.byId(window, Button.class, WidgetIds.SEARCH_BUTTON));
            UiThread.waitUntil(typed + " finds its hit", () -> status.getText().equals("1 hit"));
            assertTrue(UiThread.call(() -> results.getItem(0).getText(4)).startsWith("attuned"), typed);
        }

        // the button runs the Search command: run from the workbench (as a key binding or menu entry would), the
        // command searches the view's query the same way
        UiThread.run(() -> query.setText("mother"));
        UiThread.run(() -> {
            try {
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
                        .executeCommand(org.attune.ui.views.SearchView.SEARCH, null);
            } catch (org.eclipse.core.commands.common.CommandException e) {
                throw new IllegalStateException(e);
            }
        });
        UiThread.waitUntil("the command's hit", () -> status.getText().equals("1 hit") && results.getItemCount() == 1
                && results.getItem(0).getText(4).equals("mother"));

        UiThread.run(() -> query.setText("atuned"));
        Input.click(Widgets.byId(window, Button.class, WidgetIds.SEARCH_BUTTON));
        UiThread.waitUntil("why nothing was found", () -> status.getText().startsWith("0 hits: "));
        assertTrue(UiThread.call(status::getText).endsWith("did you mean attuned?"), UiThread.call(status::getText));

        UiThread.run(() -> query.setText("(attuned"));
        Input.click(Widgets.byId(window, Button.class, WidgetIds.SEARCH_BUTTON));
        UiThread.waitUntil("the query's problem", () -> status.getText().contains("a bracket is not closed"));
        assertTrue(UiThread.call(() -> results.getItemCount() == 0));
    }
}
