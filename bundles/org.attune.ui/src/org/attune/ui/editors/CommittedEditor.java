package org.attune.ui.editors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.part.EditorPart;

/**
 * An editor of a project's source whose every action is committed to the store as it is made (one undoable action
 * each), so it is never dirty and there is nothing to save.
 */
public abstract class CommittedEditor extends EditorPart {
    @Override
    public final void doSave(IProgressMonitor monitor) {
    }

    @Override
    public final void doSaveAs() {
    }

    @Override
    public final boolean isDirty() {
        return false;
    }

    @Override
    public final boolean isSaveAsAllowed() {
        return false;
    }
}
