package org.attune.ui.ratings;

import java.util.Comparator;
import java.util.List;

import org.attune.model.SyncPoint;
import org.attune.model.TextSource;

/**
 * Maps between a recording's time and its transcript's text through the transcript's sync points, so that a
 * transcript view can follow the player ({@link MediaPlayerView#addTimeListener}) and seek it when a line is
 * clicked ({@link MediaPlayerView#seek}). Load the transcript's sync points first (ProjectStore.load).
 */
public final class TranscriptSync {
    private TranscriptSync() {
    }

    /** The text offset spoken at {@code ms}: that of the last sync point at or before it; -1 before the first. */
    public static int offsetAt(TextSource transcript, long ms) {
        return sorted(transcript, Comparator.comparingLong(SyncPoint::getTimeMs)).stream().filter(p -> p.getTimeMs() <= ms)
                .reduce((a, b) -> b).map(SyncPoint::getOffset).orElse(-1);
    }

    /** The time at which the text at {@code offset} is spoken: that of the last sync point at or before it; -1 if none. */
    public static long timeAt(TextSource transcript, int offset) {
        return sorted(transcript, Comparator.comparingInt(SyncPoint::getOffset)).stream().filter(p -> p.getOffset() <= offset)
                .reduce((a, b) -> b).map(SyncPoint::getTimeMs).orElse(-1L);
    }

    private static List<SyncPoint> sorted(TextSource transcript, Comparator<SyncPoint> order) {
        return transcript.getSyncPoints().stream().sorted(order).toList();
    }
}
