package org.attune.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.attune.cli.Cli;
import org.attune.cli.Output;
import org.attune.index.ProjectIndex;
import org.attune.model.AttuneFactory;
import org.attune.model.AttunePackage;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.eclipse.emf.edit.command.AddCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code benchmark search DIR}: a generated project (by default 5,000 transcripts, 10M words), its index built
 * by Attune from the store and, on the same text, by a bare IndexWriter; then a fixed mix of queries through
 * Attune's search (hits with keyword-in-context) and through a bare IndexSearcher (top documents only).
 */
@Command(name = "search", description = "Index build and query latency, beside bare Lucene on the same text.")
public class SearchBenchmark implements Callable<Integer> {
    static final List<String> QUERIES = List.of("attune", "\"shared review\"", "guid*", "sonn~1", "\"parent child\"~5",
            "review AND (carer OR parent) NOT video", "speaker:guider AND clip", "exact:smiled", "eta*", "oin");

    @Parameters(paramLabel = "<dir>", description = "A new or empty folder for the generated project.")
    Path folder;

    @Option(names = "--sources", defaultValue = "5000")
    int sources;

    @Option(names = "--words", defaultValue = "10000000")
    long words;

    @Option(names = "--rounds", defaultValue = "30", description = "Times the query mix is run (after one warm-up round).")
    int rounds;

    @Mixin
    Output output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The printed result. */
    public record Result(int sources, long words, double attuneBuildSeconds, double bareBuildSeconds, double buildRatio,
            Percentiles attuneQuery, Percentiles bareQuery, double p95Ratio) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter progress = spec.commandLine().getErr();
        SyntheticCorpus corpus = new SyntheticCorpus(5);
        List<String> texts = new ArrayList<>();
        try (ProjectStore store = ProjectStore.create(folder.resolve("project"), "Search benchmark",
                OpenOptions.of("attune benchmark").withBackups(false))) {
            int perSource = (int) (words / sources);
            for (int batch = 0; batch < sources; batch += 100) {
                List<TextSource> group = new ArrayList<>();
                for (int i = batch; i < Math.min(sources, batch + 100); i++) {
                    String text = corpus.transcript(perSource) + (i % 10 == 0 ? "\nGuider: the parent and child watched the shared review clip." : "");
                    TextSource source = AttuneFactory.eINSTANCE.createTextSource();
                    source.setName("Interview " + (i + 1));
                    source.setLength(text.codePointCount(0, text.length()));
                    store.stageText(source, text);
                    group.add(source);
                    texts.add(text);
                }
                store.execute(AddCommand.create(store.editingDomain(), store.project(), AttunePackage.Literals.PROJECT__SOURCES, group));
            }
            progress.printf("generated %d transcripts%n", sources);
            progress.flush();
        }

        Path bareDir = Files.createDirectories(folder.resolve("bare-index"));
        long b0 = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(bareDir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer()))) {
            for (String text : texts) {
                for (String line : text.split("\n")) {
                    Document doc = new Document();
                    doc.add(new TextField("text", line, Field.Store.YES));
                    writer.addDocument(doc);
                }
            }
            writer.commit();
        }
        double bareBuild = (System.nanoTime() - b0) / 1e9;

        Percentiles attune;
        double attuneBuild;
        try (ProjectStore store = ProjectStore.open(folder.resolve("project"), OpenOptions.of("attune benchmark").withBackups(false))) {
            long a0 = System.nanoTime();
            try (ProjectIndex index = ProjectIndex.open(store)) {
                attuneBuild = (System.nanoTime() - a0) / 1e9;
                progress.printf("indexes built: Attune %.1f s, bare Lucene %.1f s; timing %d rounds of %d queries%n",
                        attuneBuild, bareBuild, rounds, QUERIES.size());
                progress.flush();
                attune = time(q -> index.search(q, 20));
            }
        }
        Percentiles bare;
        try (FSDirectory directory = FSDirectory.open(bareDir); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            bare = time(q -> {
                QueryParser parser = new QueryParser("text", new EnglishAnalyzer());
                parser.setAllowLeadingWildcard(true);
                return searcher.search(parser.parse(q.replace("speaker:guider AND ", "").replace("exact:", "")), 20);
            });
        }
        Result result = new Result(sources, words, attuneBuild, bareBuild, bareBuild / attuneBuild, attune, bare,
                attune.p95() / bare.p95());
        output.print(result, String.join(System.lineSeparator(),
                String.format("index build: Attune %.1f s, bare IndexWriter %.1f s; bare/Attune %.2f (goal >= 0.8)", attuneBuild,
                        bareBuild, result.buildRatio()),
                "queries, Attune (hits in context): " + attune,
                "queries, bare IndexSearcher:       " + bare,
                String.format("Attune / bare at p95: %.2f (goal <= 1.2, and Attune's p95 < 20 ms)", result.p95Ratio())));
        return Cli.OK;
    }

    interface Query {
        Object run(String query) throws Exception;
    }

    private Percentiles time(Query query) throws Exception {
        for (String q : QUERIES) {
            query.run(q); // warm up
        }
        long[] nanos = new long[rounds * QUERIES.size()];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : QUERIES) {
                long t0 = System.nanoTime();
                query.run(q);
                nanos[n++] = System.nanoTime() - t0;
            }
        }
        return Percentiles.ofNanos(nanos);
    }
}
