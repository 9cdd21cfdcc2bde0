package org.attune.ui.ratings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.attune.ui.ratings.Timeline;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
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
            shell = new Shell(UiThread.display(), SWT.ON_TOP | SWT.NO_TRIM);
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
            shell.setBounds(40, 40, 400, 28);
            shell.open();
            shell.forceActive();
        });
        UiThread.waitUntil("the timeline 400 px wide", () -> timeline.getClientArea().width == 400);
        UiThread.flush();
    }

    @AfterEach
    void close() {
        UiThread.run(shell::dispose);
    }

    private RGB pixelAt(long ms, int y) {
        return Screenshots.pixel(timeline, UiThread.call(() -> timeline.xOf(ms)), y);
    }

    private RGB background() {
        return UiThread.call(() -> timeline.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW).getRGB());
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

    @Test
    void aClickSeeksWhereItLandsAndADragSelectsTheRangeDraggedOver() {
        Input.clickAt(timeline, 100, 14);
        UiThread.waitUntil("a seek", () -> !seeks.isEmpty());
        assertEquals(2500, seeks.get(0), 25, "x 100 of 400 is a quarter of 10 s");
        assertEquals(List.of(), ranges, "a click selects no range");

        Input.drag(timeline, 300, 14, 120, 14);
        UiThread.waitUntil("a range", () -> !ranges.isEmpty());
        long[] last = ranges.get(ranges.size() - 1);
        assertEquals(3000, last[0], 25, "the range starts where the drag ended (dragged leftwards)");
        assertEquals(7500, last[1], 25, "and ends where it started");
        assertTrue(ranges.stream().allMatch(r -> r[0] <= r[1]), "each range in order");
        RGB marked = pixelAt(5000, 14);
        assertNotEquals(background(), marked, "the selected range is drawn over the timeline");
        assertTrue(marked.blue > marked.red, "in translucent blue: " + marked);
    }
}
