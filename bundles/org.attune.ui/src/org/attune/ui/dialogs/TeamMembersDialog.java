package org.attune.ui.dialogs;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.attune.store.pg.TeamMembers;
import org.attune.store.pg.TeamProjectException;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.attune.ui.Widgets;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * File &gt; Team Members...: the team project's members (login, role, whether they can log in), and for the lead the
 * means to add one (a new login with its password, or one the server has), give one another role or remove one. The
 * server decides who may: anyone else's change is refused, and the refusal shows in the dialog's status line. Removing
 * asks no confirmation: only the membership ends (the login, its password and the member's work stay), and adding
 * the login again undoes it.
 */
public class TeamMembersDialog extends TitledDialog {
    public static final String TITLE = Messages.TeamMembersDialog_title;
    private final TeamMembers members;
    private final String project;
    private final String owner;
    private final List<TeamMembers.Member> initial;
    private Table table;
    private Text login;
    private Combo role;
    private Text password;
    private Label status;

    /** The dialog on {@code members} as read: {@code owner} and {@code initial} members (read before it opens). */
    public TeamMembersDialog(Shell parent, TeamMembers members, String project, String owner, List<TeamMembers.Member> initial) {
        super(parent, TITLE, true);
        this.members = members;
        this.project = project;
        this.owner = owner;
        this.initial = initial;
    }

    @Override
    protected void createArea(Composite area) {
        Widgets.wrapping(area, Widgets.literal(NLS.bind(Messages.TeamMembersDialog_message, new Object[] {project, members.server(), owner})), 520);
        Composite body = Widgets.flushGrid(area, 6);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = Widgets.resultsTable(body, SWT.SINGLE, WidgetIds.TEAM_MEMBERS_TABLE, 6);
        ((GridData) table.getLayoutData()).heightHint = 180;
        for (String header : new String[] {Messages.TeamMembersDialog_login, Messages.TeamMembersDialog_role, Messages.TeamMembersDialog_canLogIn}) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(header);
            column.setWidth(160);
        }
        table.addListener(SWT.Selection, e -> chosen());
        new Label(body, SWT.NONE).setText(Messages.TeamMembersDialog_loginField);
        login = Widgets.wide(WidgetIds.tag(new Text(body, SWT.BORDER), WidgetIds.TEAM_MEMBER_LOGIN), 140);
        new Label(body, SWT.NONE).setText(Messages.TeamMembersDialog_roleField);
        role = WidgetIds.tag(new Combo(body, SWT.READ_ONLY), WidgetIds.TEAM_MEMBER_ROLE);
        for (TeamMembers.Role r : TeamMembers.Role.values()) {
            role.add(label(r));
        }
        role.select(TeamMembers.Role.CODER.ordinal());
        new Label(body, SWT.NONE).setText(Messages.TeamMembersDialog_password);
        password = Widgets.wide(WidgetIds.tag(new Text(body, SWT.BORDER | SWT.PASSWORD), WidgetIds.TEAM_MEMBER_PASSWORD), 120);
        password.setMessage(Messages.TeamMembersDialog_passwordHint);
        Composite buttons = Widgets.flushGrid(area, 3);
        button(buttons, Messages.TeamMembersDialog_add, this::add);
        button(buttons, Messages.TeamMembersDialog_change, this::changeRole);
        button(buttons, Messages.TeamMembersDialog_remove, this::remove);
        status = Widgets.statusRow(area, WidgetIds.TEAM_MEMBERS_STATUS, 1);
        show(initial);
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        closeButton(parent);
    }

    /** A member chosen in the table: their login and role go into the fields, to change or remove them. */
    private void chosen() {
        int row = table.getSelectionIndex();
        if (row >= 0) {
            TeamMembers.Member m = (TeamMembers.Member) table.getItem(row).getData();
            login.setText(m.login());
            role.select(m.role().ordinal());
        }
    }

    private void add() {
        char[] given = password.getText().isEmpty() ? null : password.getText().toCharArray();
        String name = login.getText().strip();
        TeamMembers.Role chosen = chosenRole();
        if (change(() -> members.add(name, chosen, given), NLS.bind(Messages.TeamMembersDialog_added, name, label(chosen)))) {
            password.setText("");
        }
    }

    private void changeRole() {
        String name = login.getText().strip();
        TeamMembers.Role chosen = chosenRole();
        change(() -> members.changeRole(name, chosen), NLS.bind(Messages.TeamMembersDialog_changed, name, label(chosen)));
    }

    private void remove() {
        String name = login.getText().strip();
        change(() -> {
            members.remove(name);
            return null;
        }, NLS.bind(Messages.TeamMembersDialog_removed, name));
    }

    private TeamMembers.Role chosenRole() {
        return TeamMembers.Role.values()[role.getSelectionIndex()];
    }

    /** A change of members, as the server does it. */
    private interface Change {
        Object run() throws TeamProjectException;
    }

    /**
     * Does {@code change} on the server (with a progress dialog: adding a member also adds their user to the project),
     * then shows the members again and {@code done}, or the server's refusal; returns whether it was done.
     */
    private boolean change(Change change, String done) {
        @SuppressWarnings("unchecked")
        List<TeamMembers.Member>[] after = new List[1];
        try {
            new ProgressMonitorDialog(getShell()).run(true, false, monitor -> {
                monitor.beginTask(Widgets.literal(NLS.bind(Messages.TeamMembersDialog_working, members.server())), IProgressMonitor.UNKNOWN);
                try {
                    change.run();
                    after[0] = members.list();
                } catch (TeamProjectException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            status.setText(Widgets.literal(e.getCause().getMessage()));
            status.getParent().layout(true, true);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        show(after[0]);
        status.setText(Widgets.literal(done));
        status.getParent().layout(true, true);
        return true;
    }

    private void show(List<TeamMembers.Member> listed) {
        table.removeAll();
        for (TeamMembers.Member m : listed) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {m.login(), label(m.role()), m.canLogIn() ? Messages.TeamMembersDialog_yes : Messages.TeamMembersDialog_no});
            item.setData(m);
        }
    }

    /** A role as the dialog names it (translated). */
    static String label(TeamMembers.Role role) {
        return switch (role) {
            case LEAD -> Messages.TeamMembersDialog_lead;
            case CODER -> Messages.TeamMembersDialog_coder;
            case RATER -> Messages.TeamMembersDialog_rater;
            case VIEWER -> Messages.TeamMembersDialog_viewer;
        };
    }
}
