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
 * transcripts comes into the open project in the background (progress, Cancel) as one undoable action; the report
 * then lists what was added, matched, skipped and in conflict.
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
        inBackground(shell, NLS.bind(Messages.MergeProjectHandler_merging, other.getFileName()), monitor -> {
            try {
                ProjectMerge merge = ProjectMerge.plan(store, other, opening, monitor);
                merge.apply(shell.getDisplay()::syncExec);
                return merge;
            } catch (StoreException e) {
                throw new org.attune.exchange.ExchangeException(other, e.getMessage(), e);
            }
        }, merge -> new MergeReportDialog(shell.getDisplay().getActiveShell(), merge.report()).open());
    }
}
