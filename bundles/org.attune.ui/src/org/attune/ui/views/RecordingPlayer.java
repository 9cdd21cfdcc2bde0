package org.attune.ui.views;

import org.attune.model.MediaSource;

/**
 * The view that plays recordings (the Media Player, contributed by org.attune.ui.ratings): the Project Explorer
 * opens audio and video sources in it, beside their transcripts.
 */
public interface RecordingPlayer {
    String VIEW_ID = "org.attune.ui.ratings.player";

    /** Loads {@code recording}, paused at its start. */
    void open(MediaSource recording);
}
