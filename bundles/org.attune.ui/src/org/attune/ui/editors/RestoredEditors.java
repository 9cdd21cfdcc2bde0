package org.attune.ui.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * After the workbench restored its windows: closes the transcripts that could not come back (their project
 * encrypted, locked or gone), instead of leaving an error editor, and says why once on the status line.
 */
public final class RestoredEditors {
    private RestoredEditors() {
    }

    public static void settle(IWorkbenchPage page, IStatusLineManager status) {
        if (page == null) {
            return;
        }
        List<IEditorReference> lost = new ArrayList<>();
        for (IEditorReference ref : page.getEditorReferences()) {
            if (SourceEditor.ID.equals(ref.getId()) && !restorable(ref)) {
                lost.add(ref);
            }
        }
        if (!lost.isEmpty()) {
            page.closeEditors(lost.toArray(IEditorReference[]::new), false);
        }
        String notice = SourceEditorInputFactory.takeNotice();
        if (notice != null && status != null) {
            status.setMessage(notice);
        }
    }

    private static boolean restorable(IEditorReference ref) {
        if (ref.getEditor(false) != null) {
            return ref.getEditor(false) instanceof SourceEditor;
        }
        try {
            return ref.getEditorInput() instanceof SourceEditorInput;
        } catch (PartInitException e) {
            return false;
        }
    }
}
