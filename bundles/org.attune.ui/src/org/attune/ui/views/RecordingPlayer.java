package org.attune.ui.views;

import org.attune.model.MediaSource;

/**
 * The view that plays recordings (the Media Player, contributed by org.attune.ui.ratings): the Project Explorer
 * opens audio and video sources in it, beside their transcripts.
 */
public interface RecordingPlayer {
    String VIEW_ID = "org.attune.ui.ratings.player";

    /** The recording loaded, or null. */
    MediaSource media();

    /** Loads {@code recording}, paused at its start. */
    void open(MediaSource recording);

    /**
     * Loads {@code recording} (if it is not open), marks [startMs, endMs] as its in/out range and plays from startMs (a
     * coded time segment, e.g. double-clicked in Coded Segments).
     */
    default void playSegment(MediaSource recording, long startMs, long endMs) {
        open(recording);
    }
}
