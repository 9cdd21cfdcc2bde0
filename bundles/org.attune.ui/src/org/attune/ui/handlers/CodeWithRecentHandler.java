package org.attune.ui.handlers;

import org.eclipse.ui.PlatformUI;
import java.util.List;

import org.attune.model.Code;
import org.attune.store.ProjectStore;
import org.attune.ui.RecentCodes;
import org.attune.ui.SelectionCoder;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Code with Recent Code (Ctrl+1…9): codes the selection of the active transcript editor or media player with the
 * recent code in the slot given by the command's parameter (1 the newest); an empty slot does nothing.
 */
public class CodeWithRecentHandler extends AbstractHandler {
    /** The command. */
    public static final String COMMAND = "org.attune.ui.commands.codeWithRecent";
    /** The command's parameter: the slot, 1 to 9. */
    public static final String SLOT = "org.attune.ui.commands.codeWithRecent.slot";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActivePart(event) instanceof SelectionCoder coder) || coder.codedProject() == null) {
            return null;
        }
        int slot;
        try {
            slot = Integer.parseInt(event.getParameter(SLOT));
        } catch (NumberFormatException e) {
            throw new ExecutionException("the recent-code slot is 1 to 9, not '" + event.getParameter(SLOT) + "'", e);
        }
        ProjectStore store = coder.codedProject();
        List<Code> recent = PlatformUI.getWorkbench().getService(RecentCodes.class).list(store);
        if (slot >= 1 && slot <= recent.size()) {
            coder.codeWith(recent.get(slot - 1));
        }
        return null;
    }
}
