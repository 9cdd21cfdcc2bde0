package org.attune.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.attune.cli.CliFailure;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.ImportProgress;
import org.attune.importer.ImportReport;
import org.attune.importer.Importer;
import org.attune.importer.TikaService;
import org.attune.importer.text.DocumentReader;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code benchmark import DIR}: writes a corpus of docx interview transcripts (by default 1,000 files, 10M
 * words) with POI, then in one run extracts all of them with bare Tika and imports all of them with Attune
 * (Tika, normalisation, speaker turns, time codes, hashing, copying, durable store commits), the sides taking
 * turns over chunks of the corpus. The goal's side is bare Tika as Attune configures it (the streaming docx
 * extractor) on as many threads as Attune's import reads with, so that the ratio is what Attune's own work costs;
 * bare Tika at its defaults on one thread is printed beside it.
 */
@Command(name = "import", description = "Import throughput of docx transcripts, beside bare Tika extraction.")
public class ImportBenchmark extends Benchmark {
    private static final int SEED = 11;
    /** In {@code corpus/}: the parameters of the corpus the benchmark wrote there, and the sign that the folder is its own. */
    private static final String CORPUS_MARKER = ".corpus";

    @Parameters(paramLabel = "<dir>", description = "A folder for the corpus (re-used when an earlier run wrote the same one) and a new project in <dir>/project.")
    Path folder;

    @Option(names = "--documents", defaultValue = "1000")
    int documents;

    @Option(names = "--words", defaultValue = "10000000", description = "Words over all documents.")
    long words;

    @Option(names = "--warm-up", defaultValue = "100", description = "Files each path reads first, untimed, so that "
            + "both are measured with their code compiled (the JIT compiles Tika, POI and Xodus for several seconds).")
    int warmUp;

    @Option(names = "--chunk", defaultValue = "100", description = "Files each side reads in a turn; the sides alternate.")
    int chunk;

    @Option(names = "--runs", defaultValue = "1", description = "Times the whole comparison is repeated (each run imports the "
            + "corpus into a new project); the medians of the runs' ratios are printed.")
    int runs;

    /**
     * One comparison over the whole corpus, with the machine's load average before and after; throughput in words per
     * second. {@code cpuRatio} is the goal's ratio by CPU: bare Tika's (same extractor) CPU per file over Attune's; on a
     * loaded machine the wall-clock ratio says more about which side got the cores than about the work each does.
     */
    public record Run(double bareTikaSeconds, double attuneSeconds, double bareTikaWordsPerSecond, double attuneWordsPerSecond,
            double ratio, long imported, double bareTikaCpuMsPerFile, double attuneCpuMsPerFile, double committingThreadCpuMsPerFile,
            java.util.Map<String, Double> bareTikaCpuMsPerFileByThreads, java.util.Map<String, Double> attuneCpuMsPerFileByThreads,
            double bareStreamingTikaSeconds, double ratioToDefaultTika, double bareStreamingTikaCpuMsPerFile,
            java.util.Map<String, Double> bareStreamingTikaCpuMsPerFileByThreads, double loadBefore, double loadAfter, double cpuRatio) {
    }

    /** The printed result: every run, and the medians of their ratios. */
    public record Result(int documents, long words, double corpusMiB, int threads, List<Run> runs, double medianRatio,
            double medianRatioToDefaultTika, double medianAttuneCpuMsPerFile, double medianBareStreamingTikaCpuMsPerFile,
            double medianCpuRatio) {
    }

    @Override
    public Integer call() throws Exception {
        clearEarlierInvocations();
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        List<Path> files = generate(corpus);
        double corpusMiB = files.stream().mapToLong(p -> p.toFile().length()).sum() / 1048576.0;
        warmUp(files.subList(0, Math.min(warmUp, files.size())));
        int threads = Importer.readingThreads();
        List<Run> done = new ArrayList<>();
        // the earlier runs' projects are removed only after the last run: removing thousands of files just before a
        // run would slow the file system's choice of free inodes for its copies for a while (ext4 passes over recently
        // freed ones), a cost that an import does not meet in use; the last run's project stays for a look
        Path earlier = folder.resolve("earlier-runs");
        try {
            for (int run = 1; run <= Math.max(1, runs); run++) {
                progress("run %d of %d", run, Math.max(1, runs));
                Path project = run == Math.max(1, runs) ? folder.resolve("project") : earlier.resolve("project-" + run);
                done.add(compare(files, project, threads));
            }
        } finally {
            if (Files.exists(earlier)) {
                deleteTree(earlier);
            }
        }
        Result result = new Result(files.size(), words, corpusMiB, threads, done, Runs.median(done, Run::ratio),
                Runs.median(done, Run::ratioToDefaultTika), Runs.median(done, Run::attuneCpuMsPerFile), Runs.median(done, Run::bareStreamingTikaCpuMsPerFile),
                Runs.median(done, Run::cpuRatio));
        List<String> lines = new ArrayList<>();
        lines.add(String.format("corpus: %d docx files, %,d words, %.0f MiB; %d reading threads for Attune, as many for bare Tika with"
                + " the same (streaming) docx extractor", files.size(), words, corpusMiB, threads));
        for (int i = 0; i < done.size(); i++) {
            Run r = done.get(i);
            lines.add(String.format("run %d (load %.2f -> %.2f): bare Tika (same extractor, %d threads) %.1f s, Attune %.1f s (%d imported),"
                    + " Attune/bare %.2f; bare Tika at its defaults (1 thread) %.1f s, Attune/it %.2f; CPU per file: bare Tika (same"
                    + " extractor) %.1f ms %s, Attune %.1f ms %s (committing thread %.1f ms), by CPU Attune/bare %.2f", i + 1, r.loadBefore(),
                    r.loadAfter(), threads, r.bareStreamingTikaSeconds(), r.attuneSeconds(), r.imported(), r.ratio(),
                    r.bareTikaSeconds(), r.ratioToDefaultTika(), r.bareStreamingTikaCpuMsPerFile(),
                    r.bareStreamingTikaCpuMsPerFileByThreads(), r.attuneCpuMsPerFile(), r.attuneCpuMsPerFileByThreads(),
                    r.committingThreadCpuMsPerFile(), r.cpuRatio()));
        }
        lines.add(String.format("median of %d run(s): Attune / bare Tika (same extractor, same threads) throughput %.2f (goal >= 0.8);"
                + " by CPU per file %.2f (bare Tika, same extractor, %.1f ms; Attune %.1f ms); Attune / bare Tika at its defaults %.2f",
                done.size(), result.medianRatio(), result.medianCpuRatio(), result.medianBareStreamingTikaCpuMsPerFile(),
                result.medianAttuneCpuMsPerFile(), result.medianRatioToDefaultTika()));
        return output.done(result, String.join(System.lineSeparator(), lines));
    }

    /**
     * One comparison over the whole corpus. The sides take turns over chunks of it (which goes first rotates), so that
     * all meet the same load of the machine and the same JIT compiling, which on 2 cores takes about as much CPU as the
     * work. CPU time too: on a busy machine it varies far less than wall-clock time.
     */
    private Run compare(List<Path> files, Path project, int threads) throws Exception {
        double loadBefore = Runs.load();
        Side bareSide = new Side(), attuneSide = new Side(), streamingSide = new Side();
        ImportOutcomes imported = new ImportOutcomes();
        try (ProjectStore store = ProjectStore.create(project, "Import benchmark", OpenOptions.of("attune benchmark").withBackups(false))) {
            for (int from = 0, round = 0; from < files.size(); from += chunk, round++) {
                List<Path> some = files.subList(from, Math.min(files.size(), from + chunk));
                for (int turn = 0; turn < 3; turn++) {
                    int side = (turn + round) % 3;
                    if (side == 0) {
                        bareSide.time(() -> {
                            for (Path file : some) {
                                bareTika(file, DEFAULTS);
                            }
                        });
                    } else if (side == 1) {
                        streamingSide.time(() -> bareTikaOnThreads(some, threads));
                    } else { // the importer commits on the calling thread
                        attuneSide.time(() -> imported.add(new Importer(store, ImportOptions.defaults()).importAll(some, ImportProgress.NONE)));
                    }
                }
            }
        }
        double bare = bareSide.seconds(), attune = attuneSide.seconds(), streaming = streamingSide.seconds();
        int n = files.size();
        return new Run(bare, attune, words / bare, words / attune, streaming / attune, imported.count, bareSide.processMs / n,
                attuneSide.processMs / n, attuneSide.callingThreadMs / n, bareSide.byThreads(n), attuneSide.byThreads(n), streaming,
                bare / attune, streamingSide.processMs / n, streamingSide.byThreads(n), loadBefore, Runs.load(),
                streamingSide.processMs / attuneSide.processMs);
    }

    /** The wall-clock and CPU time one side spent over its turns. */
    private static final class Side {
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        long nanos;
        double processMs, callingThreadMs;
        final java.util.Map<String, Double> threadGroupsMs = new java.util.LinkedHashMap<>();

        void time(ThrowingRunnable work) throws Exception {
            long cpu = OS.getProcessCpuTime(), thread = THREADS.getCurrentThreadCpuTime();
            var groups = ThreadGroupsCpu.snapshot();
            long t = System.nanoTime();
            work.run();
            nanos += System.nanoTime() - t;
            double process = (OS.getProcessCpuTime() - cpu) / 1e6;
            processMs += process;
            callingThreadMs += (THREADS.getCurrentThreadCpuTime() - thread) / 1e6;
            ThreadGroupsCpu.between(groups, ThreadGroupsCpu.snapshot(), process).forEach((k, v) -> threadGroupsMs.merge(k, v, Double::sum));
        }

        double seconds() {
            return nanos / 1e9;
        }

        java.util.Map<String, Double> byThreads(int files) {
            java.util.Map<String, Double> perFile = new java.util.LinkedHashMap<>();
            threadGroupsMs.forEach((k, v) -> perFile.put(k, Math.round(v / files * 10) / 10.0));
            return perFile;
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** How many files the Attune side imported over its turns. */
    private static final class ImportOutcomes {
        long count;

        void add(ImportReport report) {
            count += report.count(ImportOutcome.Status.IMPORTED);
        }
    }

    /**
     * Removes what an earlier invocation left in the folder, its own projects only: the last run's {@code project}, the
     * {@code earlier-runs} a killed run left behind, and an interrupted warm-up's scratch project. The folder is the
     * benchmark's own when it holds the marker of a corpus the benchmark wrote; a folder without it that holds a
     * {@code project} or {@code earlier-runs} is refused before anything is written, not after minutes of work.
     */
    private void clearEarlierInvocations() throws Exception {
        List<Path> leftovers = new ArrayList<>();
        for (String name : new String[] {"project", "earlier-runs"}) {
            if (Files.exists(folder.resolve(name))) {
                leftovers.add(folder.resolve(name));
            }
        }
        if (Files.isDirectory(folder)) {
            try (var list = Files.list(folder)) {
                list.filter(p -> p.getFileName().toString().startsWith("warm-up-") && Files.isDirectory(p)).forEach(leftovers::add);
            }
        }
        if (leftovers.isEmpty()) {
            return;
        }
        if (!Files.isRegularFile(folder.resolve("corpus").resolve(CORPUS_MARKER))) {
            throw new CliFailure(folder + ": it holds " + leftovers.get(0).getFileName() + ", which this benchmark did not make"
                    + " (no corpus of it there); choose a new or empty folder");
        }
        for (Path leftover : leftovers) {
            progress("removing %s, left by an earlier run of the benchmark", leftover);
            deleteTree(leftover);
        }
    }

    /** Writes the corpus, or re-uses the one an earlier run wrote with the same parameters (it is deterministic). */
    private List<Path> generate(Path corpus) throws Exception {
        Path marker = corpus.resolve(CORPUS_MARKER);
        String parameters = "documents=" + documents + " words=" + words + " seed=" + SEED;
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(parameters)) {
            for (int i = 0; i < documents; i++) {
                files.add(corpus.resolve(String.format("interview-%04d.docx", i + 1)));
            }
            progress("re-using the corpus in %s", corpus);
            return files;
        }
        Files.deleteIfExists(marker);
        SyntheticCorpus text = new SyntheticCorpus(SEED);
        int perDocument = (int) (words / documents);
        for (int i = 0; i < documents; i++) {
            Path file = corpus.resolve(String.format("interview-%04d.docx", i + 1));
            try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
                for (String paragraph : text.transcript(perDocument).split("\n")) {
                    docx.createParagraph().createRun().setText(paragraph);
                }
                docx.write(out);
            }
            files.add(file);
            if ((i + 1) % 100 == 0) {
                progress("writing docx: %d of %d", i + 1, documents);
            }
        }
        Files.writeString(marker, parameters);
        return files;
    }

    /** Runs both paths on a few files first (the Attune one into a scratch project, deleted after), as the docs say. */
    private void warmUp(List<Path> files) throws Exception {
        for (Path file : files) {
            bareTika(file, DEFAULTS);
            bareTika(file, ImportBenchmark::streamingDocx);
        }
        Path scratch = Files.createTempDirectory(folder, "warm-up-");
        try (ProjectStore store = ProjectStore.create(scratch.resolve("project"), "Warm-up",
                OpenOptions.of("attune benchmark").withBackups(false))) {
            new Importer(store, ImportOptions.defaults()).importAll(files, ImportProgress.NONE);
        } finally {
            deleteTree(scratch);
        }
    }

    private static final Supplier<ParseContext> DEFAULTS = ParseContext::new;

    /** Bare Tika configured as Attune's reader configures it for Office files (the streaming docx extractor). */
    private static ParseContext streamingDocx() {
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, DocumentReader.officeParserConfig());
        return context;
    }

    /** Bare Tika as Attune configures it, the files shared among {@code threads} threads as Attune's import shares them. */
    private static void bareTikaOnThreads(List<Path> files, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> read = new ArrayList<>();
            for (Path file : files) {
                read.add(pool.submit(() -> bareTika(file, ImportBenchmark::streamingDocx)));
            }
            for (Future<Long> f : read) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long bareTika(Path file, Supplier<ParseContext> context) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(file)) {
            new AutoDetectParser(TikaService.find().config()).parse(in, handler, new Metadata(), context.get());
        }
        return handler.toString().length();
    }
}
