package org.attune.ui.dialogs;

import org.attune.core.Attune;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Help > About Attune: name, version and the Java runtime, for bug reports. */
public class AboutDialog extends TitledDialog {
    public static final String TITLE = Messages.AboutDialog_title;

    public AboutDialog(Shell parent) {
        super(parent, TITLE, false);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label name = new Label(area, SWT.NONE);
        name.setText(Attune.NAME);
        name.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        Label version = WidgetIds.tag(new Label(area, SWT.NONE), WidgetIds.ABOUT_VERSION);
        version.setText(NLS.bind(Messages.AboutDialog_version, Attune.shortVersion(), Attune.version()));
        Label purpose = new Label(area, SWT.WRAP);
        purpose.setText(Messages.AboutDialog_purpose);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
        wide.widthHint = 420;
        purpose.setLayoutData(wide);
        Label runtime = new Label(area, SWT.NONE);
        runtime.setText("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
