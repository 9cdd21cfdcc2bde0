package org.attune.ui.ratings;

import java.nio.file.Path;
import java.util.List;

import org.attune.ratings.AgreementBreakdown;
import org.attune.ratings.RatingException;
import org.attune.ratings.RatingExport;
import org.attune.ratings.ResultsTables;
import org.attune.model.Project;
import org.attune.model.User;
import org.eclipse.core.runtime.IProgressMonitor;
import org.attune.ui.ProjectJob;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Writes the scores, the two results tables and the agreement report in the background: one XLSX workbook, or
 * CSV files beside each other (NAME-scores.csv, NAME-by-practitioner.csv, NAME-by-item.csv, NAME-agreement.csv).
 * What to write is read from the model on the UI thread before the job starts; only the files are written here.
 */
public class ExportJob extends ProjectJob<List<Path>> {
    public enum Format {
        CSV, XLSX
    }

    private final Writer writer;

    /** Writes the files and returns them. */
    private interface Writer {
        List<Path> write() throws RatingException;
    }

    private ExportJob(String name, Display display, Writer writer) {
        super(name, name, display);
        this.writer = writer;
    }

    /**
     * Reads what to write now (call on the UI thread: the model is read there only) and returns the job that writes it.
     *
     * @param target the workbook (XLSX), or the name the CSV files start with
     */
    public static ExportJob of(Project project, String scale, User viewer, List<ResultsTables.Table> tables,
            AgreementBreakdown.Breakdown agreement, Format format, Path target, Display display) {
        int[] withheld = {0};
        List<List<Object>> scores = RatingExport.scoreRows(project, scale, viewer, withheld);
        String base = target.getFileName().toString().replaceFirst("\\.(csv|xlsx)$", "");
        Path dir = target.toAbsolutePath().getParent();
        return new ExportJob(NLS.bind(Messages.ExportJob_name, scale), display, () -> {
            if (format == Format.XLSX) {
                RatingExport.xlsx(scores, withheld[0], tables, agreement, target);
                return List.of(target);
            }
            List<Path> files = List.of(dir.resolve(base + "-scores.csv"), dir.resolve(base + "-by-practitioner.csv"),
                    dir.resolve(base + "-by-item.csv"), dir.resolve(base + "-agreement.csv"));
            RatingExport.scoresCsv(scores, withheld[0], files.get(0));
            RatingExport.tableCsv(tables.get(0), files.get(1));
            RatingExport.tableCsv(tables.get(1), files.get(2));
            AgreementBreakdown.csv(agreement, files.get(3));
            return files;
        });
    }

    @Override
    protected List<Path> work(IProgressMonitor monitor) throws RatingException {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        return writer.write();
    }

    @Override
    protected void done(List<Path> files) {
        // the files are where the user chose to write them; nothing more to show
    }
}
