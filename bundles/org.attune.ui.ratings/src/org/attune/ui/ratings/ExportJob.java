package org.attune.ui.ratings;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.attune.ratings.AgreementBreakdown;
import org.attune.ratings.RatingException;
import org.attune.ratings.RatingExport;
import org.attune.ratings.ResultsTables;
import org.attune.model.Project;
import org.attune.model.User;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Writes the scores, the two results tables and the agreement report in the background: one XLSX workbook, or
 * CSV files beside each other (NAME-scores.csv, NAME-by-practitioner.csv, NAME-by-item.csv, NAME-agreement.csv).
 * What to write is read from the model on the UI thread before the job starts; only the files are written here.
 */
public class ExportJob extends Job {
    public static final Object FAMILY = ExportJob.class;

    public enum Format {
        CSV, XLSX
    }

    private final Supplier<Runnable> writer;
    private volatile List<Path> written = List.of();

    private ExportJob(String name, Supplier<Runnable> writer) {
        super(name);
        this.writer = writer;
        setUser(true);
    }

    /**
     * Reads what to write now (call on the UI thread: the model is read there only) and returns the job that writes it.
     *
     * @param target the workbook (XLSX), or the name the CSV files start with
     */
    public static ExportJob of(Project project, String scale, User viewer, List<ResultsTables.Table> tables,
            AgreementBreakdown.Breakdown agreement, Format format, Path target) {
        int[] withheld = {0};
        List<List<Object>> scores = RatingExport.scoreRows(project, scale, viewer, withheld);
        String base = target.getFileName().toString().replaceFirst("\\.(csv|xlsx)$", "");
        Path dir = target.toAbsolutePath().getParent();
        ExportJob[] job = new ExportJob[1];
        job[0] = new ExportJob(NLS.bind(Messages.ExportJob_name, scale), () -> () -> {
            if (format == Format.XLSX) {
                RatingExport.xlsx(scores, withheld[0], tables, agreement, target);
                job[0].written = List.of(target);
            } else {
                List<Path> files = List.of(dir.resolve(base + "-scores.csv"), dir.resolve(base + "-by-practitioner.csv"),
                        dir.resolve(base + "-by-item.csv"), dir.resolve(base + "-agreement.csv"));
                RatingExport.scoresCsv(scores, withheld[0], files.get(0));
                RatingExport.tableCsv(tables.get(0), files.get(1));
                RatingExport.tableCsv(tables.get(1), files.get(2));
                AgreementBreakdown.csv(agreement, files.get(3));
                job[0].written = files;
            }
        });
        return job[0];
    }

    public List<Path> written() {
        return written;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            writer.get().run();
            return Status.OK_STATUS;
        } catch (RatingException e) {
            return Status.error(e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }
}
