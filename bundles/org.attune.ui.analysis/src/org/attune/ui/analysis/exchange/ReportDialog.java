package org.attune.ui.analysis.exchange;

import org.attune.ui.Widgets;
import org.attune.ui.WidgetIds;
import org.attune.ui.dialogs.ResultDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** What an exchange did, shown after it: a resizable dialog with a table of rows and a Close button. */
abstract class ReportDialog<R> extends ResultDialog<R> {
    ReportDialog(Shell parent, String title, R report) {
        super(parent, title, report);
    }

    /** The report's table, filling the area from at least {@code width} × {@code height} pixels, one column per title. */
    static Table table(Composite area, String id, int width, int height, String... titles) {
        Table table = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        Widgets.filling(table, width, height);
        for (String columnTitle : titles) {
            new TableColumn(table, SWT.LEFT).setText(columnTitle);
        }
        return table;
    }
}
