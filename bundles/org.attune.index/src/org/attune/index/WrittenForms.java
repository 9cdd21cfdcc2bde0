package org.attune.index;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

import org.apache.lucene.analysis.Analyzer.TokenStreamComponents;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * The written form of a word, indexed in the stemmed field beside its stem so that one field serves both plain and
 * {@code exact:} searches: where the word as written (lower-cased, as the standard analyzer reads it) differs from
 * its stem, a marked token {@code MARK stem MARK written} follows at the same position. {@code exact:running} is
 * then the one term {@code ␁run␁running}; {@code exact:run} is the stem {@code run} where no token starting
 * {@code ␁run␁} stands at the same position. Most words need no mark (stop words are not indexed at all), so this
 * costs far less than a second analysed field.
 */
final class WrittenForms {
    static final char MARK = '\u0001';

    private WrittenForms() {
    }

    /** The marked token of a word written {@code written} whose stem is {@code stem}. */
    static String token(String stem, String written) {
        return MARK + stem + MARK + written;
    }

    /** What every marked token of {@code stem} starts with. */
    static String prefix(String stem) {
        return MARK + stem + MARK;
    }

    static boolean isMarked(CharSequence term) {
        return term.length() > 0 && term.charAt(0) == MARK;
    }

    static boolean isMarked(BytesRef term) {
        return term.length > 0 && term.bytes[term.offset] == MARK; // one byte in UTF-8
    }

    /** {@code stemming}'s components with the marked tokens added: the text read is kept to see each word as written. */
    static TokenStreamComponents added(TokenStreamComponents stemming) {
        Recorder recorder = new Recorder();
        TokenStream marked = new Filter(stemming.getTokenStream(), recorder);
        return new TokenStreamComponents(reader -> stemming.getSource().accept(recorder.reading(reader)), marked);
    }

    /** Keeps every character the tokenizer reads, so that a token's offsets give back its written form. */
    private static final class Recorder extends Reader {
        private Reader in;
        private char[] seen = new char[1024];
        private int length;

        Recorder reading(Reader reader) {
            in = reader;
            length = 0;
            return this;
        }

        @Override
        public int read(char[] buffer, int offset, int count) throws IOException {
            int n = in.read(buffer, offset, count);
            if (n > 0) {
                if (length + n > seen.length) {
                    seen = Arrays.copyOf(seen, Math.max(2 * seen.length, length + n));
                }
                System.arraycopy(buffer, offset, seen, length, n);
                length += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Adds the marked token after each stem that differs from its word as written. */
    private static final class Filter extends TokenFilter {
        private final Recorder text;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private char[] marked = new char[64];
        private int markedLength;
        private boolean pending;

        Filter(TokenStream stems, Recorder text) {
            super(stems);
            this.text = text;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pending) {
                // the last filter: the stem's other attributes (offsets, type) are still in place for its mark
                pending = false;
                term.copyBuffer(marked, 0, markedLength);
                increment.setPositionIncrement(0);
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            int start = offsets.startOffset();
            int end = Math.min(offsets.endOffset(), text.length);
            if (start >= 0 && start < end && !isWritten(start, end)) {
                mark(start, end);
            }
            return true;
        }

        /** Whether the stem is the text from {@code start} to {@code end} lower-cased (as LowerCaseFilter does it). */
        private boolean isWritten(int start, int end) {
            char[] stem = term.buffer();
            int stemLength = term.length();
            char[] seen = text.seen;
            if (end - start == stemLength) { // most words: no surrogates, compared char by char
                boolean same = true;
                for (int i = 0; i < stemLength && same; i++) {
                    char c = seen[start + i];
                    same = !Character.isSurrogate(c) && Character.toLowerCase(c) == stem[i];
                }
                if (same) {
                    return true;
                }
            }
            int j = 0;
            for (int i = start; i < end;) {
                int c = Character.codePointAt(seen, i, end);
                if (j >= stemLength || Character.toLowerCase(c) != Character.codePointAt(stem, j, stemLength)) {
                    return false;
                }
                i += Character.charCount(c);
                j += Character.charCount(Character.codePointAt(stem, j, stemLength));
            }
            return j == stemLength;
        }

        /** Makes MARK stem MARK written the next token. */
        private void mark(int start, int end) {
            int stemLength = term.length();
            int length = stemLength + 2 + 2 * (end - start); // a lower-cased code point takes at most 2 chars
            if (marked.length < length) {
                marked = new char[Math.max(length, 2 * marked.length)];
            }
            marked[0] = MARK;
            System.arraycopy(term.buffer(), 0, marked, 1, stemLength);
            int at = stemLength + 1;
            marked[at++] = MARK;
            for (int i = start; i < end;) {
                int c = Character.codePointAt(text.seen, i, end);
                at += Character.toChars(Character.toLowerCase(c), marked, at);
                i += Character.charCount(c);
            }
            markedLength = at;
            pending = true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = false;
        }
    }
}
