package org.attune.model.text;

import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Selection;
import org.attune.model.SpeakerTurn;
import org.attune.model.SyncPoint;
import org.attune.model.TextSelection;
import org.attune.model.TimeSelection;

/**
 * The marks laid on a source, made in one place: speaker turns and selections of text (code point offsets, end
 * exclusive), sync points and selections of time (milliseconds), and a coding of a selection with a code. Importers,
 * the exchange reader, coding, transcribing and the tests all build them here.
 */
public final class Marks {
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;

    private Marks() {
    }

    /** The turn of {@code speaker} over {@code [start, end)}. */
    public static SpeakerTurn turn(String speaker, int start, int end) {
        SpeakerTurn turn = F.createSpeakerTurn();
        turn.setSpeaker(speaker);
        turn.setStart(start);
        turn.setEnd(end);
        return turn;
    }

    /** The point where text offset {@code offset} is heard at {@code timeMs}. */
    public static SyncPoint sync(int offset, long timeMs) {
        SyncPoint point = F.createSyncPoint();
        point.setOffset(offset);
        point.setTimeMs(timeMs);
        return point;
    }

    /** The text {@code [start, end)}. */
    public static TextSelection text(int start, int end) {
        TextSelection selection = F.createTextSelection();
        selection.setStart(start);
        selection.setEnd(end);
        return selection;
    }

    /** The time {@code [startMs, endMs)}. */
    public static TimeSelection time(long startMs, long endMs) {
        TimeSelection selection = F.createTimeSelection();
        selection.setStartMs(startMs);
        selection.setEndMs(endMs);
        return selection;
    }

    /** A coding of {@code selection} with {@code code}, not yet in a source. */
    public static Coding coding(Code code, Selection selection) {
        Coding coding = F.createCoding();
        coding.setCode(code);
        coding.setSelection(selection);
        return coding;
    }
}
