package org.attune.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.attune.ui.dialogs.PassphraseDialog;
import org.eclipse.jface.window.Window;
import org.attune.ui.ProjectSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open Project...: choose a project folder and show it in the Project Explorer. */
public class OpenProjectHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        DirectoryDialog chooser = new DirectoryDialog(shell);
        chooser.setMessage("Choose an Attune project folder");
        String chosen = chooser.open();
        if (chosen != null) {
            open(shell, Path.of(chosen));
        }
        return null;
    }

    /** Opens {@code folder}, or tells the user why it cannot be opened, and what opening it repaired or found lost. */
    public static void open(Shell shell, Path folder) {
        List<String> warnings = new ArrayList<>();
        try {
            OpenOptions options = OpenOptions.of(ProjectSession.HOLDER).withWarnings(warnings::add);
            if (ProjectStore.isEncrypted(folder)) {
                PassphraseDialog ask = new PassphraseDialog(shell, folder.getFileName().toString());
                if (ask.open() != Window.OK) {
                    return;
                }
                options = options.withPassphrase(ask.passphrase());
            }
            ProjectSession.get().open(ProjectStore.open(folder, options));
            if (!warnings.isEmpty()) {
                MessageDialog.openWarning(shell, "The project needs your attention", String.join("\n\n", warnings));
            }
        } catch (StoreException e) {
            MessageDialog.openError(shell, "Cannot open the project", e.getMessage());
        }
    }
}
