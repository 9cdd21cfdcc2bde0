package org.attune.index;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Which analyzer reads which field. A transcript's words are stemmed in the language it was imported with
 * ({@code Source.language}, a BCP 47 tag such as "nl" or "de-AT"): each language has its own field
 * ({@code text} for English, {@code text.nl}, {@code text.de}, ...), so that a query is analysed the same way
 * as the text it is matched against. A language Lucene has no analyzer for falls back to the standard analyzer
 * (words lower-cased, no stemming, no stop words) in {@code text.std}. Every other field is plain words.
 * Indexing adds to the stems of the text fields the words as written where they differ ({@link WrittenForms});
 * queries are read without them.
 */
final class Analyzers {
    static final String ENGLISH_FIELD = "text";
    static final String FALLBACK_FIELD = "text.std";
    static final String FIELD_PREFIX = "text.";

    private static final Map<String, Supplier<Analyzer>> BY_LANGUAGE = new HashMap<>();

    static {
        BY_LANGUAGE.put("en", org.apache.lucene.analysis.en.EnglishAnalyzer::new);
        BY_LANGUAGE.put("nl", org.apache.lucene.analysis.nl.DutchAnalyzer::new);
        BY_LANGUAGE.put("de", org.apache.lucene.analysis.de.GermanAnalyzer::new);
        BY_LANGUAGE.put("fr", org.apache.lucene.analysis.fr.FrenchAnalyzer::new);
        BY_LANGUAGE.put("es", org.apache.lucene.analysis.es.SpanishAnalyzer::new);
        BY_LANGUAGE.put("it", org.apache.lucene.analysis.it.ItalianAnalyzer::new);
        BY_LANGUAGE.put("pt", org.apache.lucene.analysis.pt.PortugueseAnalyzer::new);
        BY_LANGUAGE.put("sv", org.apache.lucene.analysis.sv.SwedishAnalyzer::new);
        BY_LANGUAGE.put("da", org.apache.lucene.analysis.da.DanishAnalyzer::new);
        BY_LANGUAGE.put("no", org.apache.lucene.analysis.no.NorwegianAnalyzer::new);
        BY_LANGUAGE.put("fi", org.apache.lucene.analysis.fi.FinnishAnalyzer::new);
        BY_LANGUAGE.put("ca", org.apache.lucene.analysis.ca.CatalanAnalyzer::new);
        BY_LANGUAGE.put("cs", org.apache.lucene.analysis.cz.CzechAnalyzer::new);
        BY_LANGUAGE.put("el", org.apache.lucene.analysis.el.GreekAnalyzer::new);
        BY_LANGUAGE.put("et", org.apache.lucene.analysis.et.EstonianAnalyzer::new);
        BY_LANGUAGE.put("eu", org.apache.lucene.analysis.eu.BasqueAnalyzer::new);
        BY_LANGUAGE.put("ga", org.apache.lucene.analysis.ga.IrishAnalyzer::new);
        BY_LANGUAGE.put("gl", org.apache.lucene.analysis.gl.GalicianAnalyzer::new);
        BY_LANGUAGE.put("hu", org.apache.lucene.analysis.hu.HungarianAnalyzer::new);
        BY_LANGUAGE.put("id", org.apache.lucene.analysis.id.IndonesianAnalyzer::new);
        BY_LANGUAGE.put("lt", org.apache.lucene.analysis.lt.LithuanianAnalyzer::new);
        BY_LANGUAGE.put("lv", org.apache.lucene.analysis.lv.LatvianAnalyzer::new);
        BY_LANGUAGE.put("ro", org.apache.lucene.analysis.ro.RomanianAnalyzer::new);
        BY_LANGUAGE.put("ru", org.apache.lucene.analysis.ru.RussianAnalyzer::new);
        BY_LANGUAGE.put("tr", org.apache.lucene.analysis.tr.TurkishAnalyzer::new);
        BY_LANGUAGE.put("bg", org.apache.lucene.analysis.bg.BulgarianAnalyzer::new);
        BY_LANGUAGE.put("ar", org.apache.lucene.analysis.ar.ArabicAnalyzer::new);
        BY_LANGUAGE.put("fa", org.apache.lucene.analysis.fa.PersianAnalyzer::new);
        BY_LANGUAGE.put("hi", org.apache.lucene.analysis.hi.HindiAnalyzer::new);
    }

    private Analyzers() {
    }

    /** The primary language subtag we have an analyzer for ("nb", "nn" read as Norwegian), or null. */
    static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return "en"; // what Attune imported before languages were asked for
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (primary.equals("nb") || primary.equals("nn")) {
            primary = "no";
        }
        return BY_LANGUAGE.containsKey(primary) ? primary : null;
    }

    /** The stemmed field for text in the language {@code tag}. */
    static String textField(String tag) {
        String language = language(tag);
        return language == null ? FALLBACK_FIELD : language.equals("en") ? ENGLISH_FIELD : FIELD_PREFIX + language;
    }

    static boolean isTextField(String field) {
        return field.equals(ENGLISH_FIELD) || field.startsWith(FIELD_PREFIX);
    }

    /** Stemmed per language in the text fields, plain words everywhere else. */
    static Analyzer perField() {
        return new PerField();
    }

    /** As {@link #perField()}, with the written forms beside the stems in the stemmed text fields: for indexing. */
    static Analyzer forIndexing() {
        return new WithWrittenForms();
    }

    /**
     * As {@link #perField()} where only the positions and offsets of indexed words are asked for ({@link WordOffsets}):
     * English is then its tokenizer alone.
     */
    static Analyzer forOffsets() {
        return new ForOffsets();
    }

    private static final class ForOffsets extends DelegatingAnalyzerWrapper {
        private final PerField stemming = new PerField();
        private final Analyzer english = new EnglishTokens();

        ForOffsets() {
            super(PER_FIELD_REUSE_STRATEGY);
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
            return field.equals(ENGLISH_FIELD) ? english : stemming.getWrappedAnalyzer(field);
        }

        @Override
        public void close() {
            stemming.close();
            english.close();
            super.close();
        }
    }

    /**
     * The tokens of Lucene's EnglishAnalyzer before its filters, which change a token's letters (possessive, lower
     * case, stem) or leave it out (a stop word, whose position is kept), but never move a word or its offsets.
     */
    private static final class EnglishTokens extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    }

    /** The fallback field needs no written forms: its words are never stemmed. */
    private static final class WithWrittenForms extends AnalyzerWrapper {
        private final PerField stemming = new PerField();

        WithWrittenForms() {
            super(PER_FIELD_REUSE_STRATEGY);
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
            return stemming.getWrappedAnalyzer(field);
        }

        @Override
        protected TokenStreamComponents wrapComponents(String field, TokenStreamComponents components) {
            return isTextField(field) && !field.equals(FALLBACK_FIELD) ? WrittenForms.added(components) : components;
        }

        @Override
        public void close() {
            stemming.close();
            super.close();
        }
    }

    /** Creates a language's analyzer when its field is first met (each loads its stop words and stemmer). */
    private static final class PerField extends DelegatingAnalyzerWrapper {
        private final Analyzer plain = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        private final Map<String, Analyzer> byField = new ConcurrentHashMap<>();

        PerField() {
            super(PER_FIELD_REUSE_STRATEGY);
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
            if (!field.equals(ENGLISH_FIELD) && !field.startsWith(FIELD_PREFIX)) {
                return plain;
            }
            return byField.computeIfAbsent(field, f -> {
                Supplier<Analyzer> language = BY_LANGUAGE.get(f.equals(ENGLISH_FIELD) ? "en" : f.substring(FIELD_PREFIX.length()));
                return language == null ? plain : language.get();
            });
        }

        @Override
        public void close() {
            byField.values().forEach(Analyzer::close);
            plain.close();
            super.close();
        }
    }
}
