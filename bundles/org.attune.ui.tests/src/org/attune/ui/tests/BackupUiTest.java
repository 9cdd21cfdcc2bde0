package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.attune.coding.Codebook;
import org.attune.sample.SampleProject;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.handlers.OpenProjectHandler;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Restore from Backup... and the dialog that tells what opening a project repaired. */
class BackupUiTest {

    @AfterEach
    void closeTheProject() {
        Workbench.closeProject();
    }

    private static Shell window() {
        return Workbench.window();
    }

    /** The codes of the project open in the workbench; on the UI thread. */
    private static List<String> openCodes() {
        return PlatformUI.getWorkbench().getService(IProjectSession.class).current().map(s -> s.project().getCodes().stream().map(Code::getName).toList()).orElse(List.of());
    }

    @Test
    void aBackupChosenInTheWorkbenchReplacesTheStoreAndTheProjectOpensAgain(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Backed up", OpenOptions.of("test").withBackups(false))) {
            new Codebook(store).create("Before the backup", null, AnalyticLevel.OPEN);
        }
        ProjectStore.open(folder, OpenOptions.of("test")).close(); // waits for the backup made on opening
        ProjectStore store = ProjectStore.open(folder, OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        UiThread.run(() -> {
            PlatformUI.getWorkbench().getService(IProjectSession.class).open(store);
            new Codebook(store).create("After the backup", null, AnalyticLevel.OPEN);
        });
        assertEquals(List.of("Before the backup", "After the backup"), UiThread.call(BackupUiTest::openCodes));

        Input.select(Widgets.menuItem(window(), "File", "Restore from Backup..."));
        Shell dialog = Widgets.shell("Restore from Backup");
        Table table = Widgets.byId(dialog, Table.class, WidgetIds.BACKUPS_TABLE);
        assertEquals(1, (int) UiThread.call(table::getItemCount));
        String holds = UiThread.call(() -> table.getItem(0).getText(2));
        assertTrue(holds.startsWith("0 sources, 0 cases, 1 codes"), holds);
        Input.click(Widgets.byText(dialog, Button.class, "Restore"));

        Shell done = Widgets.shell("Backup Restored");
        Label message = Widgets.find(done, Label.class, l -> l.getText().startsWith("Restored store-"), "the message");
        assertTrue(UiThread.call(message::getText).contains(folder.resolve("store.replaced-").toString()), UiThread.call(message::getText));
        Input.click(Widgets.byText(done, Button.class, "OK"));
        UiThread.waitUntil("the restored project open", () -> openCodes().equals(List.of("Before the backup")));
    }

    @Test
    void whatOpeningRepairedIsShownInADialog(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        ProjectStore.create(folder, "Repaired", OpenOptions.of("test").withBackups(false)).close();
        Files.writeString(folder.resolve("attune-project.json"), "{\"format\": \"attune-pro");
        Shell window = window();
        UiThread.post(() -> OpenProjectHandler.open(window, folder));
        Shell warning = Widgets.shell("The project needs your attention");
        Widgets.find(warning, Label.class, l -> l.getText().contains("attune-project.json was damaged")
                && l.getText().contains("repaired from attune-project.json.bak"), "the warning");
        Input.click(Widgets.byText(warning, Button.class, "OK"));
        UiThread.waitUntil("the project open", () -> PlatformUI.getWorkbench().getService(IProjectSession.class).current().map(s -> s.folder().equals(folder)).orElse(false));
    }

    @Test
    void damageTheStoreCheckFindsIsShownInADialog(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("sample");
        SampleProject.create(folder, OpenOptions.of("test").withBackups(false)).close();
        byte[] key = "\"end\"".getBytes(StandardCharsets.US_ASCII);
        boolean damaged = false;
        try (var files = Files.list(folder.resolve("store"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xd")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i + key.length < bytes.length; i++) {
                    if (Arrays.equals(bytes, i, i + key.length, key, 0, key.length)) {
                        bytes[i + key.length] = '#'; // every selection and turn written no longer parses
                        damaged = true;
                    }
                }
                Files.write(file, bytes);
            }
        }
        assertTrue(damaged, "a coding's selection is in a store file");
        Shell window = window();
        UiThread.post(() -> OpenProjectHandler.open(window, folder));
        // a view reading the damaged part says so at opening; the check of the whole store names every damaged part,
        // in the same dialog or in one of its own when it ends after the project opened
        StringBuilder told = new StringBuilder();
        while (!told.toString().contains("cannot be read; everything else can.")) {
            Shell warning = Widgets.shell("The project needs your attention");
            Label label = Widgets.find(warning, Label.class, l -> l.getText().contains("the project store is damaged: "), "the warning");
            told.append(UiThread.call(label::getText)).append('\n');
            Input.click(Widgets.byText(warning, Button.class, "OK"));
            UiThread.waitUntil("the warning closed", warning::isDisposed);
        }
        assertTrue(told.toString().contains("a coding in \"") && told.toString().contains("There is no backup to go back to."), told.toString());
        UiThread.waitUntil("the project open", () -> PlatformUI.getWorkbench().getService(IProjectSession.class).current().map(s -> s.folder().equals(folder)).orElse(false));
    }
}
