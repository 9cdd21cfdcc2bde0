package org.attune.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * Where the words at each position of a text are (char offsets), found by analysing the text again as it was
 * indexed: the index keeps positions only, and a query needs offsets for the few hits it shows.
 */
final class WordOffsets {
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;

    private WordOffsets() {
    }

    /** Told of every token of a text (stacked ones too) with the position it stands at. */
    interface TokenSink {
        void token(int position, BytesRef term);
    }

    /** The offsets of the words at positions 0 to {@code lastPosition} of {@code text} in {@code field}. */
    static WordOffsets of(Analyzer analyzer, String field, String text, int lastPosition) {
        return of(analyzer, field, text, lastPosition, null);
    }

    /** As {@link #of(Analyzer, String, String, int)}, telling {@code sink} (if not null) of each token on the way. */
    static WordOffsets of(Analyzer analyzer, String field, String text, int lastPosition, TokenSink sink) {
        WordOffsets found = new WordOffsets();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            TermToBytesRefAttribute term = sink == null ? null : tokens.addAttribute(TermToBytesRefAttribute.class);
            tokens.reset();
            int position = -1;
            while (position < lastPosition && tokens.incrementToken()) {
                if (increment.getPositionIncrement() > 0) {
                    position += increment.getPositionIncrement();
                    found.put(position, offsets.startOffset(), offsets.endOffset());
                }
                if (sink != null) {
                    sink.token(position, term.getBytesRef());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String
        }
        return found;
    }

    private void put(int position, int start, int end) {
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
