package org.attune.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Sizes a table's columns to what they show and the room there is: the fixed columns to their header and values (each at most a
 * share of the view), the flexible ones share what is left (never narrower than their header); a cell whose text is cut shows
 * it whole as the table's tooltip while the pointer rests on it.
 */
public final class TableFit {
    /** A fixed column takes at most this share of the view, so long values leave room for the flexible ones. */
    private static final double MOST = 0.3;
    private final Table table;
    private final int[] shares;

    private TableFit(Table table, int... flexibleColumns) {
        this.table = table;
        this.shares = new int[table.getColumnCount()];
        for (int i : flexibleColumns) {
            shares[i]++;
        }
        table.addListener(SWT.Resize, e -> fit());
        table.addListener(SWT.MouseMove, this::tellCut);
        table.addListener(SWT.MouseExit, e -> table.setToolTipText(null));
    }

    /**
     * Fits {@code table}'s columns whenever it is resized; call {@link #fit()} again after its rows change. The flexible columns
     * share the room left by the others; a column named twice gets two shares.
     */
    public static TableFit install(Table table, int... flexibleColumns) {
        return new TableFit(table, flexibleColumns);
    }

    /** Sizes the columns to the current rows and the table's width. */
    public void fit() {
        if (table.isDisposed()) {
            return;
        }
        int room = table.getClientArea().width;
        if (room <= 0) {
            return;
        }
        TableColumn[] columns = table.getColumns();
        int[] widths = new int[columns.length];
        int used = 0;
        int allShares = 0;
        GC gc = new GC(table);
        try {
            for (int i = 0; i < columns.length; i++) {
                widths[i] = gc.textExtent(columns[i].getText()).x + ColumnWidths.PADDING;
                if (shares[i] > 0) {
                    allShares += shares[i];
                    continue;
                }
                for (TableItem item : table.getItems()) {
                    widths[i] = Math.max(widths[i], gc.textExtent(item.getText(i)).x + ColumnWidths.PADDING);
                }
                int header = gc.textExtent(columns[i].getText()).x + ColumnWidths.PADDING;
                widths[i] = Math.max(header, Math.min(widths[i], (int) (room * MOST)));
                used += widths[i];
            }
            int left = room - used;
            for (int i = 0; i < columns.length; i++) {
                if (shares[i] > 0) {
                    widths[i] = Math.max(widths[i], left * shares[i] / allShares);
                }
            }
        } finally {
            gc.dispose();
        }
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].getWidth() != widths[i]) {
                columns[i].setWidth(widths[i]);
            }
        }
    }

    /** The text of the cell under the pointer as the table's tooltip when the cell cuts it, else none. */
    private void tellCut(Event e) {
        String tip = null;
        TableItem item = table.getItem(new Point(e.x, e.y));
        if (item != null) {
            for (int i = 0; i < table.getColumnCount(); i++) {
                Rectangle cell = item.getBounds(i);
                if (cell.contains(e.x, e.y)) {
                    tip = cut(item, i) ? item.getText(i) : null;
                    break;
                }
            }
        }
        if (!java.util.Objects.equals(tip, table.getToolTipText())) {
            table.setToolTipText(tip);
        }
    }

    /** Whether column {@code i} of {@code item} is too narrow for its text. */
    public static boolean cut(TableItem item, int i) {
        GC gc = new GC(item.getParent());
        try {
            return gc.textExtent(item.getText(i)).x > item.getTextBounds(i).width;
        } finally {
            gc.dispose();
        }
    }
}
