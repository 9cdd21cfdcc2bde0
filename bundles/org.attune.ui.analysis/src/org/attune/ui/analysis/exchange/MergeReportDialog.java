package org.attune.ui.analysis.exchange;

import java.util.Locale;

import org.attune.exchange.merge.MergeReport;
import org.attune.ui.WidgetIds;
import org.attune.ui.analysis.AnalysisIds;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** What a merge did: the counts, then one row per element (conflicts first), with its outcome, kind, name and detail. */
public class MergeReportDialog extends Dialog {
    public static final String TITLE = "Merge Report";
    private final MergeReport report;

    public MergeReportDialog(Shell parent, MergeReport report) {
        super(parent);
        this.report = report;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label heading = WidgetIds.tag(new Label(area, SWT.WRAP), AnalysisIds.MERGE_COUNTS);
        heading.setText("Merged " + report.from().getFileName() + ": " + report.counts() + "."
                + (report.changes() ? " Edit > Undo takes the whole merge back." : " Nothing was changed.")
                + (report.count(MergeReport.Outcome.CONFLICT) > 0 ? "\nConflicts keep this project's version; settle them by hand." : ""));
        Table table = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL), AnalysisIds.MERGE_REPORT);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
        size.widthHint = 820;
        size.heightHint = 320;
        table.setLayoutData(size);
        for (String title : new String[] {"Outcome", "Element", "Name", "Detail"}) {
            new TableColumn(table, SWT.LEFT).setText(title);
        }
        MergeReport.Outcome[] order = {MergeReport.Outcome.CONFLICT, MergeReport.Outcome.SKIPPED, MergeReport.Outcome.UPDATED,
                MergeReport.Outcome.ADDED, MergeReport.Outcome.MATCHED};
        for (MergeReport.Outcome outcome : order) {
            for (MergeReport.Item i : report.of(outcome)) {
                new TableItem(table, SWT.NONE).setText(new String[] {outcome.name().toLowerCase(Locale.ROOT), i.kind(), i.name(), i.detail()});
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
            column.setWidth(Math.min(column.getWidth(), 360));
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
