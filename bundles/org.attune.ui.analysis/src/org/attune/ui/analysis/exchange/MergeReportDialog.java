package org.attune.ui.analysis.exchange;

import org.eclipse.osgi.util.NLS;
import org.attune.ui.analysis.Messages;

import org.attune.exchange.merge.MergeReport;
import org.attune.ui.WidgetIds;
import org.attune.ui.analysis.AnalysisIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * What a merge would do (the dry run, with Merge and Cancel) or did: the counts, then one row per element (conflicts
 * first), with its outcome, kind, name and detail.
 */
public class MergeReportDialog extends ReportDialog {
    public static final String TITLE = Messages.MergeReportDialog_title;
    public static final String PREVIEW_TITLE = Messages.MergeReportDialog_previewTitle;
    private final boolean preview;
    private final MergeReport report;

    /** @param preview whether this is the dry run before the merge: the user confirms with Merge (OK) or cancels */
    public MergeReportDialog(Shell parent, MergeReport report, boolean preview) {
        super(parent, preview ? PREVIEW_TITLE : TITLE);
        this.preview = preview;
        this.report = report;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (!preview) {
            super.createButtonsForButtonBar(parent);
            return;
        }
        actionButtons(parent, Messages.MergeReportDialog_merge, IDialogConstants.CANCEL_LABEL, true);
    }

    @Override
    protected void createArea(Composite area) {
        Label heading = WidgetIds.tag(new Label(area, SWT.WRAP), AnalysisIds.MERGE_COUNTS);
        heading.setText(preview ? NLS.bind(Messages.MergeReportDialog_wouldMerge, report.from().getFileName(), report.counts())
                + (report.changes() ? Messages.MergeReportDialog_confirm : Messages.MergeReportDialog_nothingToMerge)
                : NLS.bind(Messages.MergeReportDialog_merged, report.from().getFileName(), report.counts())
                + (report.changes() ? Messages.MergeReportDialog_undo : Messages.MergeReportDialog_unchanged)
                + (report.count(MergeReport.Outcome.CONFLICT) > 0 ? "\n" + Messages.MergeReportDialog_conflicts : ""));
        Table table = table(area, AnalysisIds.MERGE_REPORT, 820, 320, Messages.MergeReportDialog_outcome,
                Messages.MergeReportDialog_element, Messages.MergeReportDialog_name, Messages.MergeReportDialog_detail);
        MergeReport.Outcome[] order = {MergeReport.Outcome.CONFLICT, MergeReport.Outcome.SKIPPED, MergeReport.Outcome.UPDATED,
                MergeReport.Outcome.ADDED, MergeReport.Outcome.MATCHED};
        for (MergeReport.Outcome outcome : order) {
            for (MergeReport.Item i : report.of(outcome)) {
                new TableItem(table, SWT.NONE).setText(new String[] {outcome(outcome), i.kind(), i.name(), i.detail()});
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
            column.setWidth(Math.min(column.getWidth(), 360));
        }
    }

    private static String outcome(MergeReport.Outcome outcome) {
        return switch (outcome) {
            case CONFLICT -> Messages.MergeReportDialog_conflict;
            case SKIPPED -> Messages.MergeReportDialog_skipped;
            case UPDATED -> Messages.MergeReportDialog_updated;
            case ADDED -> Messages.MergeReportDialog_added;
            case MATCHED -> Messages.MergeReportDialog_matched;
        };
    }
}
