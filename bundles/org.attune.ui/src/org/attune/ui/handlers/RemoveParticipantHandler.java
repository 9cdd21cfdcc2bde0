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
import org.attune.ui.dialogs.RemoveParticipantDialog;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Remove Participant... on the case selected in the Cases view or the Project Explorer: the workbench's
 * {@code attune cli cases remove-participant}. Shows what goes ({@link RemoveParticipantDialog}), removes it
 * ({@link Withdrawal}), closes the project so that its store is rewritten without the removed records and its search
 * index dropped, deletes the backups made before if asked, and opens the project again.
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
        Withdrawal.Outcome[] outcome = {null};
        Exception[] failure = {null};
        int[] purged = {0};
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                outcome[0] = withdrawal.remove(plan);
                session.close(); // rewrites the store without the removed records
                ProjectIndex.discard(folder);
                if (dialog.purgeBackups()) {
                    purged[0] = ProjectStore.purgeBackups(folder, Instant.now());
                }
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (session.current().isEmpty()) {
            OpenProjectHandler.open(shell, folder);
        }
        if (failure[0] != null) {
            MessageDialog.openError(shell, Messages.RemoveParticipantHandler_failed, failure[0].getMessage());
            return null;
        }
        StringBuilder told = new StringBuilder(NLS.bind(Messages.RemoveParticipantHandler_done, plan.counts()));
        told.append("\n\n").append(dialog.purgeBackups() ? NLS.bind(Messages.RemoveParticipantHandler_purged, purged[0])
                : Messages.RemoveParticipantHandler_kept);
        if (!outcome[0].filesLeft().isEmpty()) {
            told.append("\n\n").append(NLS.bind(Messages.RemoveParticipantHandler_filesLeft, outcome[0].filesLeft()));
        }
        MessageDialog.openInformation(shell, Messages.RemoveParticipantHandler_doneTitle, told.toString());
        return null;
    }
}
