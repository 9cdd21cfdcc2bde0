package org.attune.model.text;

import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;

/**
 * One unit of a transcript: a speaker turn, or a paragraph of a text without turns.
 *
 * @param start first code point
 * @param end code point after the last
 * @param turn the speaker turn, or {@code null} for a paragraph
 */
public record TextUnit(TextSource source, int start, int end, SpeakerTurn turn) {

    /** Whether code points [from, to) overlap this unit; an empty stretch, whether it lies in it. */
    public boolean holds(int from, int to) {
        return from < end && Math.max(to, from + 1) > start;
    }
}
