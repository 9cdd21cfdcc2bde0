package org.attune.ui.handlers;

import org.eclipse.ui.PlatformUI;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.StoreException;
import org.attune.ui.Messages;
import org.attune.ui.IProjectSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Open Sample Project: the fictional VIG study, made in {@code ~/.attune/sample-project} on first use
 * ({@code ATTUNE_SAMPLE} names another folder) and opened like any project afterwards.
 */
public class OpenSampleHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        open(HandlerUtil.getActiveWorkbenchWindow(event).getShell(), folder());
        return null;
    }

    public static Path folder() {
        String chosen = System.getenv("ATTUNE_SAMPLE");
        return chosen != null && !chosen.isBlank() ? Path.of(chosen)
                : Path.of(System.getProperty("user.home"), ".attune", "sample-project");
    }

    /** Opens the sample project in {@code folder}, making it first if the folder holds no project. */
    public static void open(Shell shell, Path folder) {
        if (Files.exists(folder.resolve("attune-project.json"))) {
            OpenProjectHandler.open(shell, folder);
            return;
        }
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                PlatformUI.getWorkbench().getService(IProjectSession.class).open(SampleProject.create(folder, OpenOptions.of(IProjectSession.HOLDER)));
            } catch (StoreException | IOException | RuntimeException e) {
                MessageDialog.openError(shell, Messages.OpenSampleHandler_failed, folder + ": " + e.getMessage());
            }
        });
    }
}
