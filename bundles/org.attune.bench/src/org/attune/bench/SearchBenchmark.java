package org.attune.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.attune.index.EnglishBaseline;
import org.attune.index.ProjectIndex;
import org.attune.model.AttuneFactory;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code benchmark search DIR}: a generated project (by default 5,000 transcripts, 10M words), its index built
 * by Attune from the store and, on the same text with the same analysis, by a bare IndexWriter; then a fixed mix of
 * queries, each parsed by Attune's parser and run through Attune's search (20 hits with keyword-in-context) and
 * through a bare IndexSearcher (top 20 documents and their stored text) in turn, so that both sides meet the same
 * load. {@code --runs N} repeats the whole comparison and prints the medians. {@code --reuse} keeps the project.
 */
@Command(name = "search", description = "Index build and query latency, beside bare Lucene on the same text.")
public class SearchBenchmark extends GeneratingBenchmark {
    /** The mix: Attune's query forms, the truncated, fuzzy and phrase-with-pattern ones of issue 15 among them. */
    static final List<String> QUERIES = List.of("attune", "\"shared review\"", "guid*", "sonn~1", "\"parent child\"~5",
            "review AND (carer OR parent) NOT video", "speaker:guider AND clip", "exact:smiled", "eta*", "oin", "attune*",
            "seeing*", "attuned~1", "\"attune* to her\"");
    static final int HITS = 20;
    /** The one clause of the mix on a field the bare index has not (it indexes the words alone): the bare side drops it. */
    private static final String ATTUNE_ONLY = "speaker:guider AND ";

    @Mixin
    GeneratedSources generated;

    @Option(names = "--reuse", description = "Use the project an earlier run generated in <dir> (indexes are built anew).")
    boolean reuse;

    @Option(names = "--runs", defaultValue = "1", description = "Times the whole comparison (builds and queries) is repeated; "
            + "the median of each ratio is printed beside the ratios of every run.")
    int runs;

    @Option(names = "--rounds", defaultValue = "30", description = "Times the query mix is timed (after the warm-up rounds).")
    int rounds;

    @Option(names = "--warm-up-rounds", defaultValue = "20", description = "Untimed rounds of the query mix before the timed "
            + "ones, both sides alike, so that the JIT has compiled both sides' code before any query is timed.")
    int warmUpRounds;

    @Option(names = "--builds", defaultValue = "2", description = "Times each side builds its index, taking turns (which "
            + "side goes first alternates); the ratio is taken from the last, when the JIT has compiled both sides' code.")
    int builds;

    @Option(names = "--bare-threads", description = "Threads adding documents to the bare IndexWriter; by default as many as "
            + "Attune's rebuild adds from (one per core), so that both sides have the same threads.")
    Integer bareThreads;

    /** One comparison: both builds and the query mix, with the machine's load average before and after. */
    public record Run(double attuneBuildSeconds, double bareBuildSeconds, double buildRatio, Percentiles attuneQuery,
            Percentiles bareQuery, double p95Ratio, double firstAttuneBuildSeconds, double firstBareBuildSeconds,
            double loadBefore, double loadAfter) {
    }

    /** What each side found for a query of the mix: Attune's hits (words in context), the bare side's documents. */
    public record Found(String query, int attuneHits, int bareDocuments) {
    }

    /** The printed result: every run, and the medians of their ratios. */
    public record Result(int sources, long words, int warmUpRounds, int rounds, int bareThreads, List<Run> runs,
            double medianBuildRatio, double medianP95Ratio, double medianAttuneP95, double medianBareP95, List<Found> found) {
    }

    @Override
    public Integer call() throws Exception {
        if (bareThreads == null) {
            bareThreads = ProjectIndex.indexingThreads();
        }
        Path projectFolder = folder.resolve("project");
        List<String> texts = reuse && Files.isDirectory(projectFolder) ? readTexts(projectFolder) : generate(projectFolder);
        phase("%d transcripts ready", texts.size());
        List<Run> done = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        try (ProjectStore store = ProjectStore.open(projectFolder, OpenOptions.of("attune benchmark").withBackups(false))) {
            for (int run = 1; run <= Math.max(1, runs); run++) {
                phase("run %d of %d", run, Math.max(1, runs));
                done.add(compare(store, projectFolder, texts, run == 1 ? found : new ArrayList<>()));
            }
        }
        Result result = new Result(texts.size(), generated.words, warmUpRounds, rounds, bareThreads, done, Runs.median(done, Run::buildRatio),
                Runs.median(done, Run::p95Ratio), Runs.median(done, r -> r.attuneQuery().p95()),
                Runs.median(done, r -> r.bareQuery().p95()), found);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%d transcripts, %,d words; queries: %d rounds of %d after %d warm-up rounds; bare writer on %d thread(s)",
                texts.size(), generated.words, rounds, QUERIES.size(), warmUpRounds, bareThreads));
        for (int i = 0; i < done.size(); i++) {
            Run r = done.get(i);
            lines.add(String.format("run %d (load %.2f -> %.2f): build Attune %.1f s, bare %.1f s, bare/Attune %.2f (first builds %.2f);"
                    + " p95 Attune %.2f ms, bare %.2f ms, Attune/bare %.2f; p50 %.2f / %.2f ms", i + 1, r.loadBefore(), r.loadAfter(),
                    r.attuneBuildSeconds(), r.bareBuildSeconds(), r.buildRatio(), r.firstBareBuildSeconds() / r.firstAttuneBuildSeconds(),
                    r.attuneQuery().p95(), r.bareQuery().p95(), r.p95Ratio(), r.attuneQuery().p50(), r.bareQuery().p50()));
        }
        lines.add(String.format("median of %d run(s): index build bare/Attune %.2f (goal >= 0.8); query p95 Attune/bare %.2f (goal <= 1.2),"
                + " Attune's p95 %.2f ms (goal < 20 ms), bare %.2f ms", done.size(), result.medianBuildRatio(), result.medianP95Ratio(),
                result.medianAttuneP95(), result.medianBareP95()));
        return output.done(result, String.join(System.lineSeparator(), lines));
    }

    /** One whole comparison: each side builds its index {@code builds} times, taking turns; then the query mix, interleaved. */
    private Run compare(ProjectStore store, Path projectFolder, List<String> texts, List<Found> found)
            throws Exception {
        double loadBefore = Runs.load();
        Path bareDir = folder.resolve("bare-index");
        double[] bareBuilds = new double[Math.max(1, builds)];
        double[] attuneBuilds = new double[bareBuilds.length];
        for (int round = 0; round < bareBuilds.length; round++) {
            for (int turn = 0; turn < 2; turn++) {
                if ((turn + round) % 2 == 0) {
                    bareBuilds[round] = buildBare(texts, bareDir, bareThreads);
                } else {
                    attuneBuilds[round] = buildAttune(store, projectFolder);
                }
            }
            phase("build %d: Attune %.1f s, bare Lucene %.1f s", round + 1, attuneBuilds[round], bareBuilds[round]);
        }
        phase("timing %d rounds of %d queries after %d warm-up rounds", rounds, QUERIES.size(), warmUpRounds);
        Percentiles[] timed;
        try (ProjectIndex index = ProjectIndex.open(store); // the index the last build left
                FSDirectory directory = FSDirectory.open(bareDir);
                DirectoryReader reader = DirectoryReader.open(directory);
                EnglishBaseline baseline = new EnglishBaseline()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String q : QUERIES) {
                found.add(new Found(q, index.searcher().search(q, HITS).size(), bareSearch(searcher, baseline, q).size()));
            }
            timed = time(q -> index.searcher().search(q, HITS), q -> bareSearch(searcher, baseline, q));
        }
        int last = bareBuilds.length - 1;
        return new Run(attuneBuilds[last], bareBuilds[last], bareBuilds[last] / attuneBuilds[last], timed[0], timed[1],
                timed[0].p95() / timed[1].p95(), attuneBuilds[0], bareBuilds[0], loadBefore, Runs.load());
    }

    /**
     * A bare IndexWriter at its defaults (16 MB buffer), written with Attune's analysis of English text (stems and
     * written forms): one document per line, one stored text field; seconds, commit and close included.
     */
    private static double buildBare(List<String> texts, Path bareDir, int threads) throws Exception {
        deleteTree(bareDir);
        long t0 = System.nanoTime();
        try (EnglishBaseline baseline = new EnglishBaseline();
                FSDirectory directory = FSDirectory.open(Files.createDirectories(bareDir));
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(baseline.indexing()))) {
            if (threads <= 1) {
                for (String text : texts) {
                    addLines(writer, text);
                }
            } else {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try {
                    List<Future<?>> added = new ArrayList<>();
                    for (String text : texts) {
                        added.add(pool.submit(() -> {
                            addLines(writer, text);
                            return null;
                        }));
                    }
                    for (Future<?> f : added) {
                        f.get();
                    }
                } finally {
                    pool.shutdown();
                }
            }
            writer.commit();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void addLines(IndexWriter writer, String text) throws IOException {
        for (String line : text.split("\n")) {
            Document doc = new Document();
            doc.add(new TextField(EnglishBaseline.FIELD, line, Field.Store.YES));
            writer.addDocument(doc);
        }
    }

    /** Attune's rebuild of the project's index from the store, as when the index is missing; seconds. */
    private static double buildAttune(ProjectStore store, Path projectFolder) throws IOException {
        deleteTree(projectFolder.resolve(ProjectIndex.DIR));
        long t0 = System.nanoTime();
        try (ProjectIndex index = ProjectIndex.open(store)) {
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /**
     * What a bare Lucene application does to show a page of results: the same query as Attune's search parses it
     * (Attune's parser, its analysis), the top {@value #HITS} documents and the stored text of each. The one clause on a
     * field of Attune's own ({@value #ATTUNE_ONLY}) has no bare equivalent and is dropped.
     */
    private static List<String> bareSearch(IndexSearcher searcher, EnglishBaseline baseline, String q) throws Exception {
        TopDocs top = searcher.search(baseline.parse(q.replace(ATTUNE_ONLY, "")), HITS);
        StoredFields stored = searcher.storedFields();
        List<String> shown = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            shown.add(stored.document(hit.doc).get(EnglishBaseline.FIELD));
        }
        return shown;
    }

    private List<String> generate(Path projectFolder) throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(5);
        List<String> texts = new ArrayList<>();
        try (ProjectStore store = ProjectStore.create(projectFolder, "Search benchmark",
                OpenOptions.of("attune benchmark").withBackups(false))) {
            generated.add(store, i -> {
                String text = corpus.transcript(generated.wordsPerSource()) + (i % 10 == 0 ? "\nGuider: the parent and child watched the shared review clip."
                        : i % 10 == 5 ? "\nCarer: seeing the clip I felt more attuned to her; that attunement grew, we were attuning." : "");
                TextSource source = AttuneFactory.eINSTANCE.createTextSource();
                source.setName("Interview " + (i + 1));
                source.setLength(text.codePointCount(0, text.length()));
                source.getTurns().addAll(turns(text));
                store.stageText(source, text);
                texts.add(text);
                return source;
            }, added -> { });
        }
        return texts;
    }

    /** One speaker turn per line ("Speaker: words"), as an import finds them: Attune indexes one document per turn. */
    private static List<SpeakerTurn> turns(String text) {
        List<SpeakerTurn> turns = new ArrayList<>();
        int start = 0; // the generated text is ASCII: chars are code points
        for (String line : text.split("\n", -1)) {
            SpeakerTurn turn = AttuneFactory.eINSTANCE.createSpeakerTurn();
            turn.setSpeaker(line.substring(0, Math.max(0, line.indexOf(':'))));
            turn.setStart(start);
            turn.setEnd(start + line.length());
            turns.add(turn);
            start += line.length() + 1;
        }
        return turns;
    }

    /** The texts of a project generated by an earlier run, in the same order. */
    private static List<String> readTexts(Path projectFolder) throws Exception {
        try (ProjectStore store = ProjectStore.open(projectFolder, OpenOptions.of("attune benchmark").withBackups(false))) {
            return store.project().getSources().stream().filter(TextSource.class::isInstance)
                    .map(s -> store.text((TextSource) s)).toList();
        }
    }

    private void phase(String format, Object... args) {
        progress("%s %s", LocalTime.now().truncatedTo(ChronoUnit.MILLIS), String.format(format, args));
    }

    interface Query {
        Object run(String query) throws Exception;
    }

    /**
     * Runs each query through both sides in turn, so that both meet the same load of this shared machine. The
     * warm-up rounds run the same way, untimed: with one round, the first timed rounds (5% of them are the p95)
     * still ran interpreted or C1-compiled code, more of it on Attune's side.
     */
    private Percentiles[] time(Query attune, Query bare) throws Exception {
        for (int r = 0; r < warmUpRounds; r++) {
            for (String q : QUERIES) {
                attune.run(q);
                bare.run(q);
            }
        }
        long[][] nanos = new long[2][rounds * QUERIES.size()];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : QUERIES) {
                for (int side = 0; side < 2; side++) {
                    int which = (side + r) % 2; // alternate which side goes first
                    long t0 = System.nanoTime();
                    (which == 0 ? attune : bare).run(q);
                    nanos[which][n] = System.nanoTime() - t0;
                }
                n++;
            }
        }
        for (int q = 0; q < QUERIES.size(); q++) { // per query, to see which ones set the p95
            long[][] one = new long[2][rounds];
            for (int r = 0; r < rounds; r++) {
                one[0][r] = nanos[0][r * QUERIES.size() + q];
                one[1][r] = nanos[1][r * QUERIES.size() + q];
            }
            Percentiles a = Percentiles.ofNanos(one[0]);
            Percentiles b = Percentiles.ofNanos(one[1]);
            progress("  %-40s p50 %6.2f / %6.2f ms, p95 %6.2f / %6.2f ms (Attune / bare)", QUERIES.get(q), a.p50(), b.p50(),
                    a.p95(), b.p95());
        }
        return new Percentiles[] {Percentiles.ofNanos(nanos[0]), Percentiles.ofNanos(nanos[1])};
    }
}
