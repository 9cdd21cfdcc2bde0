package org.attune.ui.analysis.exchange;

import org.attune.ui.dialogs.FileChoiceDialog;
import org.attune.ui.PseudonymisedExport;
import java.nio.file.Path;

import org.attune.exchange.ProjectExport;
import org.attune.store.ProjectStore;
import org.attune.ui.analysis.Messages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/** File > Export Project (REFI-QDA)...: the whole project as a .qdpx archive, written in the background. */
public class ExportProjectHandler extends ExchangeHandler {
    public static final String TITLE = Messages.ExportProjectHandler_title;

    public ExportProjectHandler() {
        super(TITLE);
    }

    @Override
    protected void run(Shell shell, ProjectStore store) {
        FileChoiceDialog dialog = new FileChoiceDialog(shell, TITLE, Messages.ExportProjectHandler_message, true,
                suggestion(store, ".qdpx"), new String[] {"*.qdpx", "*"}, new String[] {Messages.ExportProjectHandler_qdpx,
                        Messages.AllFiles}).withPseudonyms(store);
        Path file = chosen(dialog);
        if (file == null) {
            return;
        }
        char[] key = dialog.keyPassphrase();
        // under blind coding, only the codings the current coder may see leave the project
        org.attune.coding.CodingLens lens = org.attune.coding.CodingLens.of(store.project(), org.attune.ui.CurrentCoder.name());
        inBackground(shell, NLS.bind(Messages.ExportProjectHandler_job, file.getFileName()),
                monitor -> PseudonymisedExport.from(store, key, from -> ProjectExport.write(from, file, key == null ? lens
                        : org.attune.coding.CodingLens.of(from.project(), org.attune.ui.CurrentCoder.name()), monitor)),
                result -> MessageDialog.openInformation(shell.getDisplay().getActiveShell(), TITLE, message(result)));
    }

    static String message(ProjectExport.Result r) {
        StringBuilder text = new StringBuilder(NLS.bind(Messages.ExportProjectHandler_done, new Object[] {r.file(), r.sources(),
                r.codes(), r.codings(), r.memos(), r.ratingSheets()}));
        r.warnings().forEach(w -> text.append("\n• ").append(w));
        return text.toString();
    }
}
