package org.attune.ui.imports;

import org.attune.store.ProjectStore;
import org.attune.ui.handlers.ProjectHandler;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

/** File > Import Questionnaire or Spreadsheet...: the wizard, then the import as a background job. */
public class SurveyImportHandler extends ProjectHandler {
    public SurveyImportHandler() {
        super(SurveyWizard.TITLE);
    }

    @Override
    protected void run(Shell shell, ProjectStore store) {
        SurveyWizard wizard = new SurveyWizard();
        if (new WizardDialog(shell, wizard).open() == Window.OK) {
            new SurveyImportJob(store, wizard.file(), wizard.sheet(), wizard.plan(), shell.getDisplay()).schedule();
        }
    }
}
