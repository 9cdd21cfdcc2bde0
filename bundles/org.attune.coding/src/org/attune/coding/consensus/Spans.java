package org.attune.coding.consensus;

import org.attune.model.Coding;
import org.attune.model.TextSelection;
import org.attune.model.TimeSelection;

/** Codings' stretches on their source's continuum ({@link Coding#start()}, {@link Coding#end()}): code points of a transcript, milliseconds of a recording. */
final class Spans {
    private Spans() {
    }

    /** Whether the coding covers a stretch of text or time (not a region of a picture). */
    static boolean isSpan(Coding coding) {
        return coding.getSelection() instanceof TextSelection || coding.getSelection() instanceof TimeSelection;
    }

    /** How many positions the two codings share (0 when they do not overlap). */
    static long overlap(Coding x, Coding y) {
        return Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
    }

    static boolean sameStretch(Coding x, Coding y) {
        return x.start() == y.start() && x.end() == y.end();
    }
}
