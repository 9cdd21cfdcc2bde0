package org.attune.ui.handlers;

import org.attune.ui.editors.PictureEditor;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** The picture viewer's context-menu commands on its selected coded region: Memo on Region... ({@code PictureHandler:memo}). */
public class PictureHandler extends ActionHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActivePart(event) instanceof PictureEditor viewer)) {
            return null;
        }
        switch (action) {
            case "memo" -> viewer.memoOnSelected();
            default -> throw new ExecutionException("no picture action '" + action + "'"); //$NON-NLS-1$
        }
        return null;
    }
}
