package org.attune.ui.imports;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.attune.importer.survey.Sheet;
import org.attune.importer.survey.SheetProblem;
import org.attune.importer.survey.SurveyImport;
import org.attune.importer.survey.SurveyPlan;
import org.attune.importer.survey.SurveyReport;
import org.attune.store.ProjectStore;
import org.attune.ui.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Imports a sheet by the wizard's plan in the background, with progress and Cancel, through the same core
 * operation as {@code attune cli import-survey}: the cells are checked in this job, the project is changed in one
 * undoable action on the UI thread. Cancel before that action imports nothing. The summary is shown when it ends.
 */
public class SurveyImportJob extends Job {
    public static final Object FAMILY = SurveyImportJob.class;
    private final ProjectStore store;
    private final Path file;
    private final Sheet sheet;
    private final SurveyPlan plan;
    private final Display display;

    public SurveyImportJob(ProjectStore store, Path file, Sheet sheet, SurveyPlan plan, Display display) {
        super(NLS.bind(Messages.SurveyImportJob_name, file.getFileName()));
        this.store = store;
        this.file = file;
        this.sheet = sheet;
        this.plan = plan;
        this.display = display;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 2);
        try {
            progress.subTask(Messages.SurveyImportJob_checking);
            SurveyReport report = new SurveyImport(store).run(file, sheet, plan, command -> {
                progress.split(1).subTask(Messages.SurveyImportJob_storing);
                display.syncExec(command);
            }, monitor::isCanceled);
            progress.setWorkRemaining(0);
            display.asyncExec(() -> new SurveyResultDialog(display.getActiveShell(), report).open());
            return Status.OK_STATUS;
        } catch (CancellationException e) {
            display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), SurveyWizard.TITLE,
                    NLS.bind(Messages.SurveyImportJob_cancelled, file.getFileName())));
            return Status.CANCEL_STATUS;
        } catch (SheetProblem | RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), SurveyWizard.TITLE, reason));
            return Status.info(reason); // shown in the dialog already
        }
    }
}
