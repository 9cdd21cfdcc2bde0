package org.attune.ui.handlers;

import java.lang.reflect.InvocationTargetException;

import org.attune.store.pg.OlderLayoutException;
import org.attune.store.pg.TeamLayout;
import org.attune.store.pg.TeamProjectException;
import org.attune.ui.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * A team project laid out by an earlier Attune, opened by the owner of its tables (its lead): the workbench offers to
 * upgrade it ({@link TeamLayout#upgrade}, as {@code attune cli project upgrade} does) instead of only refusing it.
 */
final class TeamUpgradeOffer {
    private TeamUpgradeOffer() {
    }

    /** Asks whether to upgrade the project at {@code url} and does it; true when it was upgraded (open it again). */
    static boolean offer(Shell shell, String url, String name, OlderLayoutException older) {
        if (!older.mayUpgrade() || !MessageDialog.openQuestion(shell, Messages.OpenTeamProjectHandler_upgradeTitle,
                NLS.bind(Messages.OpenTeamProjectHandler_upgradeQuestion, name, "- " + String.join("\n- ", older.missing())))) {
            return false;
        }
        try {
            new ProgressMonitorDialog(shell).run(true, false, monitor -> {
                monitor.beginTask(NLS.bind(Messages.OpenTeamProjectHandler_upgrading, name), IProgressMonitor.UNKNOWN);
                try {
                    TeamLayout.upgrade(url);
                } catch (TeamProjectException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
            return true;
        } catch (InvocationTargetException e) {
            MessageDialog.openError(shell, Messages.OpenTeamProjectHandler_upgradeTitle, e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
