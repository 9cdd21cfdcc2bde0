package org.attune.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Why a query found nothing, where the index can tell: every word a stop word, a field it does not have, a code
 * name or a word that no document holds, each with the nearest one it does hold. Null where none of these applies
 * (the words are there, only not together).
 */
final class NothingFound {
    private NothingFound() {
    }

    static String explain(IndexReader reader, Query parsed, String queryText, List<String> textFields) throws IOException {
        if (isEmpty(parsed)) {
            return "every word of the query is a stop word (such as the, and, was), which the index leaves out;"
                    + " search a word of substance, or the words around it as a phrase";
        }
        Set<String> fields = new LinkedHashSet<>();
        List<Term> terms = new ArrayList<>();
        parsed.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public void consumeTerms(Query query, Term... found) {
                terms.addAll(List.of(found));
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        List<String> known = searchable(reader);
        for (String field : fields) {
            if (!known.contains(field)) {
                String near = nearest(known, field);
                return "there is no field \"" + field + ":\"" + (near == null ? "" : "; did you mean " + near + ":?");
            }
        }
        for (Term term : terms) {
            if (WrittenForms.isMarked(term.bytes()) || reader.docFreq(term) > 0) {
                continue;
            }
            String word = textFields.contains(term.field()) ? typed(queryText, term.text()) : term.text();
            String near = nearestTerm(reader, term);
            String what = textFields.contains(term.field()) ? "no transcript, memo or code definition has the word \"" + word + "\""
                    : term.field().equals(Documents.CODE) ? "no code's name has the word \"" + word + "\""
                    : "no " + term.field() + " is \"" + word + "\"";
            return what + (near == null ? "" : "; did you mean " + (textFields.contains(term.field()) ? "" : term.field() + ":") + near + "?");
        }
        return null;
    }

    /** The word of the query as typed whose stem is {@code stem} (a stem begins its word, nearly always), else the stem. */
    private static String typed(String queryText, String stem) {
        for (String word : queryText.split("[^\\p{L}\\p{N}']+")) {
            if (word.toLowerCase(java.util.Locale.ROOT).startsWith(stem)) {
                return word;
            }
        }
        return stem;
    }

    private static boolean isEmpty(Query query) {
        return query == null || query instanceof BooleanQuery b && b.clauses().stream().allMatch(c -> isEmpty(c.query()));
    }

    /** The fields a query may name: those the index holds words in, and exact:. */
    private static List<String> searchable(IndexReader reader) {
        List<String> names = new ArrayList<>();
        for (FieldInfo info : FieldInfos.getMergedFieldInfos(reader)) {
            if (info.getIndexOptions() != IndexOptions.NONE) {
                names.add(info.name);
            }
        }
        names.add(LanguageQueryParser.EXACT);
        return names;
    }

    /** The candidate fewest edits (one, else two) away from what was typed; null if none is that near. */
    private static String nearest(List<String> candidates, String typed) {
        for (int edits = 1; edits <= 2; edits++) {
            CharacterRunAutomaton near = new CharacterRunAutomaton(new LevenshteinAutomata(typed, true).toAutomaton(edits));
            for (String c : candidates) {
                if (near.run(c)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The most frequent word of the field within two edits of the term, as written; null if none. */
    private static String nearestTerm(IndexReader reader, Term term) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, term.field());
        if (terms == null) {
            return null;
        }
        int maxEdits = Math.min(LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE, term.text().length() > 4 ? 2 : 1);
        TermsEnum found = new FuzzyQuery(term, maxEdits).getTermsEnum(terms);
        String best = null;
        int most = 0;
        for (BytesRef next = found.next(); next != null; next = found.next()) {
            if (!WrittenForms.isMarked(next) && found.docFreq() > most) {
                most = found.docFreq();
                best = next.utf8ToString();
            }
        }
        return best == null ? null : mostWritten(terms, best);
    }

    /** The most frequent way a stem is written ({@code attun}: attuned), or the stem where it is written so itself. */
    private static String mostWritten(Terms terms, String stem) throws IOException {
        TermsEnum all = terms.iterator();
        String prefix = WrittenForms.prefix(stem);
        String best = stem;
        int most = 0;
        if (all.seekCeil(new BytesRef(prefix)) != TermsEnum.SeekStatus.END) {
            for (BytesRef next = all.term(); next != null && next.utf8ToString().startsWith(prefix); next = all.next()) {
                if (all.docFreq() > most) {
                    most = all.docFreq();
                    best = next.utf8ToString().substring(prefix.length());
                }
            }
        }
        return best;
    }
}
