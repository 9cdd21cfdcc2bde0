package org.attune.ui.handlers;

import org.attune.ui.Messages;
import org.attune.ui.SelectionCoder;
import org.attune.ui.dialogs.CodePicker;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Quick Code (Ctrl+Q): codes the selection of the active transcript editor or media player with a code picked in the
 * {@link CodePicker}, or with a new code named there (made and applied as one undoable action).
 */
public class QuickCodeHandler extends AbstractHandler {
    public static final String TITLE = Messages.QuickCodeHandler_title;

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof SelectionCoder coder) || coder.codedProject() == null) {
            return null;
        }
        CodePicker.Choice choice = CodePicker.pickOrName(HandlerUtil.getActiveShell(event), TITLE,
                Messages.QuickCodeHandler_message, coder.codedProject());
        if (choice != null) {
            coder.codeWithChoice(choice);
        }
        return null;
    }
}
