package org.attune.coding.consensus;

import org.attune.model.Coding;
import org.attune.model.TextSelection;
import org.attune.model.TimeSelection;

/** A coding's stretch on its source's continuum: code points of a transcript, milliseconds of a recording. */
final class Spans {
    private Spans() {
    }

    /** Whether the coding covers a stretch of text or time (not a region of a picture). */
    static boolean isSpan(Coding coding) {
        return coding.getSelection() instanceof TextSelection || coding.getSelection() instanceof TimeSelection;
    }

    static long start(Coding coding) {
        return coding.getSelection() instanceof TextSelection t ? t.getStart() : ((TimeSelection) coding.getSelection()).getStartMs();
    }

    static long end(Coding coding) {
        return coding.getSelection() instanceof TextSelection t ? t.getEnd() : ((TimeSelection) coding.getSelection()).getEndMs();
    }

    /** How many positions the two codings share (0 when they do not overlap). */
    static long overlap(Coding x, Coding y) {
        return Math.max(0, Math.min(end(x), end(y)) - Math.max(start(x), start(y)));
    }

    static boolean sameStretch(Coding x, Coding y) {
        return start(x) == start(y) && end(x) == end(y);
    }
}
