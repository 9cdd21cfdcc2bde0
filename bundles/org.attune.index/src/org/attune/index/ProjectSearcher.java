package org.attune.index;

import static org.attune.index.Documents.BODY;
import static org.attune.index.Documents.CODE;
import static org.attune.index.Documents.KIND;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * Searches the project's index (docs/search.md): parses a query once per language (each analysed as that language's
 * text was), narrows it to the kinds asked for, ranks the documents and places each match in its stored words, with
 * the words around it ({@link HitInContext}); when nothing is found it says why, where the index can tell
 * ({@link NothingFound}). Every search first waits for the actions committed before it
 * ({@link IndexFollower#waitForFollowing()}). It holds the analyzers a search needs and the facts of the last reader
 * met; {@link ProjectIndex} hands it out and gives it the readers, rebuilding a damaged index it met.
 */
public final class ProjectSearcher implements AutoCloseable {
    /** A read of one reader of the index. */
    interface Read<T> {
        T run(IndexSearcher searcher) throws SearchSyntaxException, IOException;
    }

    /** What a search needs of the index's life: its readers, and a rebuild from the store when it is damaged. */
    interface Readers {
        /** Runs {@code read} on the current reader; after a failure that was the index's damage, rebuilds it and runs it again. */
        <T> T read(Read<T> read) throws SearchSyntaxException, IOException;

        /** Checks the index against its checksums and rebuilds it from the store when it is damaged; says whether it did. */
        boolean rebuiltIfDamaged() throws IOException;
    }

    private final Analyzer analyzer = Analyzers.perField();
    /** The index's own analyzer, for the written forms of {@code exact:} words. */
    private final Analyzer indexing = Analyzers.forIndexing();
    /** For where the words of a hit are (English: its tokenizer alone). */
    private final Analyzer offsets = Analyzers.forOffsets();
    private volatile ReaderFacts readerFacts;
    private final IndexFollower follower;
    private final Readers readers;

    ProjectSearcher(IndexFollower follower, Readers readers) {
        this.follower = follower;
        this.readers = readers;
    }

    /**
     * Searches with Lucene's query syntax (docs/search.md): words, "phrases", wild*cards, fuzzy~, "near
     * words"~5, AND/OR/NOT, and fields speaker:, source:, case:, case.role:, case.&lt;attribute&gt;:, folder:,
     * code:, kind:, title:, exact:. Each match is a hit. Coded stretches are searched when the query names
     * {@code code:} or {@code kind:}; transcripts, memos and code definitions always.
     */
    public List<SearchHit> search(String queryText, int limit) throws SearchSyntaxException, IOException {
        return search(queryText, limit, Set.of());
    }

    /** Searches only documents of the given kinds (all kinds, when empty: coded stretches only if asked for). */
    public List<SearchHit> search(String queryText, int limit, Set<HitKind> kinds) throws SearchSyntaxException, IOException {
        follower.waitForFollowing(); // it finds what every action before it changed
        List<SearchHit> hits = readers.read(searcher -> find(searcher, queryText, limit, kinds));
        // bytes changed on disk while the index is open are mostly not met as an error: the words are just not found.
        // Nothing found is where that misleads, so then (only then: it reads the whole index) the index is checked.
        return hits.isEmpty() && readers.rebuiltIfDamaged() ? readers.read(searcher -> find(searcher, queryText, limit, kinds)) : hits;
    }

    /**
     * As {@link #search(String, int, Set)}, keeping of the coded stretches only those whose coding (by id)
     * {@code codingShown} lets through, e.g. the blind coding rule's; up to {@code limit} hits are still given.
     */
    public List<SearchHit> search(String queryText, int limit, Set<HitKind> kinds, Predicate<String> codingShown)
            throws SearchSyntaxException, IOException {
        for (int asked = limit;; asked = (int) Math.min(Integer.MAX_VALUE, asked * 4L)) {
            List<SearchHit> found = search(queryText, asked, kinds);
            List<SearchHit> kept = found.stream().filter(h -> h.kind() != HitKind.CODING || codingShown.test(h.elementId())).toList();
            if (kept.size() >= limit || found.size() < asked || asked == Integer.MAX_VALUE) {
                return kept.subList(0, Math.min(limit, kept.size()));
            }
        }
    }

    /**
     * Why {@code queryText} finds nothing, where the index can tell (only stop words, a field it lacks, a word or code
     * name no document holds, with the nearest one it holds); null where it cannot.
     */
    public String whyNothingFound(String queryText) throws SearchSyntaxException, IOException {
        follower.waitForFollowing();
        return readers.read(searcher -> whyNothingFound(searcher, queryText));
    }

    /** Why {@code queryText} finds nothing in {@code searcher}'s reader, where the index can tell; else null. */
    private String whyNothingFound(IndexSearcher searcher, String queryText) throws SearchSyntaxException, IOException {
        ReaderFacts facts = facts(searcher.getIndexReader());
        return NothingFound.explain(searcher.getIndexReader(), parse(queryText, facts.textFields()), queryText, facts.textFields());
    }

    /** Up to {@code limit} hits of {@code queryText} in documents of {@code kinds} in {@code searcher}'s reader. */
    private List<SearchHit> find(IndexSearcher searcher, String queryText, int limit, Set<HitKind> kinds)
            throws SearchSyntaxException, IOException {
        ReaderFacts facts = facts(searcher.getIndexReader());
        List<String> textFields = facts.textFields();
        Query parsed = parse(queryText, textFields);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        // one rewrite and one weight, for finding the top documents and then where their words are
        Query query = searcher.rewrite(restrict(parsed, kinds, facts.coded()));
        Weight weight = searcher.createWeight(query, ScoreMode.TOP_SCORES, 1f);
        Set<String> named = new HashSet<>();
        query.visit(fieldsOf(named, false));
        List<String> matchFields = new ArrayList<>(textFields);
        matchFields.retainAll(named);
        // one language: its analyzer gives the offsets of the words' positions in a hit's stored text; with several,
        // only the index knows a hit's language
        WordMatcher words = matchFields.size() == 1 ? WordMatcher.of(query, matchFields.get(0)) : null;
        Analyzer wordsAnalyzer = words != null && words.needsWrittenForms() ? indexing : analyzer;
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        ScoreDoc[] top = top(searcher, weight, Math.max(1, limit));
        Map<Integer, List<int[]>> spans = words == null ? null : words.spansFromIndex(leaves, matchFields.get(0), top);
        for (ScoreDoc scoreDoc : top) {
            Document doc = stored.document(scoreDoc.doc, HitInContext.SHOWN);
            int before = hits.size();
            if (words != null) {
                List<int[]> found = spans != null
                        ? WordMatcher.offsets(spans.get(scoreDoc.doc), offsets, matchFields.get(0), doc.get(BODY))
                        : words.find(wordsAnalyzer, matchFields.get(0), doc.get(BODY));
                for (int[] match : found) {
                    if (hits.size() < limit) {
                        hits.add(HitInContext.of(doc, match[0], match[1]));
                    }
                }
            } else if (!matchFields.isEmpty()) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scoreDoc.doc, leaves));
                Matches matches = weight.matches(leaf, scoreDoc.doc - leaf.docBase);
                for (String field : matchFields) {
                    addMatches(hits, limit, doc, field, matches == null ? null : matches.getMatches(field));
                }
            }
            if (hits.size() == before && hits.size() < limit) {
                hits.add(HitInContext.of(doc, 0, 0)); // matched on speaker, source, case or code: the document itself is the hit
            }
            if (hits.size() >= limit) {
                break;
            }
        }
        return hits;
    }

    /** A hit for each match in {@code field} (up to {@code limit} hits), placed by analysing the stored words again. */
    private void addMatches(List<SearchHit> hits, int limit, Document doc, String field, MatchesIterator matched)
            throws IOException {
        List<int[]> spans = new ArrayList<>(); // first and last word position of each match
        int last = -1;
        while (matched != null && matched.next() && hits.size() + spans.size() < limit) {
            int start = matched.startPosition();
            int end = matched.endPosition();
            // a phrase of three near words can be matched twice on the same words: one hit, as WordMatcher gives it
            boolean again = !spans.isEmpty() && spans.get(spans.size() - 1)[0] == start && spans.get(spans.size() - 1)[1] == end;
            if (start >= 0 && !again) {
                spans.add(new int[] {start, end});
                last = Math.max(last, end);
            }
        }
        if (spans.isEmpty()) {
            return;
        }
        WordOffsets words = WordOffsets.of(analyzer, field, doc.get(BODY), last);
        for (int[] span : spans) {
            if (words.has(span[0]) && words.has(span[1])) {
                hits.add(HitInContext.of(doc, words.start(span[0]), words.end(span[1])));
            }
        }
    }

    /** The best {@code n} documents by score, found with {@code weight} as {@link IndexSearcher#search} would. */
    private static ScoreDoc[] top(IndexSearcher searcher, Weight weight, int n) throws IOException {
        // hits are counted up to 1,000 before non-competitive documents are skipped, as IndexSearcher.search(query, n) does
        TopScoreDocCollector collector = new TopScoreDocCollectorManager(n, Math.max(n, 1000)).newCollector();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafCollector collecting;
            try {
                collecting = collector.getLeafCollector(leaf);
            } catch (CollectionTerminatedException e) {
                continue;
            }
            ScorerSupplier scorers = weight.scorerSupplier(leaf);
            if (scorers != null) {
                // as IndexSearcher does: the query's scorer may then skip the documents that cannot make the top n
                scorers.setTopLevelScoringClause();
                try {
                    scorers.bulkScorer().score(collecting, leaf.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
                } catch (CollectionTerminatedException e) {
                    // the collector has enough from this leaf
                }
            }
            collecting.finish();
        }
        return collector.topDocs().scoreDocs;
    }

    /** The facts of {@code reader}, worked out when a search first meets it. */
    private ReaderFacts facts(IndexReader reader) throws IOException {
        ReaderFacts known = readerFacts;
        if (known == null || known.reader() != reader) {
            known = ReaderFacts.of(reader);
            readerFacts = known;
        }
        return known;
    }

    /** Parses the query once per language, each analysed as that language's text was, and joins them with OR. */
    private Query parse(String queryText, List<String> textFields) throws SearchSyntaxException {
        try {
            BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
            Query only = null;
            for (String field : textFields) {
                only = new LanguageQueryParser(field, analyzer, indexing).parse(queryText);
                anyLanguage.add(only, Occur.SHOULD);
            }
            return textFields.size() == 1 ? only : anyLanguage.build();
        } catch (ParseException | RuntimeException e) {
            throw new SearchSyntaxException("cannot read the query [" + queryText + "]: " + explain(queryText, e), e);
        }
    }

    /** {@code query} narrowed to the kinds asked for, or without coded stretches unless it names code: or kind:. */
    private static Query restrict(Query query, Set<HitKind> kinds, boolean coded) {
        BooleanQuery.Builder restricted = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (!kinds.isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            kinds.forEach(k -> any.add(new TermQuery(new Term(KIND, k.name().toLowerCase(Locale.ROOT))), Occur.SHOULD));
            return restricted.add(any.build(), Occur.FILTER).build();
        }
        Set<String> fields = new HashSet<>();
        query.visit(fieldsOf(fields, true));
        // before anything is coded there is nothing to leave out: the query keeps its own, faster, scorer
        if (fields.contains(CODE) || fields.contains(KIND) || !coded) {
            return query;
        }
        return restricted.add(new TermQuery(ReaderFacts.CODED), Occur.MUST_NOT).build();
    }

    /** Collects the fields a query names. */
    private static QueryVisitor fieldsOf(Set<String> fields, boolean prohibitedToo) {
        return new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT && !prohibitedToo ? QueryVisitor.EMPTY_VISITOR : this;
            }
        };
    }

    /** Says what is wrong in words a researcher knows; Lucene's own message otherwise. */
    private static String explain(String query, Exception e) {
        if (query.chars().filter(c -> c == '"').count() % 2 == 1) {
            return "a quotation mark is not closed";
        }
        long open = query.chars().filter(c -> c == '(').count();
        long close = query.chars().filter(c -> c == ')').count();
        if (open != close) {
            return open > close ? "a bracket is not closed" : "a bracket is closed that was not opened";
        }
        if (query.strip().matches("(?i).*\\b(AND|OR|NOT)$") || query.strip().matches("(?i)^(AND|OR)\\b.*")) {
            return "AND, OR and NOT need words on both sides";
        }
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return first.replaceFirst("^Cannot parse '.*?': ", "");
    }

    /** Forgets the facts of the last reader (the index was rebuilt). */
    void forget() {
        readerFacts = null;
    }

    @Override
    public void close() {
        analyzer.close();
        indexing.close();
        offsets.close();
    }
}
