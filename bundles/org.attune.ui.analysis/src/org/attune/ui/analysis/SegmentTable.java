package org.attune.ui.analysis;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.attune.analysis.CodedStretch;
import org.attune.analysis.CodingSet;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.attune.ui.editors.SourceEditor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** The coded segments behind a matrix cell: source, case, code and text; a double-click opens the transcript there. */
final class SegmentTable {
    private final Table table;
    private final Supplier<ProjectStore> store;
    private final Supplier<IWorkbenchPage> page;

    SegmentTable(Composite parent, Supplier<ProjectStore> store, Supplier<IWorkbenchPage> page) {
        this.store = store;
        this.page = page;
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(Messages.SegmentTable_source, 160);
        column(Messages.SegmentTable_case, 110);
        column(Messages.SegmentTable_code, 170);
        column(Messages.SegmentTable_segment, 600);
        table.addListener(SWT.DefaultSelection, e -> {
            if (e.item instanceof TableItem item && item.getData() instanceof CodedStretch stretch) {
                open(stretch);
            }
        });
    }

    Table table() {
        return table;
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    void show(CodingSet data, List<CodedStretch> stretches) {
        table.setRedraw(false);
        table.removeAll();
        for (CodedStretch s : stretches) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(s);
            item.setText(new String[] {s.source().getName(),
                    s.cases().stream().map(c -> c.getName()).collect(Collectors.joining(", ")),
                    s.code().getName(), data == null ? "" : data.excerpt(s).replace('\n', ' ')});
        }
        table.setRedraw(true);
    }

    /** Opens the transcript with the segment selected (recordings and pictures have no transcript editor yet). */
    void open(CodedStretch stretch) {
        if (!(stretch.source() instanceof TextSource text) || !stretch.text() || store.get() == null) {
            return;
        }
        try {
            SourceEditor.open(page.get(), store.get(), text, (int) stretch.start(), (int) stretch.end());
        } catch (PartInitException e) {
            Platform.getLog(SegmentTable.class).error("Cannot open " + text.getName(), e);
        }
    }
}
