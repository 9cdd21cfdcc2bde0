package org.attune.ui.handlers;

import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A command on the open project: without one it tells the researcher to open one first (under the command's
 * title), else it runs on the project's store. The one home of that rule for the File menu's commands.
 */
public abstract class ProjectHandler extends AbstractHandler {
    /** The title of the command's dialogs and messages. */
    protected final String title;

    protected ProjectHandler(String title) {
        this.title = title;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        ProjectStore store = PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElse(null);
        if (store == null) {
            MessageDialog.openInformation(shell, title, Messages.ImportHandler_noProject);
            return null;
        }
        run(shell, store);
        return null;
    }

    /** Runs the command on the open project's {@code store}. */
    protected abstract void run(Shell shell, ProjectStore store);
}
