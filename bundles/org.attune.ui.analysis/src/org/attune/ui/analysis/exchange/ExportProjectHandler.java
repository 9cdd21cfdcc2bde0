package org.attune.ui.analysis.exchange;

import java.nio.file.Path;
import java.util.Locale;

import org.attune.exchange.ProjectExport;
import org.attune.store.ProjectStore;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** File > Export Project (REFI-QDA)...: the whole project as a .qdpx archive, written in the background. */
public class ExportProjectHandler extends ExchangeHandler {
    public static final String TITLE = "Export Project (REFI-QDA)";

    @Override
    String title() {
        return TITLE;
    }

    @Override
    void run(Shell shell, ProjectStore store) {
        FileChoiceDialog dialog = new FileChoiceDialog(shell, TITLE,
                "A REFI-QDA project archive (.qdpx) that NVivo, ATLAS.ti, MAXQDA, QualCoder and Attune read.", true,
                suggestion(store, ".qdpx"), new String[] {"*.qdpx", "*"}, new String[] {"REFI-QDA project", "All files"});
        if (dialog.open() != Window.OK) {
            return;
        }
        Path file = dialog.file();
        new ExchangeJob<>("Exporting the project to " + file.getFileName(), TITLE, shell.getDisplay(),
                monitor -> ProjectExport.write(store, file, monitor),
                result -> MessageDialog.openInformation(shell.getDisplay().getActiveShell(), TITLE, message(result))).schedule();
    }

    static String message(ProjectExport.Result r) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Wrote %s: %d sources, %d codes, %d codings, %d memos, %d rating sheets.", r.file(), r.sources(), r.codes(),
                r.codings(), r.memos(), r.ratingSheets()));
        r.warnings().forEach(w -> text.append("\n• ").append(w));
        return text.toString();
    }
}
