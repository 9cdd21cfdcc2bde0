package org.attune.ui.dialogs;

import java.nio.file.Path;

import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.attune.ui.Widgets;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for one file to write or read: a path field (typed or chosen with Browse...) and whatever options a
 * subclass adds; for an export, "Write pseudonyms" with the key table's passphrase where offered ({@link #withPseudonyms},
 * #20). OK is enabled once the path is usable. Every export and import dialog of the workbench (exchange, codebook,
 * views' exports, rating results).
 */
public class FileChoiceDialog extends TitleAreaDialog {
    private final String title;
    private final String message;
    private final boolean save;
    private final String[] extensions;
    private final String[] extensionNames;
    private final String suggested;
    private Text path;
    private Path chosen;
    /** The project folder whose key table an export may use ({@link #withPseudonyms}), or null. */
    private Path keyTableOf;
    private boolean encrypted;
    private Button pseudonymise;
    private Text keyPassphrase;
    private char[] chosenKey;

    public FileChoiceDialog(Shell parent, String title, String message, boolean save, String suggested, String[] extensions,
            String[] extensionNames) {
        super(parent);
        this.title = title;
        this.message = message;
        this.save = save;
        this.suggested = suggested;
        this.extensions = extensions;
        this.extensionNames = extensionNames;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(3, false));
        new Label(body, SWT.NONE).setText(Messages.FileChoiceDialog_file);
        path = WidgetIds.tag(new Text(body, SWT.BORDER), WidgetIds.FILE_PATH);
        Widgets.wide(path, 420);
        if (suggested != null) {
            path.setText(suggested);
        }
        path.addListener(SWT.Modify, e -> validate());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.FileChoiceDialog_browse);
        browse.addListener(SWT.Selection, e -> browse());
        createOptions(body);
        if (keyTableOf != null) {
            pseudonymise = WidgetIds.tag(new Button(body, SWT.CHECK), WidgetIds.EXPORT_PSEUDONYMISE);
            pseudonymise.setText(Messages.FileChoiceDialog_pseudonymise);
            pseudonymise.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            new Label(body, SWT.NONE).setText(Messages.FileChoiceDialog_keyPassphrase);
            keyPassphrase = WidgetIds.tag(new Text(body, SWT.BORDER | SWT.PASSWORD), WidgetIds.EXPORT_KEY_PASSPHRASE);
            keyPassphrase.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            keyPassphrase.setEnabled(false);
            pseudonymise.addListener(SWT.Selection, e -> {
                keyPassphrase.setEnabled(pseudonymise.getSelection());
                validate();
            });
            keyPassphrase.addListener(SWT.Modify, e -> validate());
        }
        return area;
    }

    /**
     * Offers to write the export with the pseudonyms of the key table of {@code store}'s project (#20): a checkbox and
     * the key table's passphrase. Returns this dialog.
     */
    public FileChoiceDialog withPseudonyms(org.attune.store.ProjectStore store) {
        keyTableOf = store.folder();
        encrypted = store.isEncrypted();
        return this;
    }

    /** The key table's passphrase when the export is to carry pseudonyms, else null (after OK). */
    public char[] keyPassphrase() {
        return chosenKey;
    }

    /** Adds options below the path (the body has three columns). */
    protected void createOptions(Composite body) {
    }

    /** The extension (without the dot) the chooser should suggest, or null. */
    protected String extension() {
        return null;
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), save ? SWT.SAVE : SWT.OPEN);
        dialog.setOverwrite(save);
        dialog.setFilterExtensions(extensions);
        dialog.setFilterNames(extensionNames);
        if (!path.getText().isBlank()) {
            Path current = Path.of(path.getText().strip()).toAbsolutePath();
            dialog.setFilterPath(current.getParent() == null ? null : current.getParent().toString());
            dialog.setFileName(current.getFileName().toString());
        }
        String file = dialog.open();
        if (file != null) {
            path.setText(file);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(save ? Messages.FileChoiceDialog_export : Messages.FileChoiceDialog_import);
        validate();
    }

    protected void validate() {
        String problem = problem();
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    /** What is wrong with the choices, or null. */
    protected String problem() {
        if (path == null || path.getText().isBlank()) {
            return Messages.FileChoiceDialog_choose;
        }
        Path file = Path.of(path.getText().strip());
        if (!save && !java.nio.file.Files.isRegularFile(file)) {
            return NLS.bind(Messages.FileChoiceDialog_noFile, file);
        }
        if (save && java.nio.file.Files.isDirectory(file)) {
            return NLS.bind(Messages.FileChoiceDialog_folder, file);
        }
        if (pseudonymise != null && pseudonymise.getSelection()) {
            if (encrypted) {
                return Messages.FileChoiceDialog_pseudonymiseEncrypted;
            }
            if (!org.attune.coding.pseudonyms.KeyTableFile.exists(keyTableOf)) {
                return Messages.FileChoiceDialog_noKeyTable;
            }
            if (keyPassphrase.getText().isEmpty()) {
                return Messages.FileChoiceDialog_typeKeyPassphrase;
            }
        }
        return null;
    }

    protected Text pathField() {
        return path;
    }

    @Override
    protected void okPressed() {
        chosen = Path.of(path.getText().strip()).toAbsolutePath();
        chosenKey = pseudonymise != null && pseudonymise.getSelection() ? keyPassphrase.getText().toCharArray() : null;
        super.okPressed();
    }

    /** The file chosen (after OK). */
    public Path file() {
        return chosen;
    }
}
