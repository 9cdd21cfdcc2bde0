package org.attune.libs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** Lucene wrapped one bundle per jar: its codec and analysis SPIs work inside Equinox. */
class LuceneInOsgiTest {

    @Test
    void codecsAreFoundThroughServiceLoader() {
        assertTrue(FrameworkUtil.getBundle(Codec.class) != null, "Lucene must be loaded from an OSGi bundle here");
        assertTrue(Codec.availableCodecs().contains(Codec.getDefault().getName()), Codec.availableCodecs().toString());
        assertTrue(PostingsFormat.availablePostingsFormats().size() > 0);
    }

    @Test
    void analysisFactoriesOfAnotherBundleAreFoundAfterReloadWithItsLoader() throws IOException {
        // Lucene's SPI loaders look in lucene-core's class loader; factories live in analysis-common.
        ClassLoader analysisCommon = EnglishAnalyzer.class.getClassLoader();
        TokenizerFactory.reloadTokenizers(analysisCommon);
        TokenFilterFactory.reloadTokenFilters(analysisCommon);
        assertTrue(TokenFilterFactory.availableTokenFilters().contains("porterStem"),
                TokenFilterFactory.availableTokenFilters() + " via " + analysisCommon);
        try (Analyzer analyzer = CustomAnalyzer.builder().withTokenizer("standard")
                .addTokenFilter("lowercase").addTokenFilter("porterstem").build()) {
            assertEquals(List.of("attun", "guid", "famili"), tokens(analyzer, "Attuned guiding families"));
        }
    }

    @Test
    void indexesAndSearchesFilesWithEnglishStemming(@TempDir Path dir) throws Exception {
        try (Directory directory = FSDirectory.open(dir); Analyzer analyzer = new EnglishAnalyzer()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                writer.addDocument(doc("t1", "The guider was attuned to the child during the shared review."));
                writer.addDocument(doc("t2", "The carer described a difficult morning routine."));
                writer.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryParser parser = new QueryParser("text", analyzer);
                assertEquals(List.of("t1"), ids(searcher, searcher.search(parser.parse("attuning"), 10)));
                assertEquals(List.of("t1"), ids(searcher, searcher.search(parser.parse("\"shared reviews\""), 10)));
                assertEquals(List.of("t2"), ids(searcher, searcher.search(parser.parse("carers AND routine"), 10)));
                assertEquals(0, searcher.search(parser.parse("meeting"), 10).totalHits.value());
            }
        }
    }

    private static Document doc(String id, String text) {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.YES));
        d.add(new TextField("text", text, Field.Store.NO));
        return d;
    }

    private static List<String> ids(IndexSearcher searcher, TopDocs hits) throws IOException {
        List<String> ids = new ArrayList<>();
        for (var hit : hits.scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }
}
