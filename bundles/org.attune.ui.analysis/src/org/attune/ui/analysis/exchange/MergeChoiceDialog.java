package org.attune.ui.analysis.exchange;

import org.attune.ui.dialogs.FileChoiceDialog;
import org.attune.ui.Widgets;
import org.eclipse.osgi.util.NLS;
import org.attune.ui.analysis.Messages;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Asks for the copy to merge: a project folder (Folder...) or a REFI-QDA file (Browse...). */
final class MergeChoiceDialog extends FileChoiceDialog {
    MergeChoiceDialog(Shell parent) {
        super(parent, MergeProjectHandler.TITLE, Messages.MergeChoiceDialog_message, false, null, new String[] {"*.qdpx;*.qde", "*"},
                new String[] {Messages.MergeChoiceDialog_qdaProjects, Messages.MergeChoiceDialog_allFiles});
    }

    @Override
    protected void createOptions(Composite body) {
        new Label(body, SWT.NONE);
        new Label(body, SWT.NONE);
        Button folder = new Button(body, SWT.PUSH);
        folder.setText(Messages.MergeChoiceDialog_folder);
        Widgets.choosesFolder(folder, pathField(), Messages.MergeChoiceDialog_chooseFolder);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(org.eclipse.jface.dialogs.IDialogConstants.OK_ID).setText(Messages.MergeChoiceDialog_merge);
    }

    @Override
    protected String problem() {
        if (pathField() == null || pathField().getText().isBlank()) {
            return Messages.MergeChoiceDialog_chooseCopy;
        }
        Path chosen = Path.of(pathField().getText().strip());
        if (Files.isDirectory(chosen)) {
            return Files.isRegularFile(chosen.resolve("attune-project.json")) ? null : NLS.bind(Messages.MergeChoiceDialog_notProject, chosen);
        }
        return Files.isRegularFile(chosen) ? null : NLS.bind(Messages.MergeChoiceDialog_noSuchFile, chosen);
    }
}
