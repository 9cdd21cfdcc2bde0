package org.attune.ui.analysis;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * The Matrix view's Export CSV / tidy CSV / XLSX / DOCX: the matrix shown ({@link MatrixView#export}, through the
 * core's {@code MatrixExport}).
 */
public class ExportMatrixHandler extends ViewExportHandler<MatrixView> {
    public static final String COMMAND = "org.attune.ui.analysis.commands.exportMatrix";

    public ExportMatrixHandler() {
        super(MatrixView.class, MatrixView.ID, Messages.ExportMatrixHandler_title,
                format -> NLS.bind(Messages.ExportMatrixHandler_message,
                        format.equals("tidy") ? Messages.MatrixView_tidyCsv : format.toUpperCase(Locale.ROOT)),
                format -> "matrix" + (format.equals("tidy") ? "-tidy.csv" : "." + format), MatrixView::export);
    }
}
