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

    /** Waits until the workbench runs with a window (a test class may start before it does); returns its shell. */
    public static Shell awaitWindow() {
        UiThread.waitUntil("the workbench window", () -> PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null);
        return window();
    }

    /** Gives {@code window} the size of a screen of {@code width} x {@code height} (not maximised, laid out) and waits until it has it. */
    public static void resize(Shell window, int width, int height) {
        UiThread.run(() -> {
            window.setMaximized(false);
            window.setBounds(0, 0, width, height);
            window.layout(true, true);
        });
        UiThread.waitUntil("the window at " + width + "x" + height, () -> window.getSize().x == width && window.getSize().y == height);
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

    /**
     * Closes the view {@code id} if it is open: a test that opened a view stacked over another (Window > Pseudonyms over
     * the Codebook) closes it, so that the tests after it find the perspective as it was.
     */
    public static void hideView(String id) {
        UiThread.run(() -> {
            org.eclipse.ui.IViewPart view = page().findView(id);
            if (view != null) {
                page().hideView(view);
            }
        });
    }
}
