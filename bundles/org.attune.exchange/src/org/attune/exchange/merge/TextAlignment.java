package org.attune.exchange.merge;

import org.attune.importer.text.TextNormalizer;
import org.attune.model.Selection;
import org.attune.model.TextSelection;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Positions in the other copy's text of a transcript, translated into this project's text of it, when the two are
 * the same text once normalised as the importer normalises (docs/import.md) but differ as stored: e.g. another tool
 * kept the final line end, a byte-order mark or CR LF that Attune's import dropped. The other text is walked code
 * point by code point beside this one; what normalising dropped maps to the next kept position.
 */
final class TextAlignment {
    private final int[] map;
    private final String theirs;
    private final String ours;

    private TextAlignment(int[] map, String theirs, String ours) {
        this.map = map;
        this.theirs = theirs;
        this.ours = ours;
    }

    /** The alignment, or null when {@code theirs} does not walk onto the whole of {@code ours}. */
    static TextAlignment of(String theirs, String ours) {
        int[] t = theirs.codePoints().toArray();
        int[] o = ours.codePoints().toArray();
        int[] map = new int[t.length + 1];
        int j = 0;
        for (int i = 0; i < t.length; i++) {
            map[i] = j;
            if (j < o.length && same(t[i], o[j])) {
                j++;
            }
        }
        map[t.length] = j;
        return j == o.length ? new TextAlignment(map, theirs, ours) : null;
    }

    private static boolean same(int their, int our) {
        return their == our || our == ' ' && (their == '\u00A0' || their == '\u2007' || their == '\u202F')
                || our == '\n' && (their == '\r' || their == '\u0085' || their == '\u2028' || their == '\u2029' || their == '\u000B'
                        || their == '\f');
    }

    /** Their selection in this project's text, or null when the words it covers differ here (once normalised). */
    Selection translate(Selection selection) {
        if (!(selection instanceof TextSelection t) || t.getStart() < 0 || t.getEnd() >= map.length || t.getStart() > t.getEnd()) {
            return selection instanceof TextSelection ? null : EcoreUtil.copy(selection);
        }
        TextSelection moved = EcoreUtil.copy(t);
        moved.setStart(map[t.getStart()]);
        moved.setEnd(map[t.getEnd()]);
        String before = TextNormalizer.normalize(codePoints(theirs, t.getStart(), t.getEnd()));
        String after = TextNormalizer.normalize(codePoints(ours, moved.getStart(), moved.getEnd()));
        return before.equals(after) ? moved : null;
    }

    private static String codePoints(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }
}
