package org.attune.ui.handlers;

import org.attune.ui.CurrentCoder;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Edit > Switch Coder...: asks for the coder's name (the project's coders offered) and stores it in the preference,
 * so that the codings made afterwards carry it.
 */
public class SwitchCoderHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        CoderDialog dialog = new CoderDialog(shell);
        if (dialog.open() == Window.OK && !dialog.name.isBlank()) {
            CurrentCoder.switchTo(dialog.name);
        }
        return null;
    }

    private static final class CoderDialog extends Dialog {
        private Combo combo;
        private String name = "";

        CoderDialog(Shell shell) {
            super(shell);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(Messages.SwitchCoder_title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            new Label(area, SWT.WRAP).setText(Messages.SwitchCoder_prompt);
            combo = WidgetIds.tag(new Combo(area, SWT.DROP_DOWN | SWT.BORDER), WidgetIds.SWITCH_CODER_NAME);
            combo.setItems(CurrentCoder.known().toArray(String[]::new));
            combo.setText(CurrentCoder.name());
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            ((GridData) combo.getLayoutData()).widthHint = 260;
            combo.addListener(SWT.Modify, e -> {
                var ok = getButton(IDialogConstants.OK_ID);
                if (ok != null) {
                    ok.setEnabled(!combo.getText().isBlank());
                }
            });
            return area;
        }

        @Override
        protected void okPressed() {
            name = combo.getText().strip();
            super.okPressed();
        }
    }
}
