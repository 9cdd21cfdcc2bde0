package org.attune.ui.ratings.tests;

import org.attune.ui.IProjectSession;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * What a test that went through several perspectives leaves behind, undone: resetting the current perspective
 * alone left the Media Player open in the Coding perspective, where the next test found its widgets.
 */
final class CleanWorkbench {
    private CleanWorkbench() {
    }

    /** Closes the editors, every perspective but the current one (forgetting their views), resets that one and closes the project. */
    static void closeEverything() {
        org.attune.ui.testsupport.UiThread.run(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            page.closeAllEditors(false);
            IPerspectiveDescriptor current = page.getPerspective();
            for (IPerspectiveDescriptor open : page.getOpenPerspectives()) {
                if (!open.equals(current)) {
                    page.closePerspective(open, false, false);
                }
            }
            page.resetPerspective();
            PlatformUI.getWorkbench().getService(IProjectSession.class).close();
        });
    }
}
