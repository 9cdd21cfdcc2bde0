package org.attune.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanNotQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;

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
        if (field.equals(EXACT)) {
            return exact(queryText, 0);
        }
        return quoted && isText(field) && hasPattern(queryText) ? phraseWithPatterns(queryText, 0) : super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (field.equals(EXACT)) {
            return exact(queryText, slop);
        }
        return isText(field) && hasPattern(queryText) ? phraseWithPatterns(queryText, slop) : super.getFieldQuery(field, queryText, slop);
    }

    private static boolean hasPattern(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }

    /**
     * A phrase with patterns ({@code "attune* clip"}, {@code "we attun* together"~3}): its words in order (within
     * {@code slop} other words), each pattern matching stems and written words as a lone pattern does.
     */
    private Query phraseWithPatterns(String text, int slop) throws ParseException {
        List<SpanQuery> words = new ArrayList<>();
        int gaps = 0; // stop words, which are not indexed but keep their place
        for (String word : text.strip().split("\\s+")) {
            if (hasPattern(word)) {
                String normalised = getAnalyzer().normalize(getField(), word).utf8ToString();
                words.add(new SpanOrQuery(new SpanMultiTermQueryWrapper<>(new WildcardQuery(new Term(getField(), normalised))),
                        new SpanMultiTermQueryWrapper<>(writtenPattern(word))));
                continue;
            }
            List<String> stems = stemsOf(word);
            stems.forEach(stem -> words.add(new SpanTermQuery(new Term(getField(), stem))));
            gaps += stems.isEmpty() ? 1 : 0;
        }
        if (words.isEmpty()) {
            throw new ParseException("the phrase \"" + text + "\" holds no word that is searched");
        }
        return words.size() == 1 ? words.get(0) : new SpanNearQuery(words.toArray(SpanQuery[]::new), slop + gaps, slop == 0);
    }

    /**
     * A pattern ({@code attune*}, {@code exact:guid*}) matches the stems and the words as written: a researcher
     * truncates the word as written ({@code attuned*}), which is rarely the stem ({@code attun}).
     */
    @Override
    protected Query getWildcardQuery(String field, String pattern) throws ParseException {
        if (!isText(field)) {
            return super.getWildcardQuery(field, pattern);
        }
        return either(super.getWildcardQuery(getField(), pattern), writtenPattern(pattern));
    }

    /**
     * {@code attune*}: the words that begin so, as written or as stems, and the family of {@code attune} itself
     * (every word of its stem, {@code attuning} too): researchers truncate at a word they know to find its forms.
     */
    @Override
    protected Query getPrefixQuery(String field, String prefix) throws ParseException {
        if (!isText(field)) {
            return super.getPrefixQuery(field, prefix);
        }
        Query pattern = getWildcardQuery(field, prefix + "*");
        String stem = field.equals(EXACT) ? null : stemOf(prefix); // exact: keeps to the written words
        return stem == null ? pattern : either(pattern, new TermQuery(new Term(getField(), stem)));
    }

    /** The stem of one word in this field's language, or null where it is not one indexed word (a stop word, two words). */
    private String stemOf(String word) {
        List<String> stems = stemsOf(word);
        return stems.size() == 1 ? stems.get(0) : null;
    }

    /** The indexed terms of {@code text} as the field's analyzer reads it: stems, no stop words. */
    private List<String> stemsOf(String text) {
        List<String> stems = new ArrayList<>();
        try (TokenStream tokens = getAnalyzer().tokenStream(getField(), text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String
        }
        return stems;
    }

    /** {@code atuned~1}: stems and written words within the edits ({@code attuned} is indexed as {@code attun}). */
    @Override
    protected Query getFuzzyQuery(String field, String termText, float similarity) throws ParseException {
        if (!isText(field)) {
            return super.getFuzzyQuery(field, termText, similarity);
        }
        String word = asWritten(termText);
        int edits = FuzzyQuery.floatToEdits(similarity, word.codePointCount(0, word.length()));
        return either(super.getFuzzyQuery(getField(), termText, similarity), written(new LevenshteinAutomata(word, true).toAutomaton(edits)));
    }

    @Override
    protected Query getRegexpQuery(String field, String expression) throws ParseException {
        if (!isText(field)) {
            return super.getRegexpQuery(field, expression);
        }
        return either(super.getRegexpQuery(getField(), expression), written(new RegExp(expression).toAutomaton()));
    }

    /**
     * A word as the written forms hold it: lower-cased only. A language's own normalisation (German folds ä to a)
     * applies to its stems, not to the written words.
     */
    private static String asWritten(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** The marked tokens whose written word matches the wildcard pattern. */
    private WildcardQuery writtenPattern(String pattern) {
        return new WildcardQuery(new Term(getField(), WrittenForms.MARK + "*" + WrittenForms.MARK + asWritten(pattern)),
                Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, getMultiTermRewriteMethod());
    }

    private boolean isText(String field) {
        return field.equals(EXACT) || field.equals(getField());
    }

    private static Query either(Query stems, Query written) {
        return new BooleanQuery.Builder().add(stems, Occur.SHOULD).add(written, Occur.SHOULD).build();
    }

    /** The marked tokens ({@code MARK stem MARK written}) whose written word {@code words} accepts. */
    private Query written(Automaton words) {
        Automaton anyStem = Operations.repeat(Operations.union(List.of(Automata.makeCharRange(0, WrittenForms.MARK - 1),
                Automata.makeCharRange(WrittenForms.MARK + 1, Character.MAX_CODE_POINT))));
        Automaton mark = Automata.makeChar(WrittenForms.MARK);
        Automaton marked = Operations.concatenate(List.of(mark, anyStem, mark, words));
        return new AutomatonQuery(new Term(getField(), WrittenForms.MARK + "*"),
                Operations.determinize(marked, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
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
