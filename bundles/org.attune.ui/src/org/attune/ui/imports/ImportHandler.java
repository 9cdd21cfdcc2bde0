package org.attune.ui.imports;

import org.eclipse.ui.PlatformUI;
import org.attune.importer.TikaService;
import org.attune.store.ProjectStore;
import org.attune.ui.Messages;
import org.attune.ui.IProjectSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Import...: choose files and options, then import them as a background job. */
public class ImportHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        ProjectStore store = PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElse(null);
        if (store == null) {
            MessageDialog.openInformation(shell, Messages.Import_title, Messages.ImportHandler_noProject);
            return null;
        }
        ImportWizard wizard = new ImportWizard();
        if (new WizardDialog(shell, wizard).open() == Window.OK) {
            new ImportJob(store, wizard.files(), wizard.options(), org.eclipse.ui.PlatformUI.getWorkbench().getDisplay(),
                    org.eclipse.ui.PlatformUI.getWorkbench().getService(TikaService.class)).schedule();
        }
        return null;
    }
}
