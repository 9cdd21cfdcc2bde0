package org.attune.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Finds a query's words in a hit's stored text by analysing the text again as it was indexed (stems and written
 * forms), for queries whose matches need nothing but the words: words, wild*cards, fuzzy~ words, exact phrases and
 * "near words"~5, with AND, OR and NOT. For the ≤ 20 short hits of a page this is cheaper than asking the index,
 * which seeks every term's postings again for each hit ({@code Weight.matches}). Near words are matched by Lucene's
 * own matcher ({@link NearWords}). Span queries ({@code exact:} phrases, {@code exact:} words that are their own
 * stem) are left to the index. One matcher serves one search, on one thread.
 */
final class WordMatcher {
    private final Set<BytesRef> words = new HashSet<>();
    private final List<ByteRunAutomaton> patterns = new ArrayList<>();
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

    /** The char offsets (start, end) of each match in {@code text} as {@code analyzer} reads it, in order. */
    List<int[]> find(Analyzer analyzer, String field, String text) throws IOException {
        single.clear();
        inPhrases.values().forEach(BitSet::clear);
        WordOffsets offsets = WordOffsets.of(analyzer, field, text, Integer.MAX_VALUE, (position, bytes) -> {
            if (!words.isEmpty() && words.contains(bytes) || matchesPattern(bytes)) {
                single.set(position);
            }
            BitSet phrase = inPhrases.isEmpty() ? null : inPhrases.get(bytes);
            if (phrase != null) {
                phrase.set(position);
            }
        });
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
