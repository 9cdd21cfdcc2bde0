package org.attune.ui.analysis.exchange;

import org.eclipse.osgi.util.NLS;
import org.attune.ui.analysis.Messages;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attune.exchange.merge.ProjectMerge;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.attune.ui.IProjectSession;
import org.attune.ui.dialogs.PassphraseDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * File > Merge Project...: a colleague's copy of the project (a folder) or a .qdpx another tool made from the same
 * transcripts is first planned in the background (progress, Cancel) and shown as a dry run, as {@code attune cli merge
 * --dry-run} prints it: what would be added, matched, skipped and in conflict, nothing changed yet. Merge then brings it
 * into the open project as one undoable action (a second job) and the report lists what was done; Cancel leaves the
 * project as it was.
 */
public class MergeProjectHandler extends ExchangeHandler {
    public static final String TITLE = Messages.MergeProjectHandler_title;

    public MergeProjectHandler() {
        super(TITLE);
    }

    @Override
    protected void run(Shell shell, ProjectStore store) {
        MergeChoiceDialog dialog = new MergeChoiceDialog(shell);
        if (dialog.open() != Window.OK) {
            return;
        }
        Path other = dialog.file();
        OpenOptions options = OpenOptions.of(IProjectSession.HOLDER);
        try {
            if (Files.isDirectory(other) && ProjectStore.isEncrypted(other)) {
                PassphraseDialog ask = new PassphraseDialog(shell, other.getFileName().toString());
                if (ask.open() != Window.OK) {
                    return;
                }
                options = options.withPassphrase(ask.passphrase());
            }
        } catch (StoreException e) {
            MessageDialog.openError(shell, TITLE, e.getMessage());
            return;
        }
        OpenOptions opening = options;
        String name = other.getFileName().toString();
        // first the dry run (the command line's --dry-run): what merging would do, nothing changed; then, once the
        // user confirms, the planned changes as one undoable action
        inBackground(shell, NLS.bind(Messages.MergeProjectHandler_planning, name), monitor -> {
            try {
                return ProjectMerge.plan(store, other, opening, monitor);
            } catch (StoreException e) {
                throw new org.attune.exchange.ExchangeException(other, e.getMessage(), e);
            }
        }, merge -> {
            Shell active = shell.getDisplay().getActiveShell();
            if (new MergeReportDialog(active, merge.report(), true).open() != Window.OK) {
                return;
            }
            inBackground(shell, NLS.bind(Messages.MergeProjectHandler_merging, name), monitor -> {
                monitor.beginTask(NLS.bind(Messages.MergeProjectHandler_merging, name), 1);
                merge.apply(shell.getDisplay()::syncExec);
                monitor.done();
                return merge;
            }, done -> new MergeReportDialog(shell.getDisplay().getActiveShell(), done.report(), false).open());
        });
    }
}
