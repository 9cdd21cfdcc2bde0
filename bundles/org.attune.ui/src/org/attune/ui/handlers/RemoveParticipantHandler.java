package org.attune.ui.handlers;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.attune.coding.Withdrawal;
import org.attune.index.ProjectIndex;
import org.attune.model.Case;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.Messages;
import org.attune.ui.ProjectJob;
import org.attune.ui.dialogs.RemoveParticipantDialog;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Remove Participant... on the case selected in the Cases view or the Project Explorer: the workbench's
 * {@code attune cli cases remove-participant}. Shows what goes ({@link RemoveParticipantDialog}), removes it
 * ({@link Withdrawal}), closes the project so that its store is rewritten without the removed records and its search
 * index dropped, deletes the backups made before if asked, and opens the project again: a job with progress, whose
 * Cancel before the removal leaves everything as it was.
 */
public class RemoveParticipantHandler extends ActionHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        IProjectSession session = PlatformUI.getWorkbench().getService(IProjectSession.class);
        ProjectStore store = session.current().orElse(null);
        if (store == null) {
            return null;
        }
        List<Case> chosen = selected(event, Case.class);
        if (chosen.size() != 1) {
            MessageDialog.openInformation(shell, Messages.RemoveParticipantDialog_title, Messages.RemoveParticipantHandler_selectCase);
            return null;
        }
        Withdrawal withdrawal = new Withdrawal(store);
        Withdrawal.Plan plan = withdrawal.plan(chosen.get(0));
        RemoveParticipantDialog dialog = new RemoveParticipantDialog(shell, plan);
        if (dialog.open() != Window.OK) {
            return null;
        }
        Path folder = store.folder();
        boolean purge = dialog.purgeBackups();
        Display display = shell.getDisplay();
        String title = Messages.RemoveParticipantHandler_failed;
        ProjectJob.create(Messages.RemoveParticipantHandler_job, title, display, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, Messages.RemoveParticipantHandler_job, 3);
            progress.checkCanceled(); // the last moment Cancel leaves everything as it was
            try {
                Withdrawal.Outcome[] outcome = {null};
                RuntimeException[] failed = {null};
                display.syncExec(() -> {
                    try {
                        outcome[0] = withdrawal.remove(plan);
                        session.close(); // rewrites the store without the removed records
                    } catch (RuntimeException e) {
                        failed[0] = e;
                    }
                });
                if (failed[0] != null) {
                    throw failed[0];
                }
                progress.worked(2);
                ProjectIndex.discard(folder);
                int purged = purge ? ProjectStore.purgeBackups(folder, Instant.now()) : 0;
                progress.worked(1);
                return new Removed(outcome[0], purged);
            } catch (Exception e) {
                display.asyncExec(() -> reopen(shell, session, folder));
                throw e;
            }
        }, removed -> {
            reopen(shell, session, folder);
            StringBuilder told = new StringBuilder(NLS.bind(Messages.RemoveParticipantHandler_done, plan.counts()));
            told.append("\n\n").append(purge ? NLS.bind(Messages.RemoveParticipantHandler_purged, removed.purged())
                    : Messages.RemoveParticipantHandler_kept);
            if (!removed.outcome().filesLeft().isEmpty()) {
                told.append("\n\n").append(NLS.bind(Messages.RemoveParticipantHandler_filesLeft, removed.outcome().filesLeft()));
            }
            MessageDialog.openInformation(display.getActiveShell(), Messages.RemoveParticipantHandler_doneTitle, told.toString());
        }).schedule();
        return null;
    }

    /** What the job did: the removal, and how many backups it deleted. */
    private record Removed(Withdrawal.Outcome outcome, int purged) {
    }

    /** Opens the project again where the removal closed it (also after a failure: the project is never left closed). */
    private static void reopen(Shell shell, IProjectSession session, Path folder) {
        if (session.current().isEmpty()) {
            OpenProjectHandler.open(shell, folder);
        }
    }
}
