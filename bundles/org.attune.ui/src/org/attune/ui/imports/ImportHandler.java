package org.attune.ui.imports;

import org.attune.importer.TikaService;
import org.attune.store.ProjectStore;
import org.attune.ui.Messages;
import org.attune.ui.handlers.ProjectHandler;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** File > Import...: choose files and options, then import them as a background job. */
public class ImportHandler extends ProjectHandler {
    public ImportHandler() {
        super(Messages.Import_title);
    }

    @Override
    protected void run(Shell shell, ProjectStore store) {
        ImportWizard wizard = new ImportWizard();
        if (new WizardDialog(shell, wizard).open() == Window.OK) {
            new ImportJob(store, wizard.files(), wizard.options(), PlatformUI.getWorkbench().getDisplay(),
                    PlatformUI.getWorkbench().getService(TikaService.class)).schedule();
        }
    }
}
