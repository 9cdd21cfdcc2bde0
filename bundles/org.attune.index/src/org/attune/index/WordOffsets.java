package org.attune.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Where the words at each position of a text are (char offsets), found by analysing the text again as it was
 * indexed: the index keeps positions only, and a query needs offsets for the few hits it shows.
 */
final class WordOffsets {
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;

    /** Empty, for {@link #put} to fill in order of position. */
    WordOffsets() {
    }

    /** The offsets of the words at positions 0 to {@code lastPosition} of {@code text} in {@code field}. */
    static WordOffsets of(Analyzer analyzer, String field, String text, int lastPosition) {
        WordOffsets found = new WordOffsets();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            int position = -1;
            while (position < lastPosition && tokens.incrementToken()) {
                if (increment.getPositionIncrement() > 0) {
                    position += increment.getPositionIncrement();
                    found.put(position, offsets.startOffset(), offsets.endOffset());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String
        }
        return found;
    }

    void put(int position, int start, int end) {
        if (position >= starts.length) {
            int size = Math.max(2 * starts.length, position + 1);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
        }
        Arrays.fill(starts, count, position, -1); // positions of stop words: no word indexed there
        starts[position] = start;
        ends[position] = end;
        count = position + 1;
    }

    /** Whether a word was indexed at {@code position}. */
    boolean has(int position) {
        return position >= 0 && position < count && starts[position] >= 0;
    }

    int start(int position) {
        return starts[position];
    }

    int end(int position) {
        return ends[position];
    }
}
