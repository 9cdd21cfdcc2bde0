package org.attune.ui.analysis.compare;

import java.util.List;

import org.attune.coding.Colours;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Two columns of coding stripes beside a transcript: coder A's codings on the left, coder B's on the right, each a
 * bar in its code's colour from the line where the coding starts to the line where it ends, following the
 * transcript's scrolling.
 */
final class Stripes {
    static final int BAR = 6;
    static final int COLUMN = 4 * BAR;

    /** A coding's stretch in the transcript (UTF-16 offsets) and its code's colour ("#rrggbb"). */
    record Stripe(int start, int end, String colour) {
    }

    private final Canvas canvas;
    private final StyledText text;
    private List<Stripe> a = List.of();
    private List<Stripe> b = List.of();

    Stripes(Composite parent, StyledText text) {
        this.text = text;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setLayoutData(new GridData(SWT.LEFT, SWT.FILL, false, true));
        ((GridData) canvas.getLayoutData()).widthHint = 2 * COLUMN + 4;
        canvas.addPaintListener(e -> paint(e.gc));
        text.addPaintListener(e -> canvas.redraw());
    }

    Canvas canvas() {
        return canvas;
    }

    void show(List<Stripe> coderA, List<Stripe> coderB) {
        a = coderA;
        b = coderB;
        canvas.redraw();
    }

    /** The stripes shown for coder A (0) or B (1), for tests. */
    List<Stripe> shown(int coder) {
        return coder == 0 ? a : b;
    }

    private void paint(GC gc) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawLine(COLUMN + 1, 0, COLUMN + 1, canvas.getSize().y);
        column(gc, a, 0);
        column(gc, b, COLUMN + 3);
    }

    private void column(GC gc, List<Stripe> stripes, int x) {
        int length = text.getCharCount();
        int lane = 0;
        for (Stripe s : stripes) {
            if (length == 0 || s.start() >= length) {
                continue;
            }
            int top = text.getLinePixel(text.getLineAtOffset(s.start()));
            int last = text.getLineAtOffset(Math.max(s.start(), Math.min(length, s.end()) - 1));
            int bottom = text.getLinePixel(last) + text.getLineHeight(text.getOffsetAtLine(last));
            int[] rgb = Colours.rgb(s.colour());
            gc.setBackground(new Color(canvas.getDisplay(), rgb[0], rgb[1], rgb[2]));
            gc.fillRectangle(x + 1 + lane * BAR, top, BAR - 1, Math.max(2, bottom - top));
            lane = (lane + 1) % 4;
        }
    }
}
