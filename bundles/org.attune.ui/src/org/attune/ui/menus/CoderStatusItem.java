package org.attune.ui.menus;

import org.attune.ui.CurrentCoder;
import org.attune.ui.Messages;
import org.attune.ui.ProjectSession;
import org.attune.ui.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

/** The status line's "Coder: NAME", kept up to date when the coder is switched or a project opened. */
public class CoderStatusItem extends WorkbenchWindowControlContribution {
    private Label label;
    private final Runnable update = this::refreshText;
    private final java.util.function.Consumer<java.util.Optional<org.attune.store.ProjectStore>> opened = p -> refreshText();

    @Override
    protected Control createControl(Composite parent) {
        label = WidgetIds.tag(new Label(parent, SWT.NONE), WidgetIds.STATUS_CODER);
        label.setToolTipText(Messages.CoderStatusItem_tooltip);
        CurrentCoder.addListener(update);
        ProjectSession.get().addListener(opened);
        label.addListener(SWT.Dispose, e -> {
            CurrentCoder.removeListener(update);
            ProjectSession.get().removeListener(opened);
        });
        label.setText(NLS.bind(Messages.CoderStatusItem_text, CurrentCoder.name()));
        return label;
    }

    @Override
    protected int computeWidth(Control control) {
        return Math.max(160, super.computeWidth(control));
    }

    private void refreshText() {
        if (label == null || label.isDisposed()) {
            return;
        }
        label.getDisplay().asyncExec(() -> {
            if (!label.isDisposed()) {
                label.setText(NLS.bind(Messages.CoderStatusItem_text, CurrentCoder.name()));
                label.getParent().layout(true, true);
            }
        });
    }
}
