package org.attune.ui.menus;

import org.attune.ui.CurrentCoder;
import org.attune.ui.Messages;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;
import org.osgi.service.event.EventHandler;

/**
 * The status line's "Coder: NAME" (and "coding blind" when the project codes blind), kept up to date when the coder
 * is switched, a project opened or changed (blind coding switched on or off, or undone).
 */
public class CoderStatusItem extends WorkbenchWindowControlContribution {
    private Label label;
    private final EventHandler opened = e -> refreshText();
    private final EventHandler switched = e -> refreshText();

    @Override
    protected Control createControl(Composite parent) {
        label = WidgetIds.tag(new Label(parent, SWT.NONE), WidgetIds.STATUS_CODER);
        label.setToolTipText(Messages.CoderStatusItem_tooltip);
        IEventBroker events = getWorkbenchWindow().getService(IEventBroker.class);
        events.subscribe(IProjectSession.TOPIC_ALL, opened);
        events.subscribe(CurrentCoder.TOPIC, switched);
        label.addListener(SWT.Dispose, e -> {
            events.unsubscribe(switched);
            events.unsubscribe(opened);
        });
        label.setText(text());
        return label;
    }

    @Override
    protected int computeWidth(Control control) {
        return Math.max(160, super.computeWidth(control));
    }

    /** "Coder: Ana", or "Coder: Ana · coding blind" when the open project codes blind. */
    private static String text() {
        boolean blind = org.eclipse.ui.PlatformUI.getWorkbench().getService(IProjectSession.class).current()
                .map(s -> org.attune.coding.BlindCoding.isBlind(s.project())).orElse(false);
        return NLS.bind(blind ? Messages.CoderStatusItem_textBlind : Messages.CoderStatusItem_text, CurrentCoder.name());
    }

    private void refreshText() {
        if (label == null || label.isDisposed()) {
            return;
        }
        label.getDisplay().asyncExec(() -> {
            String text = text();
            if (!label.isDisposed() && !text.equals(label.getText())) {
                label.setText(text);
                label.getParent().layout(true, true);
            }
        });
    }
}
