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

    /** The playhead, in milliseconds (transcription mode's time codes). */
    long currentMs();

    /** Moves the playhead (clamped to the recording). */
    void seek(long ms);

    /** Plays, or pauses when playing. */
    void togglePlay();

    /** Whether the recording is playing now. */
    boolean isPlaying();

    /** Makes playback {@code steps} rate steps faster (negative: slower), shown in the player; returns the new rate. */
    double stepRate(int steps);
}
