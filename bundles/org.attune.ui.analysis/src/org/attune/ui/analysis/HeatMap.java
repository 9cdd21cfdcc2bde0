package org.attune.ui.analysis;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/**
 * Heat-map colours for matrix cells: white for 0, deepening to a strong teal for the largest value, with white
 * text where the background is dark. Steps are on a square-root scale so that small counts still show.
 */
final class HeatMap {
    private static final int[] LOW = {255, 255, 255};
    private static final int[] HIGH = {0, 109, 119};
    private final Display display;
    private final long max;

    HeatMap(Display display, long max) {
        this.display = display;
        this.max = max;
    }

    /** How strong a value is, 0 to 1. */
    double strength(long value) {
        return max <= 0 || value <= 0 ? 0 : Math.sqrt((double) Math.min(value, max) / max);
    }

    Color background(long value) {
        double s = strength(value);
        return new Color(display, mix(0, s), mix(1, s), mix(2, s));
    }

    Color foreground(long value) {
        return display.getSystemColor(strength(value) > 0.6 ? org.eclipse.swt.SWT.COLOR_WHITE : org.eclipse.swt.SWT.COLOR_BLACK);
    }

    private static int mix(int channel, double s) {
        return (int) Math.round(LOW[channel] + (HIGH[channel] - LOW[channel]) * s);
    }
}
