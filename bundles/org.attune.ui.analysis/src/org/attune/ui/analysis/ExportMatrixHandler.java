package org.attune.ui.analysis;

import java.nio.file.Path;

import org.attune.ui.analysis.exchange.FileChoiceDialog;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The Matrix view's Export CSV / tidy CSV / XLSX / DOCX: asks for the file and lets the view write the matrix shown
 * ({@link MatrixView#export}, through the core's {@code MatrixExport}) in the background.
 */
public class ExportMatrixHandler extends AbstractHandler {
    public static final String COMMAND = "org.attune.ui.analysis.commands.exportMatrix";
    /** The command's parameter: {@code csv}, {@code tidy}, {@code xlsx} or {@code docx}. */
    public static final String FORMAT = "org.attune.ui.analysis.exportFormat";

    @Override
    public Object execute(ExecutionEvent event) {
        MatrixView view = HandlerUtil.getActivePart(event) instanceof MatrixView v ? v
                : (MatrixView) HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().findView(MatrixView.ID);
        if (view == null) {
            return null;
        }
        String format = event.getParameter(FORMAT) == null ? "csv" : event.getParameter(FORMAT);
        String extension = format.equals("tidy") ? "csv" : format;
        String name = "matrix" + (format.equals("tidy") ? "-tidy.csv" : "." + format);
        FileChoiceDialog dialog = new FileChoiceDialog(HandlerUtil.getActiveShell(event), Messages.ExportMatrixHandler_title,
                NLS.bind(Messages.ExportMatrixHandler_message, format.equals("tidy") ? Messages.MatrixView_tidyCsv
                        : format.toUpperCase(java.util.Locale.ROOT)),
                true, Path.of(System.getProperty("user.home"), name).toString(), new String[] {"*." + extension}, null);
        if (dialog.open() == Window.OK) {
            view.export(format, dialog.file());
        }
        return null;
    }
}
