package org.attune.ui.dialogs;

import org.attune.ui.Widgets;
import org.attune.core.Attune;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Help > About Attune: name, version and the Java runtime, for bug reports. */
public class AboutDialog extends TitledDialog {
    public static final String TITLE = Messages.AboutDialog_title;

    public AboutDialog(Shell parent) {
        super(parent, TITLE, false);
    }

    @Override
    protected void createArea(Composite area) {
        Label name = new Label(area, SWT.NONE);
        name.setText(Attune.NAME);
        name.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        Label version = WidgetIds.tag(new Label(area, SWT.NONE), WidgetIds.ABOUT_VERSION);
        version.setText(NLS.bind(Messages.AboutDialog_version, Attune.shortVersion(), Attune.version()));
        Widgets.wrapping(area, Messages.AboutDialog_purpose, 420);
        Label runtime = new Label(area, SWT.NONE);
        runtime.setText("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        closeButton(parent);
    }
}
