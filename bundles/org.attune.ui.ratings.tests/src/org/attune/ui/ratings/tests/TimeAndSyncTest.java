package org.attune.ui.ratings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.attune.model.AttuneFactory;
import org.attune.model.SyncPoint;
import org.attune.model.TextSource;
import org.attune.ui.ratings.TimeCodes;
import org.attune.ui.ratings.TranscriptSync;
import org.junit.jupiter.api.Test;

/** Typed times and the transcript-follows-player mapping, without a workbench. */
class TimeAndSyncTest {
    @Test
    void timeCodesFormatAndParse() {
        assertEquals("01:02:03.004", TimeCodes.format(3_723_004));
        assertEquals("00:00:00.000", TimeCodes.format(-5));
        assertEquals(3_723_004, TimeCodes.parse("01:02:03.004"));
        assertEquals(65_250, TimeCodes.parse("1:05.25"));
        assertEquals(7_500, TimeCodes.parse(" 7,5 "));
        assertEquals(3_600_000 * 100L, TimeCodes.parse("100:00:00"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> TimeCodes.parse("1h 5m"));
        assertTrue(bad.getMessage().contains("hh:mm:ss.mmm"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TimeCodes.parse("00:61:00"));
    }

    @Test
    void transcriptOffsetsFollowTimeAndBack() {
        TextSource transcript = AttuneFactory.eINSTANCE.createTextSource();
        long[][] points = {{40, 12_000}, {0, 2_000}, {95, 30_500}};
        for (long[] p : points) {
            SyncPoint point = AttuneFactory.eINSTANCE.createSyncPoint();
            point.setOffset((int) p[0]);
            point.setTimeMs(p[1]);
            transcript.getSyncPoints().add(point);
        }
        assertEquals(-1, TranscriptSync.offsetAt(transcript, 1_999));
        assertEquals(0, TranscriptSync.offsetAt(transcript, 2_000));
        assertEquals(40, TranscriptSync.offsetAt(transcript, 29_999));
        assertEquals(95, TranscriptSync.offsetAt(transcript, 60_000));
        assertEquals(12_000, TranscriptSync.timeAt(transcript, 94));
        assertEquals(2_000, TranscriptSync.timeAt(transcript, 0));
        assertEquals(30_500, TranscriptSync.timeAt(transcript, 400));
    }
}
