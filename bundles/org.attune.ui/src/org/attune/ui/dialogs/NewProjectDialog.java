package org.attune.ui.dialogs;

import org.attune.ui.Widgets;
import java.nio.file.Path;

import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a new project's name and folder; OK is enabled once both are given. */
public class NewProjectDialog extends TitleAreaDialog {
    public static final String TITLE = Messages.NewProjectDialog_title;

    private Text nameText;
    private Text folderText;
    private Button encrypt;
    private Text passphraseText;
    private Text confirmText;
    private char[] passphrase;
    private String name;
    private Path folder;

    public NewProjectDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.NewProjectDialog_heading);
        setMessage(Messages.NewProjectDialog_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(3, false));
        new Label(form, SWT.NONE).setText(Messages.NewProjectDialog_name);
        nameText = WidgetIds.tag(new Text(form, SWT.BORDER), WidgetIds.NEW_PROJECT_NAME);
        nameText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(form, SWT.NONE).setText(Messages.NewProjectDialog_folder);
        folderText = WidgetIds.tag(new Text(form, SWT.BORDER), WidgetIds.NEW_PROJECT_FOLDER);
        Widgets.wide(folderText, 360);
        Button browse = new Button(form, SWT.PUSH);
        browse.setText(Messages.NewProjectDialog_browse);
        Widgets.choosesFolder(browse, folderText, Messages.NewProjectDialog_chooseFolder);
        encrypt = WidgetIds.tag(new Button(form, SWT.CHECK), WidgetIds.NEW_PROJECT_ENCRYPT);
        encrypt.setText(Messages.NewProjectDialog_encrypt);
        encrypt.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        new Label(form, SWT.NONE).setText(Messages.NewProjectDialog_passphrase);
        passphraseText = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.PASSWORD), WidgetIds.NEW_PROJECT_PASSPHRASE);
        passphraseText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(form, SWT.NONE).setText(Messages.NewProjectDialog_again);
        confirmText = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.PASSWORD), WidgetIds.NEW_PROJECT_CONFIRM);
        confirmText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Label warning = new Label(form, SWT.WRAP);
        warning.setText(Messages.NewProjectDialog_warning);
        warning.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        for (Text t : new Text[] {nameText, folderText, passphraseText, confirmText}) {
            t.addListener(SWT.Modify, e -> validate());
        }
        encrypt.addListener(SWT.Selection, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(Messages.NewProjectDialog_create);
        validate();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        boolean encrypted = encrypt.getSelection();
        passphraseText.setEnabled(encrypted);
        confirmText.setEnabled(encrypted);
        String problem = null;
        if (encrypted && passphraseText.getText().isEmpty()) {
            problem = Messages.NewProjectDialog_noPassphrase;
        } else if (encrypted && !passphraseText.getText().equals(confirmText.getText())) {
            problem = Messages.NewProjectDialog_differ;
        }
        boolean complete = !nameText.getText().isBlank() && !folderText.getText().isBlank() && problem == null;
        ok.setEnabled(complete);
        setErrorMessage(problem);
    }

    @Override
    protected void okPressed() {
        name = nameText.getText().strip();
        folder = Path.of(folderText.getText().strip());
        passphrase = encrypt.getSelection() ? passphraseText.getText().toCharArray() : null;
        super.okPressed();
    }

    public String projectName() {
        return name;
    }

    public Path projectFolder() {
        return folder;
    }

    /** The chosen passphrase, or null for an unencrypted project. */
    public char[] passphrase() {
        return passphrase;
    }
}
