package org.attune.ui.analysis.exchange;

import org.attune.ui.Widgets;
import java.util.Map;

import org.attune.exchange.ImportSummary;
import org.attune.ui.WidgetIds;
import org.attune.ui.analysis.AnalysisIds;
import org.attune.ui.analysis.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** What a REFI-QDA import did: per element type, how many were imported and skipped, with the reasons; notes on quirks. */
public class ImportReportDialog extends ReportDialog<ImportSummary> {
    public static final String TITLE = Messages.ImportReportDialog_title;

    public ImportReportDialog(Shell parent, ImportSummary summary) {
        super(parent, TITLE, summary);
    }

    @Override
    protected void createArea(Composite area) {
        Label heading = new Label(area, SWT.WRAP);
        heading.setText(report.origin() == null ? NLS.bind(Messages.ImportReportDialog_heading, report.file().getFileName(), report.format())
                : NLS.bind(Messages.ImportReportDialog_headingOrigin, new Object[] {report.file().getFileName(), report.format(), report.origin()}));
        Table table = table(area, AnalysisIds.IMPORT_REPORT, 720, 240, Messages.ImportReportDialog_element,
                Messages.ImportReportDialog_imported, Messages.ImportReportDialog_skipped, Messages.ImportReportDialog_why);
        table.getColumn(1).setAlignment(SWT.RIGHT);
        table.getColumn(2).setAlignment(SWT.RIGHT);
        for (Map.Entry<String, ImportSummary.Counts> e : report.elements().entrySet()) {
            TableItem item = new TableItem(table, SWT.NONE);
            ImportSummary.Counts c = e.getValue();
            item.setText(new String[] {e.getKey(), String.valueOf(c.imported()), String.valueOf(c.skipped()),
                    String.join("; ", c.reasons())});
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        if (!report.notes().isEmpty()) {
            Widgets.wrapping(WidgetIds.tag(new Label(area, SWT.WRAP), AnalysisIds.IMPORT_NOTES),
                    Messages.ImportReportDialog_notes + "\n• " + String.join("\n• ", report.notes()), ((GridData) table.getLayoutData()).widthHint);
        }
    }
}
