package org.attune.ui.dialogs;

import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.attune.ui.Widgets;
import org.attune.ui.internal.TeamLogins;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * File &gt; Open Team Project...: the server, port, database and user of a team project on PostgreSQL and further
 * options of the connection, filled in as last given, and the password, filled in from secure storage when it was kept
 * there. A {@code jdbc:postgresql://} address pasted into the server's field (as a lead hands it out) fills in the
 * fields, its other parameters ({@code ssl=true&sslmode=require}) going to the options as they are.
 */
public class OpenTeamProjectDialog extends TitledDialog {
    public static final String TITLE = Messages.OpenTeamProjectDialog_title;
    private Text server;
    private Spinner port;
    private Text database;
    private Text user;
    private Text options;
    private Text password;
    private Button remember;
    private TeamLogins.Login login;
    private char[] given;
    private boolean keep;

    public OpenTeamProjectDialog(Shell parent) {
        super(parent, TITLE, false);
    }

    @Override
    protected void createArea(Composite area) {
        area.setLayout(new GridLayout(2, false));
        TeamLogins.Login last = TeamLogins.last();
        server = field(area, Messages.OpenTeamProjectDialog_server, WidgetIds.TEAM_SERVER, last.server(), SWT.BORDER);
        new Label(area, SWT.NONE).setText(Messages.OpenTeamProjectDialog_port);
        port = WidgetIds.tag(new Spinner(area, SWT.BORDER), WidgetIds.TEAM_PORT);
        port.setValues(last.port(), 1, 65535, 0, 1, 100);
        database = field(area, Messages.OpenTeamProjectDialog_database, WidgetIds.TEAM_DATABASE, last.database(), SWT.BORDER);
        user = field(area, Messages.OpenTeamProjectDialog_user, WidgetIds.TEAM_USER, last.user(), SWT.BORDER);
        options = field(area, Messages.OpenTeamProjectDialog_options, WidgetIds.TEAM_OPTIONS, last.options(), SWT.BORDER);
        options.setMessage(Messages.OpenTeamProjectDialog_optionsHint);
        server.addModifyListener(e -> fillFromUrl());
        char[] kept = TeamLogins.password(last);
        password = field(area, Messages.OpenTeamProjectDialog_password, WidgetIds.TEAM_PASSWORD, kept == null ? "" : new String(kept),
                SWT.BORDER | SWT.PASSWORD);
        new Label(area, SWT.NONE);
        remember = WidgetIds.tag(new Button(area, SWT.CHECK), WidgetIds.TEAM_REMEMBER);
        remember.setText(Messages.OpenTeamProjectDialog_remember);
        remember.setSelection(kept != null);
        Label note = Widgets.wrapping(area, Messages.OpenTeamProjectDialog_note, 380);
        ((GridData) note.getLayoutData()).horizontalSpan = 2;
    }

    /** A pasted address goes into the fields it holds (those it leaves out keep what they had, but the options). */
    private void fillFromUrl() {
        TeamLogins.Login pasted = TeamLogins.Login.of(server.getText());
        if (pasted == null) {
            return;
        }
        server.setText(pasted.server());
        port.setSelection(pasted.port());
        database.setText(pasted.database());
        if (!pasted.user().isEmpty()) {
            user.setText(pasted.user());
        }
        options.setText(pasted.options());
    }

    private static Text field(Composite area, String label, String id, String value, int style) {
        new Label(area, SWT.NONE).setText(label);
        Text text = Widgets.wide(WidgetIds.tag(new Text(area, style), id), 280);
        text.setText(value);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        actionButtons(parent, Messages.OpenTeamProjectDialog_open, IDialogConstants.CANCEL_LABEL, true);
    }

    @Override
    protected void okPressed() {
        login = new TeamLogins.Login(server.getText().strip(), port.getSelection(), database.getText().strip(), user.getText().strip(),
                options.getText().strip().replaceFirst("^[?&]+", ""));
        given = password.getText().toCharArray();
        keep = remember.getSelection();
        super.okPressed();
    }

    public TeamLogins.Login login() {
        return login;
    }

    public char[] password() {
        return given;
    }

    /** Whether the password is to be kept in secure storage. */
    public boolean keepPassword() {
        return keep;
    }
}
