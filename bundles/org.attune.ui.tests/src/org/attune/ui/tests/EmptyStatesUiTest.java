package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.Dialogs;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.views.CodebookView;
import org.attune.ui.views.ProjectExplorerView;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new, empty project: the Project Explorer and the Codebook say what to do next, with the action as a link. */
class EmptyStatesUiTest {
    private Shell window;

    @AfterEach
    void closeTheProject() {
        Workbench.closeProject();
    }

    @Test
    void anEmptyProjectSaysWhatToDoNextAndItsLinksAct(@TempDir Path tmp) throws Exception {
        ProjectStore store = ProjectStore.create(tmp.resolve("empty"), "Empty study", OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        window = Workbench.open(store);
        Input.select(Widgets.menuItem(window, "Window", "Project Explorer"));
        Link explorer = Widgets.byId(window, Link.class, WidgetIds.PROJECT_HINT);
        UiThread.waitUntil("the explorer's hint", () -> explorer.isVisible() && explorer.getText().equals(ProjectExplorerView.NO_SOURCES));
        Input.select(Widgets.menuItem(window, "Window", "Codebook"));
        Link codebook = Widgets.byId(window, Link.class, WidgetIds.CODEBOOK_HINT);
        UiThread.waitUntil("the codebook's hint", () -> codebook.isVisible() && codebook.getText().equals(CodebookView.NO_CODES));
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("empty-project.png"));

        // The Codebook's link makes a code; then the hint has nothing more to say.
        Input.clickAnchor(codebook, "No codes yet: ");
        Dialogs.answer("New Code", "First impressions");
        UiThread.waitUntil("the code made and the hint gone", () -> store.project().getCodes().size() == 1 && !codebook.isVisible());

        // The explorer's link opens the import wizard; once a transcript is in, its hint goes.
        Input.clickAnchor(explorer, "No sources yet: ");
        Shell wizard = Widgets.shell("Import");
        Input.click(Widgets.byText(wizard, Button.class, "Cancel"));
        UiThread.waitUntil("the wizard closed", wizard::isDisposed);
        Path transcript = Files.writeString(tmp.resolve("first.txt"), "Interviewer: How was the first visit?\nCarer: Calmer than I feared.");
        new Importer(store, ImportOptions.defaults()).importAll(List.of(transcript), ImportProgress.NONE);
        UiThread.waitUntil("the explorer's hint gone", () -> !explorer.isVisible());

        // Without a project the explorer offers to make or open one.
        Workbench.closeProject();
        UiThread.waitUntil("the no-project hint", () -> explorer.isVisible() && explorer.getText().equals(ProjectExplorerView.NO_PROJECT));
        assertEquals(CodebookView.NO_PROJECT, UiThread.call(codebook::getText));
    }
}
