package org.attune.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Where a query's words are in its top documents, for queries whose matches need nothing but the words: words,
 * wild*cards, fuzzy~ words, exact phrases and "near words"~5, with AND, OR and NOT. The words' positions are read
 * from their postings, for all the top documents of a segment in one pass ({@link #spansFromIndex}), where
 * {@code Weight.matches} would seek every term again for each hit (and enumerate a pattern's words again); the text
 * of a hit is then analysed only as far as its last match, for the offsets ({@link #offsets}). A pattern that
 * stands for very many words is matched in the text instead, analysed again as it was indexed ({@link #find}).
 * Near words are matched by Lucene's own matcher ({@link NearWords}). Span queries ({@code exact:} phrases,
 * {@code exact:} words that are their own stem) are left to the index. One matcher serves one search, on one
 * thread.
 */
final class WordMatcher {
    private final Set<BytesRef> words = new HashSet<>();
    private final List<ByteRunAutomaton> patterns = new ArrayList<>();
    private final List<MultiTermQuery> patternQueries = new ArrayList<>();
    /** Whether every pattern can list the words it stands for (each is a MultiTermQuery). */
    private boolean listable = true;
    private final List<PhraseQuery> phrases = new ArrayList<>();
    private final List<PhraseQuery> nearPhrases = new ArrayList<>();
    /** Where each word of a phrase stands in the text being read. */
    private final Map<BytesRef, BitSet> inPhrases = new HashMap<>();
    private final List<NearWords> near = new ArrayList<>();
    /** Where the words and patterns match in the text being read. */
    private final BitSet single = new BitSet();
    private boolean writtenForms;

    private WordMatcher() {
    }

    /** The words, patterns and phrases {@code query} looks for in {@code field}, or null if it needs more. */
    static WordMatcher of(Query query, String field) {
        WordMatcher matcher = new WordMatcher();
        boolean[] more = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                if (!terms[0].field().equals(field)) {
                    return;
                }
                if (leaf instanceof TermQuery || leaf instanceof SynonymQuery || leaf instanceof MultiTermQuery) {
                    for (Term term : terms) {
                        matcher.words.add(term.bytes());
                    }
                } else if (leaf instanceof PhraseQuery phrase) {
                    (phrase.getSlop() == 0 ? matcher.phrases : matcher.nearPhrases).add(phrase);
                } else {
                    more[0] = true;
                }
            }

            @Override
            public void consumeTermsMatching(Query leaf, String inField, Supplier<ByteRunAutomaton> automaton) {
                if (inField.equals(field)) {
                    matcher.patterns.add(automaton.get());
                    if (leaf instanceof MultiTermQuery pattern) {
                        matcher.patternQueries.add(pattern);
                    } else {
                        matcher.listable = false;
                    }
                }
            }

            @Override
            public void visitLeaf(Query leaf) {
                more[0] = true; // a query of a kind not known here
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this; // what is excluded is not shown
            }
        });
        return more[0] ? null : matcher.prepared();
    }

    private WordMatcher prepared() {
        for (BytesRef word : words) {
            writtenForms |= WrittenForms.isMarked(word);
        }
        for (ByteRunAutomaton pattern : patterns) {
            writtenForms |= pattern.step(0, WrittenForms.MARK) != -1; // from the initial state
        }
        for (List<PhraseQuery> kind : List.of(phrases, nearPhrases)) {
            for (PhraseQuery phrase : kind) {
                for (Term term : phrase.getTerms()) {
                    inPhrases.putIfAbsent(term.bytes(), new BitSet());
                    writtenForms |= WrittenForms.isMarked(term.bytes());
                }
            }
        }
        for (PhraseQuery phrase : nearPhrases) {
            near.add(new NearWords(phrase, inPhrases));
        }
        return this;
    }

    /**
     * Whether a match can be a written form ({@code exact:}, or a pattern that may begin with its mark): only then
     * must the text be analysed with the written forms, which costs more.
     */
    boolean needsWrittenForms() {
        return writtenForms;
    }

    /**
     * The char offsets (start, end) of each match in {@code text}, in order, found by analysing all of it with
     * {@code analyzer} (with the written forms if {@link #needsWrittenForms}).
     */
    List<int[]> find(Analyzer analyzer, String field, String text) throws IOException {
        clearPositions();
        WordOffsets offsets = WordOffsets.of(analyzer, field, text, Integer.MAX_VALUE, (position, bytes) -> {
            if (!words.isEmpty() && words.contains(bytes) || matchesPattern(bytes)) {
                single.set(position);
            }
            BitSet phrase = inPhrases.isEmpty() ? null : inPhrases.get(bytes);
            if (phrase != null) {
                phrase.set(position);
            }
        });
        return offsets(spans(), offsets);
    }

    /** The (first, last) word positions of the matches, sorted, from where the words stand ({@link #single}, {@link #inPhrases}). */
    private List<int[]> spans() throws IOException {
        List<int[]> spans = new ArrayList<>();
        for (int p = single.nextSetBit(0); p >= 0; p = single.nextSetBit(p + 1)) {
            spans.add(new int[] {p, p});
        }
        for (PhraseQuery phrase : phrases) {
            addPhrase(phrase, spans);
        }
        for (NearWords phrase : near) {
            phrase.addMatches(spans);
        }
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        return spans;
    }

    /** The char offsets of each of {@code spans} (sorted), each stretch once. */
    private static List<int[]> offsets(List<int[]> spans, WordOffsets offsets) {
        List<int[]> found = new ArrayList<>();
        int[] last = null;
        for (int[] span : spans) {
            if ((last == null || last[0] != span[0] || last[1] != span[1]) && offsets.has(span[0]) && offsets.has(span[1])) {
                found.add(new int[] {offsets.start(span[0]), offsets.end(span[1])});
            }
            last = span;
        }
        return found;
    }

    /**
     * The char offsets of the matches at {@code spans} (from {@link #spansFromIndex}) in {@code text}, analysed as
     * far as the last of them; the written forms stand at the positions of their stems, so no analyzer needs them.
     */
    static List<int[]> offsets(List<int[]> spans, Analyzer analyzer, String field, String text) {
        if (spans.isEmpty()) {
            return List.of();
        }
        int last = spans.stream().mapToInt(s -> s[1]).max().getAsInt();
        return offsets(spans, WordOffsets.of(analyzer, field, text, last));
    }

    /** With more postings than this in a segment (a pattern such as *ing), the words are found in the text instead. */
    private static final int MOST_POSTINGS = 256;

    /**
     * The (first, last) word positions of the matches in each of {@code docs}, by document, read from the postings
     * of the query's words in one pass per segment; null if a pattern stands for too many words to read.
     */
    Map<Integer, List<int[]>> spansFromIndex(List<LeafReaderContext> leaves, String field, ScoreDoc[] docs) throws IOException {
        if (!listable) {
            return null;
        }
        int[] sorted = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            sorted[i] = docs[i].doc;
        }
        Arrays.sort(sorted);
        Map<Integer, List<int[]>> spans = new HashMap<>();
        for (int from = 0, to; from < sorted.length; from = to) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sorted[from], leaves));
            to = from;
            while (to < sorted.length && sorted[to] < leaf.docBase + leaf.reader().maxDoc()) {
                to++;
            }
            if (!readSegment(leaf, field, Arrays.copyOfRange(sorted, from, to), spans)) {
                return null;
            }
        }
        return spans;
    }

    /** The spans in {@code docs} (sorted) of one segment; false if a pattern stands for too many words there. */
    private boolean readSegment(LeafReaderContext leaf, String field, int[] docs, Map<Integer, List<int[]>> spans) throws IOException {
        List<PostingsEnum> postings = new ArrayList<>();
        List<BitSet> into = new ArrayList<>(); // where each posting's positions go
        Terms terms = leaf.reader().terms(field);
        if (terms != null) {
            TermsEnum seeking = terms.iterator();
            for (BytesRef word : words) {
                if (seeking.seekExact(word)) {
                    postings.add(seeking.postings(null, PostingsEnum.POSITIONS));
                    into.add(single);
                }
            }
            for (Map.Entry<BytesRef, BitSet> word : inPhrases.entrySet()) {
                if (seeking.seekExact(word.getKey())) {
                    postings.add(seeking.postings(null, PostingsEnum.POSITIONS));
                    into.add(word.getValue());
                }
            }
            for (MultiTermQuery pattern : patternQueries) {
                TermsEnum matching = pattern.getTermsEnum(terms);
                while (matching.next() != null) {
                    if (postings.size() >= MOST_POSTINGS) {
                        return false;
                    }
                    postings.add(matching.postings(null, PostingsEnum.POSITIONS));
                    into.add(single);
                }
            }
        }
        for (int doc : docs) {
            clearPositions();
            int inLeaf = doc - leaf.docBase;
            for (int i = 0; i < postings.size(); i++) {
                PostingsEnum word = postings.get(i);
                if (word.docID() < inLeaf) {
                    word.advance(inLeaf);
                }
                if (word.docID() == inLeaf) {
                    for (int n = word.freq(); n > 0; n--) {
                        into.get(i).set(word.nextPosition());
                    }
                }
            }
            spans.put(doc, spans());
        }
        return true;
    }

    /** Forgets where the words stood in the text read before. */
    private void clearPositions() {
        single.clear();
        inPhrases.values().forEach(BitSet::clear);
    }

    private boolean matchesPattern(BytesRef bytes) {
        for (ByteRunAutomaton pattern : patterns) {
            if (pattern.run(bytes.bytes, bytes.offset, bytes.length)) {
                return true;
            }
        }
        return false;
    }

    /** Each place where the phrase's words stand at its positions relative to one another (stop words between). */
    private void addPhrase(PhraseQuery phrase, List<int[]> spans) {
        Term[] terms = phrase.getTerms();
        int[] at = phrase.getPositions();
        if (terms.length == 0) {
            return;
        }
        BitSet first = inPhrases.get(terms[0].bytes());
        for (int p = first.nextSetBit(0); p >= 0; p = first.nextSetBit(p + 1)) {
            boolean all = true;
            for (int i = 1; i < terms.length && all; i++) {
                all = inPhrases.get(terms[i].bytes()).get(p + at[i] - at[0]);
            }
            if (all) {
                spans.add(new int[] {p, p + at[terms.length - 1] - at[0]});
            }
        }
    }
}
