package org.attune.ui.ratings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.attune.ui.ratings.Timeline;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The media player's timeline widget on its own: codings' bands along the top and moments below in their colours, a
 * waveform of peaks behind them, a click that seeks where it lands and a drag that selects the range dragged over —
 * with real mouse input, read back from the screen's pixels.
 */
class TimelineUiTest {
    private static final long DURATION = 10_000;
    private static final RGB CODING = new RGB(200, 30, 30);
    private static final RGB MOMENT = new RGB(30, 160, 60);
    private Shell shell;
    private Timeline timeline;
    private final List<Long> seeks = new CopyOnWriteArrayList<>();
    private final List<long[]> ranges = new CopyOnWriteArrayList<>();

    @BeforeEach
    void showATimeline() {
        UiThread.run(() -> {
            shell = new Shell(Display.getCurrent());
            shell.setLayout(new FillLayout());
            timeline = new Timeline(shell, SWT.NONE);
            timeline.setDuration(DURATION);
            timeline.setBands(List.of(new Timeline.Band(2000, 4000, CODING, Timeline.Lane.TOP),
                    new Timeline.Band(6000, 8000, MOMENT, Timeline.Lane.BODY)));
            timeline.addSeekListener(seeks::add);
            timeline.addRangeListener((start, end) -> {
                ranges.add(new long[] {start, end});
                timeline.setRange(start, end);
            });
            shell.setLocation(40, 40);
            shell.setSize(shell.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, 28); // sized below to a client area of 400 x 28
            shell.setSize(shell.getSize().x - shell.getClientArea().width + 400, shell.getSize().y - shell.getClientArea().height + 28);
            shell.open();
            shell.forceActive();
        });
        UiThread.waitUntil("the timeline 400 px wide", () -> timeline.getClientArea().width == 400);
        UiThread.flush();
    }

    @AfterEach
    void close() {
        UiThread.run(() -> {
            if (shell != null) {
                shell.dispose();
            }
        });
    }

    /** The colour on the screen at a time and height of the timeline; from a test or a waitUntil condition. */
    private RGB pixelAt(long ms, int y) {
        return onUiThread(() -> Screenshots.pixel(timeline, timeline.xOf(ms), y));
    }

    private RGB background() {
        return onUiThread(() -> timeline.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW).getRGB());
    }

    private static <T> T onUiThread(java.util.function.Supplier<T> work) {
        return Display.getCurrent() != null ? work.get() : UiThread.call(work);
    }

    @Test
    void bandsAreDrawnInTheirColoursInTheirLanes() {
        UiThread.waitUntil("the coding's band along the top", () -> pixelAt(3000, 2).equals(CODING));
        assertEquals(MOMENT, pixelAt(7000, 14), "the moment's band in the body");
        assertEquals(background(), pixelAt(3000, 14), "a coding is only along the top");
        assertEquals(background(), pixelAt(7000, 2), "a moment leaves the top free");
        assertEquals(background(), pixelAt(5000, 14), "nothing between the bands");
    }

    @Test
    void aWaveformOfPeaksIsDrawnBehindTheBands() {
        UiThread.waitUntil("drawn", () -> pixelAt(3000, 2).equals(CODING));
        RGB before = pixelAt(1000, 10);
        float[] peaks = new float[100];
        java.util.Arrays.fill(peaks, 0, 50, 1f); // loud in the first half, silent in the second
        UiThread.run(() -> timeline.setPeaks(peaks));
        RGB wave = UiThread.call(() -> timeline.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW).getRGB());
        assertNotEquals(background(), wave, "the theme draws the waveform in a colour of its own");
        UiThread.waitUntil("the waveform in the loud half", () -> pixelAt(1000, 10).equals(wave));
        assertEquals(background(), before, "no waveform before peaks were given");
        assertEquals(background(), pixelAt(9000, 10), "silence draws nothing");
        assertEquals(CODING, pixelAt(3000, 2), "the bands stay in front of the waveform");
    }

    /** Mouse events as SWT delivers them to the widget (posted ones reach a new top-level shell under Xvfb at 0,0). */
    private void mouse(int type, int x, int buttonDown) {
        UiThread.run(() -> {
            Event e = new Event();
            e.x = x;
            e.y = 14;
            e.button = type == SWT.MouseMove ? 0 : 1;
            e.stateMask = buttonDown;
            timeline.notifyListeners(type, e);
        });
    }

    @Test
    void aClickSeeksWhereItLandsAndADragSelectsTheRangeDraggedOver() {
        mouse(SWT.MouseDown, 100, 0);
        mouse(SWT.MouseMove, 101, SWT.BUTTON1); // a hand's jitter is no drag
        mouse(SWT.MouseUp, 101, SWT.BUTTON1);
        assertEquals(1, seeks.size(), "one seek: " + seeks);
        assertEquals(2500, seeks.get(0), 25, "x 100 of 400 is a quarter of 10 s: " + seeks);
        assertEquals(List.of(), ranges, "a click selects no range");
        mouse(SWT.MouseMove, 200, 0);
        assertEquals(List.of(), ranges, "moving without the button selects nothing");

        mouse(SWT.MouseDown, 300, 0);
        for (int x = 280; x >= 120; x -= 40) {
            mouse(SWT.MouseMove, x, SWT.BUTTON1);
        }
        mouse(SWT.MouseUp, 120, SWT.BUTTON1);
        assertEquals(5, ranges.size(), "the range follows the drag");
        long[] last = ranges.get(ranges.size() - 1);
        assertEquals(3000, last[0], 25, "the range starts where the drag ended (dragged leftwards)");
        assertEquals(7500, last[1], 25, "and ends where it started");
        assertTrue(ranges.stream().allMatch(r -> r[0] <= r[1]), "each range in order");
        UiThread.flush();
        UiThread.waitUntil("the range drawn", () -> !pixelAt(5000, 14).equals(background()));
        RGB marked = pixelAt(5000, 14);
        assertTrue(marked.blue > marked.red, "the selected range in translucent blue: " + marked);
        mouse(SWT.MouseMove, 380, SWT.BUTTON1);
        assertEquals(5, ranges.size(), "after the button is released, moving selects nothing");
    }
}
