package org.attune.ui.analysis;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * The Matrix view's Export CSV / tidy CSV / XLSX / DOCX: the matrix shown ({@link MatrixView#export}, through the
 * core's {@code MatrixExport}).
 */
public class ExportMatrixHandler extends ViewExportHandler<MatrixView> {
    public static final String COMMAND = "org.attune.ui.analysis.commands.exportMatrix";

    public ExportMatrixHandler() {
        super(MatrixView.class, MatrixView.ID);
    }

    @Override
    protected String title() {
        return Messages.ExportMatrixHandler_title;
    }

    @Override
    protected String message(String format) {
        return NLS.bind(Messages.ExportMatrixHandler_message, format.equals("tidy") ? Messages.MatrixView_tidyCsv
                : format.toUpperCase(Locale.ROOT));
    }

    @Override
    protected String fileName(String format) {
        return "matrix" + (format.equals("tidy") ? "-tidy.csv" : "." + format);
    }

    @Override
    protected void export(MatrixView view, String format, Path file) {
        view.export(format, file);
    }
}
