package org.attune.analysis;

import java.util.BitSet;

/**
 * A source's text as code points, with where its words start so that the words of any stretch are counted
 * without scanning it. A word is a run of non-space characters holding at least one letter or digit.
 */
final class SourceText {
    private final int[] codePoints;
    /** wordStarts[i]: how many words start before code point i. */
    private final int[] wordStarts;
    /** Code points inside a word but not at its start: a stretch beginning there catches part of a word. */
    private final BitSet insideWord = new BitSet();

    SourceText(String text) {
        codePoints = text.codePoints().toArray();
        wordStarts = new int[codePoints.length + 1];
        boolean[] starts = new boolean[codePoints.length];
        int i = 0;
        while (i < codePoints.length) {
            if (Character.isWhitespace(codePoints[i])) {
                i++;
                continue;
            }
            int from = i;
            boolean wordy = false;
            while (i < codePoints.length && !Character.isWhitespace(codePoints[i])) {
                wordy |= Character.isLetterOrDigit(codePoints[i]);
                i++;
            }
            if (wordy) {
                starts[from] = true;
                insideWord.set(from + 1, i);
            }
        }
        for (int p = 0; p < codePoints.length; p++) {
            wordStarts[p + 1] = wordStarts[p] + (starts[p] ? 1 : 0);
        }
    }

    int length() {
        return codePoints.length;
    }

    /** The words that the code points [start, end) touch, counting a word cut at either end once. */
    int words(int start, int end) {
        int s = clamp(start);
        int e = clamp(end);
        if (s >= e) {
            return 0;
        }
        return wordStarts[e] - wordStarts[s] + (insideWord.get(s) ? 1 : 0);
    }

    String excerpt(int start, int end) {
        int s = clamp(start);
        int e = clamp(end);
        return s >= e ? "" : new String(codePoints, s, e - s);
    }

    private int clamp(int position) {
        return Math.max(0, Math.min(position, codePoints.length));
    }
}
