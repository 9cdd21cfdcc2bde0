package org.attune.ui.ratings;

import java.util.List;

import org.attune.ratings.ResultsTables;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** A grouped bar chart of a results table: a group per row, a bar per condition, painted with GC. */
public class BarChart extends Canvas {
    /** Colour-blind-safe (Okabe-Ito) colours of the conditions, in column order. */
    static final Color[] COLOURS = {new Color(0, 114, 178), new Color(230, 159, 0), new Color(0, 158, 115), new Color(204, 121, 167)};
    private ResultsTables.Table table;

    public BarChart(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addListener(SWT.Paint, e -> paint(e.gc));
    }

    public void setTable(ResultsTables.Table table) {
        this.table = table;
        redraw();
    }

    public static Color colour(int condition) {
        return COLOURS[condition % COLOURS.length];
    }

    /** Where the bar of {@code row} and {@code condition} is drawn (null without data); for tests and tooltips. */
    public Rectangle bar(int row, int condition) {
        Geometry l = geometry();
        if (l == null) {
            return null;
        }
        double value = table.rows().get(row).cells().get(condition).total();
        int height = (int) Math.round(value / l.max * l.plot.height);
        int x = l.plot.x + row * l.group + l.group / 8 + condition * l.bar;
        return new Rectangle(x, l.plot.y + l.plot.height - height, Math.max(1, l.bar - 2), height);
    }

    private record Geometry(Rectangle plot, int group, int bar, double max) {
    }

    private Geometry geometry() {
        if (table == null || table.rows().isEmpty() || table.conditions().isEmpty()) {
            return null;
        }
        Rectangle area = getClientArea();
        Rectangle plot = new Rectangle(40, 24, Math.max(10, area.width - 50), Math.max(10, area.height - 60));
        double max = table.rows().stream().flatMap(r -> r.cells().stream()).mapToDouble(ResultsTables.Cell::total).max().orElse(0);
        int group = Math.max(4, plot.width / table.rows().size());
        int bar = Math.max(2, group * 3 / 4 / table.conditions().size());
        return new Geometry(plot, group, bar, max <= 0 ? 1 : max);
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        Geometry l = geometry();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        if (l == null) {
            gc.drawText("No submitted sheets to chart yet.", 10, 10, true);
            return;
        }
        List<String> conditions = table.conditions();
        int legendX = l.plot.x;
        for (int c = 0; c < conditions.size(); c++) {
            gc.setBackground(colour(c));
            gc.fillRectangle(legendX, 6, 12, 12);
            gc.drawText(conditions.get(c), legendX + 16, 4, true);
            legendX += 30 + gc.textExtent(conditions.get(c)).x;
        }
        gc.drawLine(l.plot.x, l.plot.y + l.plot.height, l.plot.x + l.plot.width, l.plot.y + l.plot.height);
        gc.drawLine(l.plot.x, l.plot.y, l.plot.x, l.plot.y + l.plot.height);
        gc.drawText(ResultsTables.number(l.max), 2, l.plot.y - 6, true);
        gc.drawText("0", 2, l.plot.y + l.plot.height - 8, true);
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < conditions.size(); c++) {
                Rectangle bar = bar(r, c);
                gc.setBackground(colour(c));
                gc.fillRectangle(bar);
            }
            String label = table.rows().get(r).label();
            String shortLabel = label.contains(" ") && table.by() == ResultsTables.By.ITEM ? label.substring(0, label.indexOf(' ')) : label;
            Point size = gc.textExtent(shortLabel);
            gc.drawText(shortLabel, l.plot.x + r * l.group + (l.group - size.x) / 2, l.plot.y + l.plot.height + 4, true);
        }
    }
}
