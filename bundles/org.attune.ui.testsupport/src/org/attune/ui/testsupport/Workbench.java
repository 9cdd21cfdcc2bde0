package org.attune.ui.testsupport;

import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** The running workbench as a UI test uses it: its window, its page, a project opened in it and closed again. */
public final class Workbench {
    private Workbench() {
    }

    /** Opens {@code store} in the workbench, as File > Open Project... does, and returns the window's shell. */
    public static Shell open(ProjectStore store) {
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).open(store));
        return window();
    }

    /** The workbench window's shell. */
    public static Shell window() {
        return UiThread.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
    }

    /** The workbench window's page (call on the UI thread). */
    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Closes the open project. */
    public static void closeProject() {
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).close());
    }

    /** Closes the editors (unsaved changes dropped) and the project. */
    public static void closeEditorsAndProject() {
        UiThread.run(() -> {
            page().closeAllEditors(false);
            PlatformUI.getWorkbench().getService(IProjectSession.class).close();
        });
    }
}
