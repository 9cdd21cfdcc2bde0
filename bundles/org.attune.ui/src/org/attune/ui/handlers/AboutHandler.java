package org.attune.ui.handlers;

import org.attune.ui.dialogs.AboutDialog;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > About Attune. */
public class AboutHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        new AboutDialog(HandlerUtil.getActiveWorkbenchWindow(event).getShell()).open();
        return null;
    }
}
