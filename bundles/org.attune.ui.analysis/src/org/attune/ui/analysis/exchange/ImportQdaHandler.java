package org.attune.ui.analysis.exchange;

import org.attune.ui.dialogs.FileChoiceDialog;
import java.nio.file.Path;

import org.attune.exchange.QdaImport;
import org.attune.store.ProjectStore;
import org.attune.ui.analysis.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * File > Import REFI-QDA...: a project (.qdpx, .qde) or a codebook (.qdc) from another QDA tool (or Attune) is
 * added to the open project in the background, as one undoable action; the report then lists, per element
 * type, what was imported and what was skipped and why.
 */
public class ImportQdaHandler extends ExchangeHandler {
    public static final String TITLE = Messages.ImportQdaHandler_title;

    public ImportQdaHandler() {
        super(TITLE);
    }

    @Override
    protected void run(Shell shell, ProjectStore store) {
        Path file = chosen(new FileChoiceDialog(shell, TITLE, Messages.ImportQdaHandler_message, false, null,
                new String[] {"*.qdpx;*.qde;*.qdc", "*"}, new String[] {Messages.ImportQdaHandler_files, Messages.AllFiles}));
        if (file == null) {
            return;
        }
        inBackground(shell, NLS.bind(Messages.ImportQdaHandler_job, file.getFileName()),
                monitor -> new QdaImport(store, org.attune.exchange.ZipLimits.DEFAULT, shell.getDisplay()::syncExec)
                        .importFile(file, monitor),
                summary -> new ImportReportDialog(shell.getDisplay().getActiveShell(), summary).open());
    }
}
