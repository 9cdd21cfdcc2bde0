package org.attune.index;

import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PhraseQuery.PostingsAndFreq;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SloppyPhraseMatcher;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;

/**
 * The matches of a phrase with slop ({@code "parent child"~5}) in one hit's text after another, as
 * {@code Weight.matches} gives them: Lucene's own {@link SloppyPhraseMatcher} reads the positions of the phrase's
 * words in the text as the postings of a document, so that its rules (either order, repeated words, where a match
 * starts and ends) stay Lucene's. Like Lucene's, the matcher is made once and reset for each document. Lucene marks
 * the matcher internal: should an update change it, ExactWordsTest, which compares these hits with
 * {@code Weight.matches}, says so.
 */
final class NearWords {
    private static final SimScorer NO_SCORES = new SimScorer() {
        @Override
        public float score(float freq, long norm) {
            return 1f;
        }
    };

    private final PhraseQuery phrase;
    private final Positions[] words;
    private SloppyPhraseMatcher matcher;

    /** @param inText where each word of the phrase stands in the text being read, filled in before each reading */
    NearWords(PhraseQuery phrase, Map<BytesRef, BitSet> inText) {
        this.phrase = phrase;
        Term[] terms = phrase.getTerms();
        words = new Positions[terms.length];
        for (int i = 0; i < terms.length; i++) {
            words[i] = new Positions(inText.get(terms[i].bytes())); // a repeated word has a reader of its own
        }
    }

    /** Adds the first and last position of each match in the text read. */
    void addMatches(List<int[]> spans) throws IOException {
        for (Positions word : words) {
            if (word.positions.isEmpty()) {
                return; // Lucene asks the matcher only about documents that have every word
            }
            word.rewind();
        }
        if (matcher == null) {
            PostingsAndFreq[] postings = new PostingsAndFreq[words.length];
            for (int i = 0; i < words.length; i++) {
                postings[i] = new PostingsAndFreq(words[i], null, phrase.getPositions()[i], phrase.getTerms()[i]);
            }
            // no scores; each match captured from its lead word, as Weight.matches does
            matcher = new SloppyPhraseMatcher(postings, phrase.getSlop(), ScoreMode.COMPLETE_NO_SCORES, NO_SCORES, 0f, true);
        }
        matcher.resetPositions();
        while (matcher.nextMatch()) {
            spans.add(new int[] {matcher.startPosition(), matcher.endPosition()});
        }
    }

    /** A word's positions in the text read, as its postings in that one document (no offsets, no payloads). */
    private static final class Positions extends PostingsEnum {
        final BitSet positions;
        private int last;

        Positions(BitSet positions) {
            this.positions = positions;
        }

        void rewind() {
            last = -1;
        }

        @Override
        public int freq() {
            return positions.cardinality();
        }

        @Override
        public int nextPosition() {
            last = positions.nextSetBit(last + 1);
            return last;
        }

        @Override
        public int startOffset() {
            return -1;
        }

        @Override
        public int endOffset() {
            return -1;
        }

        @Override
        public BytesRef getPayload() {
            return null;
        }

        @Override
        public int docID() {
            return 0; // the matcher is only asked to read positions, always of this document
        }

        @Override
        public int nextDoc() {
            return NO_MORE_DOCS;
        }

        @Override
        public int advance(int target) {
            return NO_MORE_DOCS;
        }

        @Override
        public long cost() {
            return 1;
        }
    }
}
