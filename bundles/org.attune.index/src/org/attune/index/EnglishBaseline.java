package org.attune.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/**
 * What Attune's index does with English text, for a bare Lucene application measured beside it: the field,
 * the analyzer the field is written with (the language's stems and, beside them, the words as written) and a
 * query as Attune's search parses it for that field. A bare index written and asked with these does the same
 * Lucene work as Attune's, without the store, the speaker turns or the hits placed in their words.
 */
public final class EnglishBaseline implements AutoCloseable {
    /** The English text field, as Attune names it. */
    public static final String FIELD = Analyzers.ENGLISH_FIELD;

    private final Analyzer querying = Analyzers.perField();
    private final Analyzer indexing = Analyzers.forIndexing();

    /** The analyzer Attune's index is written with (give each IndexWriter its own instance of this class). */
    public Analyzer indexing() {
        return indexing;
    }

    /** {@code queryText} as Attune's search parses it for English text ({@code exact:}, patterns, fuzzy words). */
    public Query parse(String queryText) throws ParseException {
        return new LanguageQueryParser(FIELD, querying, indexing).parse(queryText);
    }

    @Override
    public void close() {
        querying.close();
        indexing.close();
    }
}
