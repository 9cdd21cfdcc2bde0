package org.attune.ui.imports;

import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Import Questionnaire or Spreadsheet...: the wizard, then the import as a background job. */
public class SurveyImportHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        ProjectStore store = PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElse(null);
        if (store == null) {
            MessageDialog.openInformation(shell, SurveyWizard.TITLE, Messages.ImportHandler_noProject);
            return null;
        }
        SurveyWizard wizard = new SurveyWizard();
        if (new WizardDialog(shell, wizard).open() == Window.OK) {
            new SurveyImportJob(store, wizard.file(), wizard.sheet(), wizard.plan(), shell.getDisplay()).schedule();
        }
        return null;
    }
}
