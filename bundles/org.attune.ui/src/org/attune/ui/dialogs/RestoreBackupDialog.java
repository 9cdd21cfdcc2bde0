package org.attune.ui.dialogs;

import org.attune.ui.Widgets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.attune.store.BackupInfo;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The workbench's {@code attune cli project backups}: the backups that can be restored, to choose one. */
public class RestoreBackupDialog extends TitledDialog {
    public static final String TITLE = Messages.RestoreBackupDialog_title;
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final List<BackupInfo> backups;
    private Table table;
    private BackupInfo chosen;

    public RestoreBackupDialog(Shell parent, List<BackupInfo> backups) {
        super(parent, TITLE, true);
        this.backups = backups;
    }

    @Override
    protected void createArea(Composite area) {
        Widgets.wrapping(area, Messages.RestoreBackupDialog_intro, 640);
        table = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL), WidgetIds.BACKUPS_TABLE);
        table.setHeaderVisible(true);
        Widgets.filling(table, SWT.DEFAULT, 200);
        String[] titles = {Messages.RestoreBackupDialog_made, Messages.RestoreBackupDialog_size, Messages.RestoreBackupDialog_holds, Messages.RestoreBackupDialog_backup};
        int[] widths = {170, 80, 330, 260};
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(titles[i]);
            column.setWidth(widths[i]);
        }
        for (BackupInfo backup : backups) {
            new TableItem(table, SWT.NONE).setText(new String[] {MADE.format(backup.made()), backup.size(), backup.holds(), backup.name()});
        }
        table.setSelection(0);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        actionButtons(parent, Messages.RestoreBackupDialog_restore, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        int row = table.getSelectionIndex();
        chosen = row < 0 ? null : backups.get(row);
        super.okPressed();
    }

    /** The backup chosen, or null. */
    public BackupInfo chosen() {
        return chosen;
    }
}
