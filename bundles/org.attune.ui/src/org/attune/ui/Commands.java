package org.attune.ui;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.services.IServiceLocator;

/**
 * Runs a command (an action contributed in {@code plugin.xml}, with its handler) from a view's own controls: a
 * button of a view does what the command does, as its menu entry or key would, never an action of its own.
 */
public final class Commands {
    private Commands() {
    }

    /**
     * A push button labelled {@code label} that runs the command {@code commandId}.
     *
     * @param widgetId the id the UI tests find it by, or null
     */
    public static Button button(Composite parent, IServiceLocator services, String commandId, String label, String widgetId) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        if (widgetId != null) {
            WidgetIds.tag(button, widgetId);
        }
        button.addListener(SWT.Selection, e -> execute(services, commandId, button.getShell()));
        return button;
    }

    /** Runs {@code commandId} through the workbench's handlers; a command that cannot run says why in a dialog. */
    public static void execute(IServiceLocator services, String commandId, Shell shell) {
        try {
            services.getService(IHandlerService.class).executeCommand(commandId, null);
        } catch (CommandException e) {
            MessageDialog.openError(shell, shell.getText(), e.getMessage());
        }
    }
}
