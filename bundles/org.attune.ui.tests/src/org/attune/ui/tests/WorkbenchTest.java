package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.attune.store.OpenOptions;
import org.attune.store.ProjectLockedException;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real Attune workbench (started by the UI harness) through its menus and dialogs. */
class WorkbenchTest {
    private static final Path SCREENSHOTS = Path.of(System.getProperty("attune.screenshots", "target/screenshots"));

    private Shell window;

    @BeforeEach
    void workbenchWindowIsUp() {
        window = Workbench.awaitWindow();
        Workbench.closeProject();
    }

    /** Close what a test opened while its temporary folder still exists. */
    @AfterEach
    void closeTheProject() {
        Workbench.closeProject();
    }

    @Test
    void windowOpensInTheCodingPerspectiveWithMenusAndAnEmptyProjectExplorer() throws Exception {
        assertEquals("Attune", UiThread.call(window::getText));
        IWorkbenchWindow workbenchWindow = UiThread.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        assertEquals("Coding", UiThread.call(() -> workbenchWindow.getActivePage().getPerspective().getLabel()));
        assertTrue(Widgets.menuBarLabels(window).containsAll(List.of("File", "Edit", "Window", "Help")),
                Widgets.menuBarLabels(window).toString());
        Tree tree = Widgets.byId(window, Tree.class, WidgetIds.PROJECT_TREE);
        assertEquals(0, (int) UiThread.call(tree::getItemCount));
        org.eclipse.swt.widgets.Link hint = Widgets.byId(window, org.eclipse.swt.widgets.Link.class, WidgetIds.PROJECT_HINT);
        assertEquals(org.attune.ui.views.ProjectExplorerView.NO_PROJECT, UiThread.call(hint::getText));
        assertTrue(UiThread.call(hint::isVisible));
        Screenshots.capture(SCREENSHOTS.resolve("workbench-empty.png"));
    }

    @Test
    void helpAboutShowsTheVersion() throws Exception {
        Input.select(Widgets.menuItem(window, "Help", "About Attune"));
        Shell about = Widgets.shell("About Attune");
        Label version = Widgets.byId(about, Label.class, WidgetIds.ABOUT_VERSION);
        assertTrue(UiThread.call(version::getText).startsWith("Version 0.1.0 (build 0.1.0."), UiThread.call(version::getText));
        Screenshots.capture(SCREENSHOTS.resolve("about.png"));
        Input.click(Widgets.byText(about, Button.class, "Close"));
        UiThread.waitUntil("the About dialog to close", about::isDisposed);
    }

    @Test
    void fileNewProjectCreatesTheProjectAndShowsItInTheExplorer(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("carer-interviews");
        Input.select(Widgets.menuItem(window, "File", "New Project..."));
        Shell dialog = Widgets.shell("New Project");
        Button create = Widgets.byText(dialog, Button.class, "Create");
        assertTrue(!UiThread.call(create::isEnabled), "Create must wait for a name and a folder");

        Input.type(Widgets.byId(dialog, Text.class, WidgetIds.NEW_PROJECT_NAME), "Carer Interviews");
        Text folderText = Widgets.byId(dialog, Text.class, WidgetIds.NEW_PROJECT_FOLDER);
        UiThread.run(() -> folderText.setText(folder.toString()));
        UiThread.waitUntil("Create to be enabled", create::isEnabled);
        Input.click(create);
        UiThread.waitUntil("the New Project dialog to close", dialog::isDisposed);

        Tree tree = Widgets.byId(window, Tree.class, WidgetIds.PROJECT_TREE);
        UiThread.waitUntil("the project in the explorer", () -> tree.getItemCount() == 1);
        assertEquals("Carer Interviews", UiThread.call(() -> tree.getItem(0).getText()));
        assertEquals(List.of("Sources (0)", "Codes (0)", "Cases (0)", "Memos (0)"),
                UiThread.call(() -> Arrays.stream(tree.getItem(0).getItems()).map(TreeItem::getText).toList()));
        Screenshots.capture(SCREENSHOTS.resolve("new-project.png"));
        assertTrue(Files.isDirectory(folder.resolve(ProjectStore.STORE_DIR)), "the project must be on disk");
        ProjectLockedException locked = org.junit.jupiter.api.Assertions.assertThrows(ProjectLockedException.class,
                () -> ProjectStore.open(folder, OpenOptions.of("test")));
        assertTrue(locked.holder().startsWith("Attune workbench"), locked.holder());
        Workbench.closeProject();
        try (ProjectStore reopened = ProjectStore.open(folder, OpenOptions.of("test").withBackups(false))) {
            assertEquals("Carer Interviews", reopened.project().getName());
        }
    }

    @Test
    void anEncryptedProjectAsksForItsPassphraseWhenOpened(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("sealed");
        Input.select(Widgets.menuItem(window, "File", "New Project..."));
        Shell dialog = Widgets.shell("New Project");
        UiThread.run(() -> {
            Widgets.first(dialog, Text.class, t -> WidgetIds.NEW_PROJECT_NAME.equals(t.getData(Widgets.ID_KEY)))
                    .orElseThrow().setText("Sealed study");
            Widgets.first(dialog, Text.class, t -> WidgetIds.NEW_PROJECT_FOLDER.equals(t.getData(Widgets.ID_KEY)))
                    .orElseThrow().setText(folder.toString());
        });
        Input.click(Widgets.byId(dialog, Button.class, WidgetIds.NEW_PROJECT_ENCRYPT));
        Button create = Widgets.byText(dialog, Button.class, "Create");
        UiThread.waitUntil("Create to wait for a passphrase", () -> !create.isEnabled());
        Input.type(Widgets.byId(dialog, Text.class, WidgetIds.NEW_PROJECT_PASSPHRASE), "Tide pool 42");
        Input.type(Widgets.byId(dialog, Text.class, WidgetIds.NEW_PROJECT_CONFIRM), "Tide pool 42");
        UiThread.waitUntil("Create to be enabled", create::isEnabled);
        Input.click(create);
        UiThread.waitUntil("the New Project dialog to close", dialog::isDisposed);
        UiThread.waitUntil("the encrypted project to be open",
                () -> PlatformUI.getWorkbench().getService(IProjectSession.class).current().map(ProjectStore::isEncrypted).orElse(false));
        Workbench.closeProject();

        openExpectingPassphrase(folder, "wrong guess");
        Shell error = Widgets.shell("Cannot open the project");
        Label message = Widgets.find(error, Label.class, l -> l.getText().contains("wrong passphrase"), "the error");
        assertTrue(UiThread.call(message::getText).startsWith(folder.toString()), UiThread.call(message::getText));
        Input.click(Widgets.byText(error, Button.class, "OK"));
        UiThread.waitUntil("the error to close", error::isDisposed);

        openExpectingPassphrase(folder, "Tide pool 42");
        UiThread.waitUntil("the project to open", () -> PlatformUI.getWorkbench().getService(IProjectSession.class).current().isPresent());
        assertEquals("Sealed study", UiThread.call(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElseThrow().project().getName()));
    }

    private void openExpectingPassphrase(Path folder, String passphrase) {
        UiThread.post(() -> org.attune.ui.handlers.OpenProjectHandler.open(window, folder));
        Shell ask = Widgets.shell("Encrypted Project");
        Input.type(Widgets.byId(ask, Text.class, WidgetIds.PASSPHRASE), passphrase);
        Input.click(Widgets.byText(ask, Button.class, "OK"));
        UiThread.waitUntil("the passphrase dialog to close", ask::isDisposed);
    }
}
