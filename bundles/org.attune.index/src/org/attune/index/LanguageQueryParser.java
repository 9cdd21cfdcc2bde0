package org.attune.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanNotQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene's classic query parser over one language's text field, where {@code exact:} means the words as written
 * (see {@link WrittenForms}): {@code exact:running} is the marked token {@code ␁run␁running}, {@code exact:run} the
 * stem {@code run} where no marked token of {@code run} stands beside it, and an exact phrase those words in order.
 */
final class LanguageQueryParser extends QueryParser {
    static final String EXACT = "exact";

    private final Analyzer indexing;

    /** @param indexing the analyzer the index was written with, which gives a query's words their marked tokens */
    LanguageQueryParser(String textField, Analyzer querying, Analyzer indexing) {
        super(textField, querying);
        this.indexing = indexing;
        setAllowLeadingWildcard(true);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        return field.equals(EXACT) ? exact(queryText, 0) : super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return field.equals(EXACT) ? exact(queryText, slop) : super.getFieldQuery(field, queryText, slop);
    }

    /** {@code exact:guid*}: the stems and the written words that match. */
    @Override
    protected Query getWildcardQuery(String field, String pattern) throws ParseException {
        if (!field.equals(EXACT)) {
            return super.getWildcardQuery(field, pattern);
        }
        return new BooleanQuery.Builder().add(super.getWildcardQuery(getField(), pattern), Occur.SHOULD)
                .add(super.getWildcardQuery(getField(), WrittenForms.MARK + "*" + WrittenForms.MARK + pattern), Occur.SHOULD)
                .build();
    }

    @Override
    protected Query getPrefixQuery(String field, String prefix) throws ParseException {
        return field.equals(EXACT) ? getWildcardQuery(field, prefix + "*") : super.getPrefixQuery(field, prefix);
    }

    /** Fuzzy, regular expression and range queries have no written form: {@code exact:} searches the stems. */
    @Override
    protected Query getFuzzyQuery(String field, String termText, float similarity) throws ParseException {
        return super.getFuzzyQuery(field.equals(EXACT) ? getField() : field, termText, similarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String expression) throws ParseException {
        return super.getRegexpQuery(field.equals(EXACT) ? getField() : field, expression);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        return super.getRangeQuery(field.equals(EXACT) ? getField() : field, part1, part2, startInclusive, endInclusive);
    }

    /** The words of {@code text} as written, in order, with up to {@code slop} other words between them; null if none. */
    private Query exact(String text, int slop) {
        String field = getField();
        List<String> stems = new ArrayList<>();
        List<String> marks = new ArrayList<>(); // the written form's marked token, or null where the word is its stem
        List<Integer> positions = new ArrayList<>();
        int position = -1;
        try (TokenStream tokens = indexing.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (increment.getPositionIncrement() == 0 && WrittenForms.isMarked(term)) {
                    marks.set(marks.size() - 1, term.toString());
                } else {
                    position += increment.getPositionIncrement();
                    positions.add(position);
                    stems.add(term.toString());
                    marks.add(null);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String
        }
        if (stems.isEmpty()) {
            return null; // only stop words: nothing is indexed for them
        }
        if (stems.size() == 1 && marks.get(0) != null) {
            return new TermQuery(new Term(field, marks.get(0)));
        }
        List<SpanQuery> words = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            words.add(marks.get(i) != null ? new SpanTermQuery(new Term(field, marks.get(i))) : writtenAsStem(field, stems.get(i)));
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        int between = positions.get(positions.size() - 1) - positions.get(0) - (positions.size() - 1); // stop words
        return new SpanNearQuery(words.toArray(SpanQuery[]::new), between + slop, slop == 0);
    }

    /** The stem where it is the word as written: no marked token of the stem at its position. */
    private static SpanQuery writtenAsStem(String field, String stem) {
        SpanQuery marks = new SpanMultiTermQueryWrapper<>(new PrefixQuery(new Term(field, WrittenForms.prefix(stem))));
        return new SpanNotQuery(new SpanTermQuery(new Term(field, stem)), marks);
    }
}
