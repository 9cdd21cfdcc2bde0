package org.attune.ui.imports;


import org.attune.ui.Widgets;
import org.eclipse.ui.PlatformUI;
import org.attune.ui.IProjectSession;
import org.attune.importer.ImportOutcome;
import org.attune.importer.ImportReport;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.attune.ui.dialogs.ResultDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** What the import did with each file: imported (and what was found), skipped, or failed and why. */
public class ImportResultDialog extends ResultDialog<ImportReport> {
    public static final String TITLE = Messages.ImportResultDialog_title;

    public ImportResultDialog(Shell parent, ImportReport report) {
        super(parent, TITLE, report);
    }

    @Override
    protected void createArea(Composite area) {
        Label summary = new Label(area, SWT.NONE);
        summary.setText(NLS.bind(report.cancelled() ? Messages.ImportResultDialog_summaryCancelled : Messages.ImportResultDialog_summary,
                new Object[] {report.count(ImportOutcome.Status.IMPORTED), report.count(ImportOutcome.Status.SKIPPED),
                        report.count(ImportOutcome.Status.FAILED)}));
        Table table = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL),
                WidgetIds.IMPORT_RESULTS);
        table.setHeaderVisible(true);
        Widgets.filling(table, 760, 260);
        for (String title : new String[] {Messages.ImportResultDialog_result, Messages.ImportResultDialog_file, Messages.ImportResultDialog_details}) {
            new TableColumn(table, SWT.NONE).setText(title);
        }
        for (ImportOutcome outcome : report.outcomes()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {switch (outcome.status()) {
                case IMPORTED -> Messages.ImportResultDialog_imported;
                case SKIPPED -> Messages.ImportResultDialog_skipped;
                case FAILED -> Messages.ImportResultDialog_failed;
            },
                    org.attune.core.Printable.of(outcome.file().getFileName().toString()), org.attune.core.Printable.of(outcome.detail())});
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

    /** The button that offers to link the new transcripts' speakers to cases (participants). */
    public static final String LINK_SPEAKERS = Messages.ImportResultDialog_linkSpeakers;
    private static final int LINK_SPEAKERS_ID = IDialogConstants.CLIENT_ID + 1;

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (report.count(ImportOutcome.Status.IMPORTED) > 0 && PlatformUI.getWorkbench().getService(IProjectSession.class).current().isPresent()) {
            createButton(parent, LINK_SPEAKERS_ID, LINK_SPEAKERS, false);
        }
        closeButton(parent);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == LINK_SPEAKERS_ID) {
            PlatformUI.getWorkbench().getService(IProjectSession.class).current()
                    .ifPresent(store -> new org.attune.ui.dialogs.LinkSpeakerDialog(getShell(), store).open());
            return;
        }
        super.buttonPressed(buttonId);
    }
}
