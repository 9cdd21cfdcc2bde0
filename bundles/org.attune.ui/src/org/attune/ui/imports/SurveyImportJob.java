package org.attune.ui.imports;

import java.nio.file.Path;

import org.attune.importer.survey.Sheet;
import org.attune.importer.survey.SheetProblem;
import org.attune.importer.survey.SurveyImport;
import org.attune.importer.survey.SurveyPlan;
import org.attune.importer.survey.SurveyReport;
import org.attune.store.ProjectStore;
import org.attune.ui.Messages;
import org.attune.ui.ProjectJob;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Imports a sheet by the wizard's plan in the background, with progress and Cancel, through the same core
 * operation as {@code attune cli import-survey}: the cells are checked in this job, the project is changed in one
 * undoable action on the UI thread. Cancel before that action imports nothing. The summary is shown when it ends.
 */
public class SurveyImportJob extends ProjectJob<SurveyReport> {
    private final ProjectStore store;
    private final Path file;
    private final Sheet sheet;
    private final SurveyPlan plan;

    public SurveyImportJob(ProjectStore store, Path file, Sheet sheet, SurveyPlan plan, Display display) {
        super(NLS.bind(Messages.SurveyImportJob_name, file.getFileName()), SurveyWizard.TITLE, display);
        this.store = store;
        this.file = file;
        this.sheet = sheet;
        this.plan = plan;
    }

    @Override
    protected SurveyReport work(IProgressMonitor monitor) throws SheetProblem {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 2);
        progress.subTask(Messages.SurveyImportJob_checking);
        SurveyReport report = new SurveyImport(store).run(file, sheet, plan, command -> {
            progress.split(1).subTask(Messages.SurveyImportJob_storing);
            onUiThread(command);
        }, monitor::isCanceled);
        progress.setWorkRemaining(0);
        return report;
    }

    @Override
    protected void done(SurveyReport report) {
        new SurveyResultDialog(display().getActiveShell(), report).open();
    }

    @Override
    protected String cancelledMessage() {
        return NLS.bind(Messages.SurveyImportJob_cancelled, file.getFileName());
    }
}
