package org.attune.ui.handlers;

import java.util.List;

import org.attune.store.ProjectStore;
import org.attune.store.pg.TeamMembers;
import org.attune.store.pg.TeamProjectException;
import org.attune.ui.IProjectSession;
import org.attune.ui.Messages;
import org.attune.ui.Widgets;
import org.attune.ui.dialogs.TeamMembersDialog;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Team Members...: the open team project's members in {@link TeamMembersDialog}. Enabled only while a team
 * project is open (the workbench asks before it shows the menu).
 */
public class TeamMembersHandler extends AbstractHandler {
    /** What the dialog shows first. */
    private record Read(String owner, List<TeamMembers.Member> members) {
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        IProjectSession session = session();
        TeamMembers members = session.members().orElse(null);
        ProjectStore store = session.current().orElse(null);
        if (members == null || store == null) {
            MessageDialog.openInformation(shell, TeamMembersDialog.TITLE, Messages.TeamMembersHandler_noTeam);
            return null;
        }
        Read[] read = {null};
        TeamProjectException[] failed = {null};
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                read[0] = new Read(members.owner(), members.list());
            } catch (TeamProjectException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            MessageDialog.openError(shell, Messages.TeamMembersHandler_failed, Widgets.literal(failed[0].getMessage()));
            return null;
        }
        new TeamMembersDialog(shell, members, store.project().getName(), read[0].owner(), read[0].members()).open();
        return null;
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        setBaseEnabled(session().members().isPresent());
    }

    private static IProjectSession session() {
        return PlatformUI.getWorkbench().getService(IProjectSession.class);
    }
}
