package org.attune.ui.dialogs;

import org.attune.ui.Messages;
import org.attune.coding.Codebook;
import org.attune.model.Code;
import org.attune.store.ProjectStore;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a coding query: codes combined with AND, OR, NOT or NEAR/50. <em>Add Code...</em> picks a code in the
 * {@link CodePicker} and writes its name (quoted when it has spaces) where the cursor is.
 */
public final class CodingQueryDialog extends InputDialog {
    public static final String TITLE = Messages.SearchView_codingQueryTitle;
    public static final String ADD_CODE = Messages.CodingQueryDialog_addCode;
    private static final int ADD_CODE_ID = IDialogConstants.CLIENT_ID + 1;
    private final ProjectStore store;

    public CodingQueryDialog(Shell shell, ProjectStore store) {
        super(shell, TITLE, Messages.SearchView_codingQueryMessage,
                "", null);
        this.store = store;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, ADD_CODE_ID, ADD_CODE, false);
        super.createButtonsForButtonBar(parent);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId != ADD_CODE_ID) {
            super.buttonPressed(buttonId);
            return;
        }
        Code code = CodePicker.pick(getShell(), Messages.CodingQueryDialog_addCodeTitle, Messages.CodingQueryDialog_addCodeMessage, store,
                new Codebook(store).all());
        if (code != null) {
            Text text = getText();
            String name = code.getName().matches(".*[\\s()\"].*") ? "\"" + code.getName() + "\"" : code.getName();
            String before = text.getText().substring(0, text.getCaretPosition());
            text.insert((before.isEmpty() || before.endsWith(" ") ? "" : " ") + name + " ");
            text.setFocus();
        }
    }
}
