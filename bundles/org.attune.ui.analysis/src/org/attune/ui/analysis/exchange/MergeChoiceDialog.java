package org.attune.ui.analysis.exchange;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Asks for the copy to merge: a project folder (Folder...) or a REFI-QDA file (Browse...). */
final class MergeChoiceDialog extends FileChoiceDialog {
    MergeChoiceDialog(Shell parent) {
        super(parent, MergeProjectHandler.TITLE, "Merge another copy of this project (its folder) or a .qdpx made from the "
                + "same transcripts into the open project.", false, null, new String[] {"*.qdpx;*.qde", "*"},
                new String[] {"REFI-QDA projects", "All files"});
    }

    @Override
    protected void createOptions(Composite body) {
        new Label(body, SWT.NONE);
        new Label(body, SWT.NONE);
        Button folder = new Button(body, SWT.PUSH);
        folder.setText("Folder...");
        folder.addListener(SWT.Selection, e -> {
            DirectoryDialog chooser = new DirectoryDialog(getShell());
            chooser.setMessage("Choose the other copy's project folder");
            String chosen = chooser.open();
            if (chosen != null) {
                pathField().setText(chosen);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(org.eclipse.jface.dialogs.IDialogConstants.OK_ID).setText("Merge");
    }

    @Override
    protected String problem() {
        if (pathField() == null || pathField().getText().isBlank()) {
            return "Choose the other copy: a project folder or a .qdpx file.";
        }
        Path chosen = Path.of(pathField().getText().strip());
        if (Files.isDirectory(chosen)) {
            return Files.isRegularFile(chosen.resolve("attune-project.json")) ? null : chosen + " is not an Attune project folder.";
        }
        return Files.isRegularFile(chosen) ? null : chosen + ": there is no such folder or file.";
    }
}
