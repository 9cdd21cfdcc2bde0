package org.attune.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.attune.cli.Cli;
import org.attune.cli.Output;
import org.attune.index.ProjectIndex;
import org.attune.model.AttuneFactory;
import org.attune.model.AttunePackage;
import org.attune.model.SpeakerTurn;
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
 * by Attune from the store and, on the same text, by a bare IndexWriter; then a fixed mix of queries, each run
 * through Attune's search (20 hits with keyword-in-context) and through a bare IndexSearcher (top 20 documents and
 * their stored text) in turn, so that both sides meet the same load. {@code --reuse} keeps the generated project.
 */
@Command(name = "search", description = "Index build and query latency, beside bare Lucene on the same text.")
public class SearchBenchmark implements Callable<Integer> {
    static final List<String> QUERIES = List.of("attune", "\"shared review\"", "guid*", "sonn~1", "\"parent child\"~5",
            "review AND (carer OR parent) NOT video", "speaker:guider AND clip", "exact:smiled", "eta*", "oin");
    static final int HITS = 20;
    private static final String BARE_FIELD = "text";

    @Parameters(paramLabel = "<dir>", description = "A new or empty folder for the generated project.")
    Path folder;

    @Option(names = "--sources", defaultValue = "5000")
    int sources;

    @Option(names = "--words", defaultValue = "10000000")
    long words;

    @Option(names = "--reuse", description = "Use the project an earlier run generated in <dir> (indexes are built anew).")
    boolean reuse;

    @Option(names = "--rounds", defaultValue = "30", description = "Times the query mix is timed (after the warm-up rounds).")
    int rounds;

    @Option(names = "--warm-up-rounds", defaultValue = "20", description = "Untimed rounds of the query mix before the timed "
            + "ones, both sides alike, so that the JIT has compiled both sides' code before any query is timed.")
    int warmUpRounds;

    @Option(names = "--builds", defaultValue = "2", description = "Times each side builds its index, taking turns (which "
            + "side goes first alternates); the ratio is taken from the last, when the JIT has compiled both sides' code.")
    int builds;

    @Mixin
    Output output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The printed result. */
    public record Result(int sources, long words, double attuneBuildSeconds, double bareBuildSeconds, double buildRatio,
            Percentiles attuneQuery, Percentiles bareQuery, double p95Ratio, double firstAttuneBuildSeconds,
            double firstBareBuildSeconds, int warmUpRounds) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter progress = spec.commandLine().getErr();
        Path projectFolder = folder.resolve("project");
        List<String> texts = reuse && Files.isDirectory(projectFolder) ? readTexts(projectFolder) : generate(projectFolder);
        phase(progress, "%d transcripts ready", texts.size());

        Path bareDir = folder.resolve("bare-index");
        double[] bareBuilds = new double[Math.max(1, builds)];
        double[] attuneBuilds = new double[bareBuilds.length];
        Percentiles[] timed;
        try (ProjectStore store = ProjectStore.open(projectFolder, OpenOptions.of("attune benchmark").withBackups(false))) {
            for (int round = 0; round < bareBuilds.length; round++) {
                for (int turn = 0; turn < 2; turn++) {
                    if ((turn + round) % 2 == 0) {
                        bareBuilds[round] = buildBare(texts, bareDir);
                    } else {
                        attuneBuilds[round] = buildAttune(store, projectFolder);
                    }
                }
                phase(progress, "build %d: Attune %.1f s, bare Lucene %.1f s", round + 1, attuneBuilds[round], bareBuilds[round]);
            }
            phase(progress, "timing %d rounds of %d queries after %d warm-up rounds", rounds, QUERIES.size(), warmUpRounds);
            try (ProjectIndex index = ProjectIndex.open(store); // the index the last build left
                    FSDirectory directory = FSDirectory.open(bareDir);
                    DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Analyzer analyzer = new EnglishAnalyzer();
                timed = time(q -> index.search(q, HITS), q -> bareSearch(searcher, analyzer, q), progress);
                phase(progress, "queries timed");
            }
        }
        double attuneBuild = attuneBuilds[attuneBuilds.length - 1];
        double bareBuild = bareBuilds[bareBuilds.length - 1];
        Percentiles attune = timed[0];
        Percentiles bare = timed[1];
        Result result = new Result(texts.size(), words, attuneBuild, bareBuild, bareBuild / attuneBuild, attune, bare,
                attune.p95() / bare.p95(), attuneBuilds[0], bareBuilds[0], warmUpRounds);
        output.print(result, String.join(System.lineSeparator(),
                String.format("index build: Attune %.1f s, bare IndexWriter %.1f s; bare/Attune %.2f (goal >= 0.8)%s", attuneBuild,
                        bareBuild, result.buildRatio(), builds > 1 ? String.format(" (first builds: %.1f s, %.1f s; %.2f)",
                                attuneBuilds[0], bareBuilds[0], bareBuilds[0] / attuneBuilds[0]) : ""),
                String.format("queries: %d rounds of %d, after %d warm-up rounds", rounds, QUERIES.size(), warmUpRounds),
                "queries, Attune (hits in context): " + attune,
                "queries, bare IndexSearcher:       " + bare,
                String.format("Attune / bare at p95: %.2f (goal <= 1.2, and Attune's p95 < 20 ms)", result.p95Ratio())));
        return Cli.OK;
    }

    /** A bare IndexWriter at its defaults: one document per line, one stored text field; seconds, commit and close included. */
    private static double buildBare(List<String> texts, Path bareDir) throws IOException {
        deleteTree(bareDir);
        long t0 = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(Files.createDirectories(bareDir));
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer()))) {
            for (String text : texts) {
                for (String line : text.split("\n")) {
                    Document doc = new Document();
                    doc.add(new TextField(BARE_FIELD, line, Field.Store.YES));
                    writer.addDocument(doc);
                }
            }
            writer.commit();
        }
        return (System.nanoTime() - t0) / 1e9;
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
     * What a bare Lucene application does to show a page of results: parse the query, take the top {@value #HITS}
     * documents and read the stored text of each (Attune's own-field clauses have no bare equivalent and are dropped).
     */
    private static List<String> bareSearch(IndexSearcher searcher, Analyzer analyzer, String q) throws Exception {
        QueryParser parser = new QueryParser(BARE_FIELD, analyzer);
        parser.setAllowLeadingWildcard(true);
        TopDocs top = searcher.search(parser.parse(q.replace("speaker:guider AND ", "").replace("exact:", "")), HITS);
        StoredFields stored = searcher.storedFields();
        List<String> shown = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            shown.add(stored.document(hit.doc).get(BARE_FIELD));
        }
        return shown;
    }

    private List<String> generate(Path projectFolder) throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(5);
        List<String> texts = new ArrayList<>();
        try (ProjectStore store = ProjectStore.create(projectFolder, "Search benchmark",
                OpenOptions.of("attune benchmark").withBackups(false))) {
            int perSource = (int) (words / sources);
            for (int batch = 0; batch < sources; batch += 100) {
                List<TextSource> group = new ArrayList<>();
                for (int i = batch; i < Math.min(sources, batch + 100); i++) {
                    String text = corpus.transcript(perSource) + (i % 10 == 0 ? "\nGuider: the parent and child watched the shared review clip." : "");
                    TextSource source = AttuneFactory.eINSTANCE.createTextSource();
                    source.setName("Interview " + (i + 1));
                    source.setLength(text.codePointCount(0, text.length()));
                    source.getTurns().addAll(turns(text));
                    store.stageText(source, text);
                    group.add(source);
                    texts.add(text);
                }
                store.execute(AddCommand.create(store.editingDomain(), store.project(), AttunePackage.Literals.PROJECT__SOURCES, group));
            }
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

    private static void phase(PrintWriter progress, String format, Object... args) {
        progress.printf("%s %s%n", LocalTime.now().truncatedTo(ChronoUnit.MILLIS), String.format(format, args));
        progress.flush();
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    interface Query {
        Object run(String query) throws Exception;
    }

    /**
     * Runs each query through both sides in turn, so that both meet the same load of this shared machine. The
     * warm-up rounds run the same way, untimed: with one round, the first timed rounds (5% of them are the p95)
     * still ran interpreted or C1-compiled code, more of it on Attune's side.
     */
    private Percentiles[] time(Query attune, Query bare, PrintWriter progress) throws Exception {
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
            progress.printf("  %-40s p50 %6.2f / %6.2f ms, p95 %6.2f / %6.2f ms (Attune / bare)%n", QUERIES.get(q), a.p50(), b.p50(),
                    a.p95(), b.p95());
        }
        progress.flush();
        return new Percentiles[] {Percentiles.ofNanos(nanos[0]), Percentiles.ofNanos(nanos[1])};
    }
}
