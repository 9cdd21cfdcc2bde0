package org.attune.ui.ratings;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * A recording's timeline: a time axis from 0 to the duration with a playhead, coloured bands (time codings along the
 * top, evidence moments and other ranges below), a marked range, and behind them, when given, a waveform of peaks. A
 * click seeks; a drag selects a time range. It holds no model objects: bands are times and colours.
 */
public class Timeline extends Canvas {
    /** Where a band is drawn: a thin strip along the top (codings) or the body of the timeline (moments). */
    public enum Lane {
        TOP, BODY
    }

    /** A stretch of time drawn in a colour. */
    public record Band(long startMs, long endMs, RGB colour, Lane lane) {
    }

    /** A time range selected by dragging, from its start to its end (ordered). */
    public interface RangeListener {
        void selected(long startMs, long endMs);
    }

    static final int TOP_HEIGHT = 6;
    /** How far the mouse must move with the button down before a click becomes a drag. */
    static final int DRAG_PIXELS = 3;

    private long durationMs;
    private long positionMs;
    private long rangeStartMs = -1;
    private long rangeEndMs = -1;
    private List<Band> bands = List.of();
    private float[] peaks;
    private int downX = -1;
    private boolean dragging;
    private final List<LongConsumer> seekListeners = new CopyOnWriteArrayList<>();
    private final List<RangeListener> rangeListeners = new CopyOnWriteArrayList<>();

    public Timeline(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED);
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.MouseDown, this::down);
        addListener(SWT.MouseMove, this::moved);
        addListener(SWT.MouseUp, e -> {
            downX = -1;
            dragging = false;
        });
    }

    /** The recording's length; 0 when there is none (nothing but the background is drawn). */
    public void setDuration(long ms) {
        durationMs = Math.max(0, ms);
        redraw();
    }

    public long getDuration() {
        return durationMs;
    }

    /** Where the playhead is. */
    public void setPosition(long ms) {
        positionMs = ms;
        redraw();
    }

    public long getPosition() {
        return positionMs;
    }

    /** The marked range (drawn translucent over the bands); -1 for both when none. */
    public void setRange(long startMs, long endMs) {
        rangeStartMs = startMs;
        rangeEndMs = endMs;
        redraw();
    }

    public void setBands(List<Band> bands) {
        this.bands = List.copyOf(bands);
        redraw();
    }

    public List<Band> getBands() {
        return bands;
    }

    /**
     * A waveform: the loudest level (0 to 1) of equal slices of the recording, first to last, drawn behind the bands;
     * null for none.
     */
    public void setPeaks(float[] peaks) {
        this.peaks = peaks == null ? null : peaks.clone();
        redraw();
    }

    /** The waveform drawn (a copy), or null. */
    public float[] getPeaks() {
        return peaks == null ? null : peaks.clone();
    }

    /** Told the time clicked (or pressed) on. */
    public void addSeekListener(LongConsumer listener) {
        seekListeners.add(listener);
    }

    public void removeSeekListener(LongConsumer listener) {
        seekListeners.remove(listener);
    }

    /** Told the range being dragged over, while it is dragged. */
    public void addRangeListener(RangeListener listener) {
        rangeListeners.add(listener);
    }

    public void removeRangeListener(RangeListener listener) {
        rangeListeners.remove(listener);
    }

    /** The time at a horizontal position of the widget (0 to the duration). */
    public long timeAt(int x) {
        Rectangle area = getClientArea();
        if (durationMs <= 0 || area.width <= 0) {
            return 0;
        }
        return Math.min(durationMs, Math.round((double) Math.max(0, x) / area.width * durationMs));
    }

    /** The horizontal position of a time. */
    public int xOf(long ms) {
        Rectangle area = getClientArea();
        return durationMs <= 0 ? 0 : (int) Math.round((double) ms / durationMs * (area.width - 1));
    }

    private void down(Event e) {
        downX = e.x;
        dragging = false;
        if (durationMs > 0 && getClientArea().width > 0) {
            long ms = timeAt(e.x);
            seekListeners.forEach(l -> l.accept(ms));
        }
    }

    private void moved(Event e) {
        if (downX < 0 || (e.stateMask & SWT.BUTTON1) == 0 || durationMs <= 0) {
            return;
        }
        if (!dragging && Math.abs(e.x - downX) < DRAG_PIXELS) {
            return;
        }
        dragging = true;
        long a = timeAt(downX);
        long b = timeAt(e.x);
        rangeListeners.forEach(l -> l.selected(Math.min(a, b), Math.max(a, b)));
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        var display = getDisplay();
        gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
        gc.fillRectangle(area);
        if (durationMs <= 0) {
            return;
        }
        if (peaks != null && peaks.length > 0) {
            gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.setLineWidth(1);
            int middle = (TOP_HEIGHT + area.height) / 2;
            int half = (area.height - TOP_HEIGHT) / 2;
            for (int x = 0; x < area.width; x++) {
                float peak = peaks[Math.min(peaks.length - 1, (int) ((long) x * peaks.length / Math.max(1, area.width)))];
                int h = Math.round(Math.max(0, Math.min(1, peak)) * half);
                gc.drawLine(x, middle - h, x, middle + h);
            }
        }
        for (Band band : bands) {
            gc.setBackground(new Color(band.colour()));
            int x0 = xOf(band.startMs());
            int width = Math.max(2, xOf(band.endMs()) - x0);
            if (band.lane() == Lane.TOP) {
                gc.fillRectangle(x0, 0, width, TOP_HEIGHT);
            } else {
                gc.fillRectangle(x0, TOP_HEIGHT + 2, width, area.height - 12);
            }
        }
        if (rangeStartMs >= 0 && rangeEndMs >= 0) {
            gc.setAlpha(120);
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLUE));
            int x0 = xOf(rangeStartMs);
            gc.fillRectangle(x0, 0, Math.max(2, xOf(rangeEndMs) - x0), area.height);
            gc.setAlpha(255);
        }
        gc.setForeground(display.getSystemColor(SWT.COLOR_RED));
        gc.setLineWidth(2);
        int x = xOf(positionMs);
        gc.drawLine(x, 0, x, area.height);
    }
}
