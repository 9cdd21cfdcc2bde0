package org.attune.ui.dialogs;

import org.attune.ui.Widgets;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the passphrase of an encrypted project. */
public class PassphraseDialog extends TitledDialog {
    public static final String TITLE = Messages.PassphraseDialog_title;
    private final String projectName;
    private Text text;
    private char[] passphrase;

    public PassphraseDialog(Shell parent, String projectName) {
        super(parent, TITLE, false);
        this.projectName = projectName;
    }

    @Override
    protected void createArea(Composite area) {
        new Label(area, SWT.NONE).setText(NLS.bind(Messages.PassphraseDialog_label, projectName));
        text = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.PASSWORD), WidgetIds.PASSPHRASE);
        Widgets.wide(text, 320);
    }

    @Override
    protected void okPressed() {
        passphrase = text.getText().toCharArray();
        super.okPressed();
    }

    public char[] passphrase() {
        return passphrase;
    }
}
