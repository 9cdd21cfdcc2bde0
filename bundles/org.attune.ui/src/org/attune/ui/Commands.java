package org.attune.ui;

import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.commands.ICommandService;
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
        return button(parent, services, commandId, Map::of, label, widgetId);
    }

    /**
     * A push button labelled {@code label} that runs the command {@code commandId} with the parameters {@code
     * parameters} gives at the time of the click (e.g. a time typed beside it); when it gives null, the button does
     * nothing (it has said why, e.g. in its view's status line).
     *
     * @param widgetId the id the UI tests find it by, or null
     */
    public static Button button(Composite parent, IServiceLocator services, String commandId, Supplier<Map<String, String>> parameters,
            String label, String widgetId) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        if (widgetId != null) {
            WidgetIds.tag(button, widgetId);
        }
        button.addListener(SWT.Selection, e -> {
            Map<String, String> given = parameters.get();
            if (given != null) {
                execute(services, commandId, given, button.getShell());
            }
        });
        return button;
    }

    /** Runs {@code commandId} through the workbench's handlers; a command that cannot run says why in a dialog. */
    public static void execute(IServiceLocator services, String commandId, Shell shell) {
        execute(services, commandId, Map.of(), shell);
    }

    /** Runs {@code commandId} with {@code parameters} (id to value) through the workbench's handlers. */
    public static void execute(IServiceLocator services, String commandId, Map<String, String> parameters, Shell shell) {
        try {
            ParameterizedCommand command = ParameterizedCommand.generateCommand(
                    services.getService(ICommandService.class).getCommand(commandId), parameters);
            if (command == null) {
                throw new IllegalArgumentException("command " + commandId + " has no parameters " + parameters.keySet());
            }
            services.getService(IHandlerService.class).executeCommand(command, null);
        } catch (CommandException e) {
            MessageDialog.openError(shell, shell.getText(), e.getMessage());
        }
    }
}
