package org.attune.ui.dialogs;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/**
 * A dialog with its title, resizable where asked: what Attune's dialogs set up alike, written once.
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
}
