package org.attune.ui.ratings;

import java.nio.file.Path;
import java.util.List;

import org.attune.agreement.Bootstrap;
import org.attune.ratings.AgreementBreakdown;
import org.attune.ratings.RatingException;
import org.attune.ratings.RatingExport;
import org.attune.ratings.ResultsTables;
import org.attune.model.Project;
import org.attune.model.RatingScale;
import org.attune.model.User;
import org.eclipse.core.runtime.IProgressMonitor;
import org.attune.store.ProjectStore;
import org.attune.ui.ProjectJob;
import org.attune.ui.PseudonymisedExport;
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
        return new ExportJob(NLS.bind(Messages.ExportJob_name, scale), display,
                () -> write(scores, withheld[0], tables, agreement, format, target));
    }

    /**
     * What the Results view shows, to be computed again on another copy of the project: the scale, whose scores, for
     * which viewer (the blind rule), with bootstrapped intervals or not; the scale and the viewer by id.
     */
    public record Choice(String scaleId, String basis, String viewerId, boolean bootstrapped) {
    }

    /**
     * The same export from the project's copy with the pseudonyms of the key table whose passphrase is {@code key}
     * (#20, as {@code attune cli ratings export --pseudonymise}): the scores, the tables and the agreement report are
     * computed again on the copy from the same choice, so the files hold no real name of the table; the project keeps
     * them. A wrong passphrase fails the job with a message naming the key file.
     */
    public static ExportJob pseudonymised(ProjectStore store, String scale, Choice choice, Format format, Path target, char[] key,
            Display display) {
        return new ExportJob(NLS.bind(Messages.ExportJob_name, scale), display, () -> {
            try {
                return PseudonymisedExport.from(store, key, copy -> {
                    Project project = copy.project();
                    String name = project.getRatingScales().stream().filter(s -> s.getId().equals(choice.scaleId()))
                            .map(RatingScale::getName).findFirst().orElseThrow(() -> new RatingException("the scale is gone"));
                    User viewer = project.getUsers().stream().filter(u -> u.getId().equals(choice.viewerId())).findFirst()
                            .orElse(null);
                    int[] withheld = {0};
                    List<List<Object>> scores = RatingExport.scoreRows(project, name, viewer, withheld);
                    ResultsTables.Basis basis = ResultsTables.basis(project, name, choice.basis());
                    List<ResultsTables.Table> tables = List.of(
                            ResultsTables.compute(project, name, ResultsTables.By.PRACTITIONER, basis, null, viewer),
                            ResultsTables.compute(project, name, ResultsTables.By.ITEM, basis, null, viewer));
                    AgreementBreakdown.Breakdown agreement = AgreementBreakdown.of(project, name, viewer,
                            choice.bootstrapped() ? new Bootstrap(Bootstrap.DEFAULT_SAMPLES, 1) : null);
                    return write(scores, withheld[0], tables, agreement, format, target);
                });
            } catch (RatingException e) {
                throw e;
            } catch (Exception e) {
                throw new RatingException(target + ": " + e.getMessage(), e);
            }
        });
    }

    /** Writes the workbook, or the four CSV files beside each other; returns them. */
    private static List<Path> write(List<List<Object>> scores, int withheld, List<ResultsTables.Table> tables,
            AgreementBreakdown.Breakdown agreement, Format format, Path target) {
        if (format == Format.XLSX) {
            RatingExport.xlsx(scores, withheld, tables, agreement, target);
            return List.of(target);
        }
        String base = target.getFileName().toString().replaceFirst("\\.(csv|xlsx)$", "");
        Path dir = target.toAbsolutePath().getParent();
        List<Path> files = List.of(dir.resolve(base + "-scores.csv"), dir.resolve(base + "-by-practitioner.csv"),
                dir.resolve(base + "-by-item.csv"), dir.resolve(base + "-agreement.csv"));
        RatingExport.scoresCsv(scores, withheld, files.get(0));
        RatingExport.tableCsv(tables.get(0), files.get(1));
        RatingExport.tableCsv(tables.get(1), files.get(2));
        AgreementBreakdown.csv(agreement, files.get(3));
        return files;
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
