package org.attune.ui.handlers;

import org.eclipse.ui.PlatformUI;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.attune.ui.Messages;
import org.attune.ui.IProjectSession;
import org.attune.ui.dialogs.NewProjectDialog;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > New Project...: the workbench's {@code attune cli project create}. */
public class NewProjectHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        NewProjectDialog dialog = new NewProjectDialog(shell);
        if (dialog.open() != Window.OK) {
            return null;
        }
        try {
            OpenOptions options = OpenOptions.of(IProjectSession.HOLDER);
            if (dialog.passphrase() != null) {
                options = options.withPassphrase(dialog.passphrase());
            }
            PlatformUI.getWorkbench().getService(IProjectSession.class).open(ProjectStore.create(dialog.projectFolder(), dialog.projectName(), options));
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.NewProjectHandler_failed, e.getMessage());
        }
        return null;
    }
}
