package org.attune.ui.dialogs;

import org.attune.ui.Widgets;
import org.attune.coding.Withdrawal;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;

/**
 * Remove Participant...: shows exactly what a participant's withdrawal takes away (counts, then one line per thing), says
 * that it cannot be undone, and offers to delete the backups made before it.
 */
public class RemoveParticipantDialog extends TitledDialog {
    private final Withdrawal.Plan plan;
    private Button purge;
    private boolean purgeBackups;

    public RemoveParticipantDialog(Shell parent, Withdrawal.Plan plan) {
        super(parent, Messages.RemoveParticipantDialog_title, true);
        this.plan = plan;
    }

    @Override
    protected void createArea(Composite area) {
        Widgets.wrapping(area, NLS.bind(Messages.RemoveParticipantDialog_message, plan.participant().getName(), plan.counts()), 640);
        List list = WidgetIds.tag(new List(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL), WidgetIds.REMOVE_PARTICIPANT_LIST);
        plan.lines().forEach(list::add);
        Widgets.filling(list, 640, 260);
        Widgets.wrapping(area, Messages.RemoveParticipantDialog_cannotUndo, 640);
        purge = new Button(area, SWT.CHECK);
        purge.setText(Messages.RemoveParticipantDialog_purge);
        purge.setSelection(true);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        actionButtons(parent, Messages.RemoveParticipantDialog_remove, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        purgeBackups = purge.getSelection();
        super.okPressed();
    }

    /** Whether the backups made before the removal are to be deleted too. */
    public boolean purgeBackups() {
        return purgeBackups;
    }
}
