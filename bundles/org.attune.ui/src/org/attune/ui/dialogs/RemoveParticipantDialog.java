package org.attune.ui.dialogs;

import org.attune.coding.Withdrawal;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
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
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(NLS.bind(Messages.RemoveParticipantDialog_message, plan.participant().getName(), plan.counts()));
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
        introData.widthHint = 640;
        intro.setLayoutData(introData);
        List list = WidgetIds.tag(new List(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL), WidgetIds.REMOVE_PARTICIPANT_LIST);
        plan.lines().forEach(list::add);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 260;
        data.widthHint = 640;
        list.setLayoutData(data);
        Label warning = new Label(area, SWT.WRAP);
        warning.setText(Messages.RemoveParticipantDialog_cannotUndo);
        GridData warningData = new GridData(SWT.FILL, SWT.TOP, true, false);
        warningData.widthHint = 640;
        warning.setLayoutData(warningData);
        purge = new Button(area, SWT.CHECK);
        purge.setText(Messages.RemoveParticipantDialog_purge);
        purge.setSelection(true);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.RemoveParticipantDialog_remove, false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
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
