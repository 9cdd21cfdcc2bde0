package org.attune.ui.handlers;

import org.eclipse.ui.PlatformUI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.attune.store.BackupInfo;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.attune.ui.Messages;
import org.attune.ui.IProjectSession;
import org.attune.ui.dialogs.RestoreBackupDialog;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Restore from Backup...: the workbench's {@code attune cli project restore} for the open project, which is
 * closed for the restore and opened again after it (or as it was, when the backup is refused).
 */
public class RestoreBackupHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        Optional<ProjectStore> current = PlatformUI.getWorkbench().getService(IProjectSession.class).current();
        if (current.isEmpty()) {
            MessageDialog.openInformation(shell, RestoreBackupDialog.TITLE, Messages.RestoreBackupHandler_openFirst);
            return null;
        }
        Path folder = current.get().folder();
        List<BackupInfo> backups = ProjectStore.backups(folder);
        if (backups.isEmpty()) {
            MessageDialog.openInformation(shell, RestoreBackupDialog.TITLE, Messages.RestoreBackupHandler_none);
            return null;
        }
        RestoreBackupDialog dialog = new RestoreBackupDialog(shell, backups);
        if (dialog.open() != Window.OK || dialog.chosen() == null) {
            return null;
        }
        PlatformUI.getWorkbench().getService(IProjectSession.class).close();
        try {
            Path replaced = ProjectStore.restore(folder, dialog.chosen().name(), IProjectSession.HOLDER);
            OpenProjectHandler.open(shell, folder);
            MessageDialog.openInformation(shell, Messages.RestoreBackupHandler_restoredTitle, NLS.bind(Messages.RestoreBackupHandler_restored,
                    dialog.chosen().name(), folder.resolve(replaced.getFileName())));
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.RestoreBackupHandler_failed, e.getMessage());
            OpenProjectHandler.open(shell, folder);
        }
        return null;
    }
}
