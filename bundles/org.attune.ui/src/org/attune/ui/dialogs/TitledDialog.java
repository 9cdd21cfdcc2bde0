package org.attune.ui.dialogs;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * A dialog with its title, resizable where asked, and its button bars: what Attune's dialogs set up alike, written
 * once ({@link org.attune.ui.Widgets} has the widgets they lay out alike).
 */
public abstract class TitledDialog extends Dialog {
    private final String title;
    private final boolean resizable;

    protected TitledDialog(Shell parent, String title, boolean resizable) {
        super(parent);
        this.title = title;
        this.resizable = resizable;
        if (resizable) { // as Dialog does for a resizable dialog (it asks isResizable() before this is set)
            setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
        }
    }

    @Override
    protected boolean isResizable() {
        return resizable;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        createArea(area);
        return area;
    }

    /** Puts the dialog's controls into its {@code area} (the dialog's one-column grid, with its margins). */
    protected abstract void createArea(Composite area);

    /** The one button of a dialog that only shows something: Close, the default. */
    protected void closeButton(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** OK named {@code action}, then {@code cancel}; {@code actionByDefault}: Enter presses OK, else Cancel. */
    protected void actionButtons(Composite parent, String action, String cancel, boolean actionByDefault) {
        createButton(parent, IDialogConstants.OK_ID, action, actionByDefault);
        createButton(parent, IDialogConstants.CANCEL_ID, cancel, !actionByDefault);
    }
}
