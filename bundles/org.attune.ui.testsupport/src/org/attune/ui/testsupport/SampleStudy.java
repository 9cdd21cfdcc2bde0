package org.attune.ui.testsupport;

import java.nio.file.Path;

import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A UI test on the real workbench with the sample study open, made fresh in a temporary folder for each test; after
 * it, the dialogs a failed test left open, the editors and the project are closed. A test that leaves more behind
 * overrides {@link #closeTheProject()}.
 */
public abstract class SampleStudy {
    /** The sample study's store, open in the workbench. */
    protected ProjectStore store;
    /** The workbench window's shell. */
    protected Shell window;
    /** The test's temporary folder (the sample is in its {@code sample} folder). */
    @TempDir
    protected Path tmp;

    @BeforeEach
    public void openTheSample() throws Exception {
        store = openSample(tmp);
        window = window();
    }

    @AfterEach
    public void closeTheProject() {
        Widgets.closeOtherShells(window);
        closeEditorsAndProject();
    }

    /** Makes the sample study in {@code tmp}'s {@code sample} folder (without backups) and opens it in the workbench. */
    public static ProjectStore openSample(Path tmp) throws Exception {
        ProjectStore sample = SampleProject.create(tmp.resolve("sample"), OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).open(sample));
        return sample;
    }

    /** The workbench window's shell. */
    public static Shell window() {
        return UiThread.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
    }

    /** Closes the editors (unsaved changes dropped) and the project. */
    public static void closeEditorsAndProject() {
        UiThread.run(() -> {
            page().closeAllEditors(false);
            PlatformUI.getWorkbench().getService(IProjectSession.class).close();
        });
    }

    /** The workbench window's page (call on the UI thread). */
    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
