package org.attune.ui.handlers;

import org.attune.ui.editors.SourceEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Code In Vivo (Ctrl+I): codes the words selected in the active transcript with a new code named after them. */
public class InVivoHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof SourceEditor editor) {
            editor.inVivo();
        }
        return null;
    }
}
