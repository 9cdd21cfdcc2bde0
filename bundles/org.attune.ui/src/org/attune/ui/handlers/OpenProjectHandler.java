package org.attune.ui.handlers;

import org.eclipse.ui.PlatformUI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreDamagedException;
import org.attune.store.StoreException;
import org.attune.ui.Messages;
import org.attune.ui.Widgets;
import org.attune.ui.dialogs.PassphraseDialog;
import org.eclipse.jface.window.Window;
import org.attune.ui.IProjectSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open Project...: choose a project folder and show it in the Project Explorer. */
public class OpenProjectHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        Path chosen = Widgets.chooseFolder(shell, Messages.OpenProjectHandler_choose);
        if (chosen != null) {
            open(shell, chosen);
        }
        return null;
    }

    private static final String ATTENTION = Messages.OpenProjectHandler_attention;

    /**
     * Opens {@code folder}, or tells the user why it cannot be opened, and what opening it repaired or found lost. What
     * is found after it opened (damage the store check finds while the user works) is shown in a dialog of its own.
     */
    public static void open(Shell shell, Path folder) {
        List<String> warnings = new ArrayList<>();
        AtomicBoolean opened = new AtomicBoolean();
        Consumer<String> warn = warning -> {
            synchronized (warnings) {
                if (!opened.get()) {
                    warnings.add(warning);
                    return;
                }
            }
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    MessageDialog.openWarning(shell, ATTENTION, warning);
                }
            });
        };
        try {
            OpenOptions options = OpenOptions.of(IProjectSession.HOLDER).withWarnings(warn);
            if (ProjectStore.isEncrypted(folder)) {
                PassphraseDialog ask = new PassphraseDialog(shell, folder.getFileName().toString());
                if (ask.open() != Window.OK) {
                    return;
                }
                options = options.withPassphrase(ask.passphrase());
            }
            try {
                PlatformUI.getWorkbench().getService(IProjectSession.class).open(ProjectStore.open(folder, options));
            } catch (StoreDamagedException e) { // a view met it: the project is open, showing what can be read
                synchronized (warnings) {
                    warnings.add(e.getMessage());
                }
            }
            List<String> atOpening;
            synchronized (warnings) {
                opened.set(true);
                atOpening = List.copyOf(warnings);
            }
            if (!atOpening.isEmpty()) {
                MessageDialog.openWarning(shell, ATTENTION, String.join("\n\n", atOpening));
            }
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.OpenProjectHandler_failed, e.getMessage());
        }
    }
}
