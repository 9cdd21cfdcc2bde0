package org.attune.ui.handlers;

import java.lang.reflect.InvocationTargetException;

import org.attune.store.OpenOptions;
import org.attune.store.StoreException;
import org.attune.store.pg.OlderLayoutException;
import org.attune.store.pg.OpenedProject;
import org.attune.store.pg.PgConnections;
import org.attune.store.pg.ProjectStores;
import org.attune.store.pg.TeamProjectException;
import org.attune.ui.IProjectSession;
import org.attune.ui.Messages;
import org.attune.ui.Widgets;
import org.attune.ui.dialogs.OpenTeamProjectDialog;
import org.attune.ui.internal.TeamLogins;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Open Team Project...: a team project on a PostgreSQL server, opened through {@link ProjectStores} and shown
 * as any project; others' actions appear as they are done. The password is kept in secure storage when asked. A
 * project laid out by an earlier Attune is offered for upgrade to the owner of its tables, and refused to the others
 * with what it lacks and who should upgrade it.
 */
public class OpenTeamProjectHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        OpenTeamProjectDialog dialog = new OpenTeamProjectDialog(shell);
        if (dialog.open() == Window.OK) {
            open(shell, dialog.login(), dialog.password(), dialog.keepPassword());
        }
        return null;
    }

    /** Opens the team project of {@code login}, or tells the user why it cannot be opened. */
    public static void open(Shell shell, TeamLogins.Login login, char[] password, boolean keep) {
        if (login.server().isEmpty() || login.database().isEmpty() || login.user().isEmpty()) {
            MessageDialog.openError(shell, Messages.OpenProjectHandler_failed, Messages.OpenTeamProjectHandler_incomplete);
            return;
        }
        String url = password.length == 0 ? login.url() : PgConnections.withPassword(login.url(), password);
        OpenedProject[] opened = {null};
        try {
            new ProgressMonitorDialog(shell).run(true, false, monitor -> {
                monitor.beginTask(Widgets.literal(NLS.bind(Messages.OpenTeamProjectHandler_opening, login.database(), login.server())),
                        IProgressMonitor.UNKNOWN);
                try {
                    opened[0] = ProjectStores.open(url, OpenOptions.of(IProjectSession.HOLDER).withBackups(false), true,
                            shell.getDisplay()::asyncExec);
                } catch (StoreException | TeamProjectException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof OlderLayoutException older && older.mayUpgrade()) {
                if (TeamUpgradeOffer.offer(shell, url, login.database(), older)) {
                    open(shell, login, password, keep);
                }
                return;
            }
            // the message names the URL: its '&'s are shown, not taken for mnemonics
            MessageDialog.openError(shell, Messages.OpenProjectHandler_failed, Widgets.literal(e.getCause().getMessage()));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        TeamLogins.remember(login);
        if (!TeamLogins.keep(login, keep ? password : null) && keep) {
            MessageDialog.openWarning(shell, Messages.OpenProjectHandler_attention, Messages.OpenTeamProjectHandler_notKept);
        }
        PlatformUI.getWorkbench().getService(IProjectSession.class).open(opened[0]);
    }
}
