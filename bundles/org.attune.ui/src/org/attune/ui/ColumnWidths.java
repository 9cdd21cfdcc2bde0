package org.attune.ui;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/** Column widths from what a column must show in full: its header and the longest of its fixed values. */
public final class ColumnWidths {
    /** Room beside the text: the cell's margins, and the header's sort arrow or separator. */
    public static final int PADDING = 24;

    private ColumnWidths() {
    }

    /** The width that shows the widest of {@code texts} in {@code control}'s font, with the cell's padding. */
    public static int fitting(Control control, String... texts) {
        GC gc = new GC(control);
        try {
            int widest = 0;
            for (String text : texts) {
                widest = Math.max(widest, gc.textExtent(text).x);
            }
            return widest + PADDING;
        } finally {
            gc.dispose();
        }
    }
}
