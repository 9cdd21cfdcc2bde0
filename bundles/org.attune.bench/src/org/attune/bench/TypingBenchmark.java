package org.attune.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.attune.cli.Cli;
import org.attune.cli.CliFailure;
import org.attune.coding.TextEdits;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.Importer;
import org.attune.index.EnglishBaseline;
import org.attune.index.ProjectIndex;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

import jetbrains.exodus.ArrayByteIterable;
import jetbrains.exodus.bindings.StringBinding;
import jetbrains.exodus.env.Environment;
import jetbrains.exodus.env.EnvironmentConfig;
import jetbrains.exodus.env.Environments;
import jetbrains.exodus.env.Store;
import jetbrains.exodus.env.StoreConfig;
import jetbrains.exodus.log.LogUtil;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark typing DIR}: what one key typed into a long transcript costs (issue 19): a generated interview of
 * {@code --words} words (turns of 30 words, each with a time code) imported through the real import, then keys typed
 * one action each through {@link TextEdits} at the start, in the middle and at the end; the bytes the store's log grows
 * by per key and the time per key, beside the least any store of the text in 8 KiB chunks must write: the one chunk the
 * key changed, put durably with bare Xodus in the same run. The project's search index is open as in the workbench, and
 * after each key the time until it has taken the key in (its follower's commit and reader refresh) is measured, beside
 * a bare Lucene IndexWriter updating the one document (the turn) the key changed, committing and refreshing its reader.
 */
@Command(name = "typing", description = "Transcript editing: bytes written and time per key typed at the start, middle and end.")
public class TypingBenchmark extends GeneratingBenchmark {
    private static final int CHUNK = 8 << 10;
    private static final String[] WORDS = ("so we looked at the clip together and he was waiting for me to notice what he did with "
            + "the brick then I said yes and he smiled back it was the first time I saw that").split(" ");

    @Option(names = "--words", defaultValue = "100000", description = "Words of the transcript.")
    int words;

    @Option(names = "--keys", defaultValue = "100", description = "Keys typed at each place (after as many to warm up).")
    int keys;

    /**
     * One place typed at: Attune's bytes and times per key and the time until its index followed, bare Xodus' for the
     * one chunk, and bare Lucene's for updating the one document.
     */
    public record Place(String where, double attuneBytesPerKey, Percentiles attune, Percentiles indexFollows, double bareBytesPerKey,
            Percentiles bare, Percentiles bareLucene) {
    }

    /** The printed result. */
    public record Result(int words, int textBytes, int turns, int syncPoints, List<Place> places) {
    }

    @Override
    public Integer call() throws Exception {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> in = Files.list(folder)) {
                if (in.findAny().isPresent()) {
                    throw new CliFailure(folder + ": the folder is not empty; give a new or empty folder for the benchmark's project");
                }
            }
        }
        String text = interview(words);
        Path file = Files.writeString(Files.createDirectories(folder.resolve("corpus")).resolve("Interview.txt"), text);
        Path project = folder.resolve("project");
        List<Place> places = new ArrayList<>();
        int turns;
        int syncPoints;
        try (ProjectStore store = ProjectStore.create(project, "Typing benchmark", OpenOptions.of("attune benchmark").withBackups(false))) {
            ImportOutcome outcome = new Importer(store, ImportOptions.defaults()).importOne(file);
            if (outcome.status() != ImportOutcome.Status.IMPORTED) {
                throw new CliFailure(file + ": not imported: " + outcome.detail());
            }
            TextSource source = (TextSource) store.project().getSources().get(0);
            store.load(source);
            turns = source.getTurns().size();
            syncPoints = source.getSyncPoints().size();
            try (ProjectIndex index = ProjectIndex.open(store)) {
                TextEdits edits = new TextEdits(store);
                edits.edit(source, 0, 0, "x"); // the first edit lays the imported text out in chunks: not a key's cost
                index.follower().waitForFollowing();
                for (String where : List.of("start", "middle", "end")) {
                    progress("typing %d keys at the %s", keys, where);
                    type(edits, index, source, where); // warm up
                    long bytes = logBytes(project.resolve(ProjectStore.STORE_DIR));
                    long[][] nanos = type(edits, index, source, where);
                    double perKey = (logBytes(project.resolve(ProjectStore.STORE_DIR)) - bytes) / (double) keys;
                    places.add(new Place(where, perKey, Percentiles.ofNanos(nanos[0]), Percentiles.ofNanos(nanos[1]), 0, null, null));
                }
            }
        } catch (StoreException e) {
            throw new CliFailure(e.getMessage(), e);
        }
        List<Place> both = new ArrayList<>();
        for (Place place : places) {
            double[] bareBytes = new double[1];
            Percentiles bare = bareXodus(text.getBytes(StandardCharsets.UTF_8), place.where(), bareBytes);
            both.add(new Place(place.where(), place.attuneBytesPerKey(), place.attune(), place.indexFollows(), bareBytes[0], bare,
                    bareLucene(text, place.where())));
        }
        Result result = new Result(words, text.getBytes(StandardCharsets.UTF_8).length, turns, syncPoints, both);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "transcript: %,d words, %,d bytes, %d turns, %d time codes; %d keys typed at each place, one action each",
                words, result.textBytes(), turns, syncPoints, keys));
        for (Place p : both) {
            lines.add(String.format(Locale.ROOT, "key at the %-6s Attune: %,8.0f bytes, %s", p.where(), p.attuneBytesPerKey(), p.attune()));
            lines.add(String.format(Locale.ROOT, "              bare Xodus, the one 8 KiB chunk: %,8.0f bytes, %s", p.bareBytesPerKey(), p.bare()));
            lines.add(String.format(Locale.ROOT, "              Attune's index followed after: %s", p.indexFollows()));
            lines.add(String.format(Locale.ROOT, "              bare Lucene, the one document: %s", p.bareLucene()));
        }
        output.print(result, String.join(System.lineSeparator(), lines));
        return Cli.OK;
    }

    /**
     * Types {@link #keys} characters one action each at {@code where}; the nanoseconds of each key ([0]), and from its
     * end until the index has taken it in ([1]).
     */
    private long[][] type(TextEdits edits, ProjectIndex index, TextSource source, String where) {
        long[][] nanos = new long[2][keys];
        int at = at(where, source.getLength());
        for (int i = 0; i < keys; i++) {
            long t0 = System.nanoTime();
            edits.edit(source, at, at, "x");
            long t1 = System.nanoTime();
            if (!index.follower().waitForFollowing()) {
                throw new CliFailure("the search index did not follow a key within its bound");
            }
            nanos[0][i] = t1 - t0;
            nanos[1][i] = System.nanoTime() - t1;
            at++;
        }
        return nanos;
    }

    /**
     * The least an index of the turns must do for a key: the text's lines (its turns) as documents of a bare Lucene
     * IndexWriter with Attune's English analysis, and per key the one document the key changed updated, committed and
     * the near-real-time reader refreshed, as Attune's follower does for each action. Returns the times.
     */
    private Percentiles bareLucene(String text, String where) throws IOException {
        Path scratch = Files.createTempDirectory("attune-bench-typing-lucene");
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        int line = (int) text.substring(0, Math.min(text.length(), at(where, text.length()))).chars().filter(c -> c == '\n').count();
        line = Math.min(line, lines.size() - 1);
        try (EnglishBaseline baseline = new EnglishBaseline();
                FSDirectory directory = FSDirectory.open(scratch);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(baseline.indexing()))) {
            for (int i = 0; i < lines.size(); i++) {
                writer.addDocument(turn(i, lines.get(i)));
            }
            writer.commit();
            try (SearcherManager readers = new SearcherManager(writer, null)) {
                long[] nanos = new long[keys];
                for (int i = -keys; i < keys; i++) { // the first keys warm up
                    lines.set(line, lines.get(line) + "x");
                    long t0 = System.nanoTime();
                    writer.updateDocument(new Term("id", Integer.toString(line)), turn(line, lines.get(line)));
                    writer.commit();
                    readers.maybeRefreshBlocking();
                    if (i >= 0) {
                        nanos[i] = System.nanoTime() - t0;
                    }
                }
                return Percentiles.ofNanos(nanos);
            }
        } finally {
            deleteTree(scratch);
        }
    }

    private static Document turn(int id, String words) {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(id), Field.Store.YES));
        doc.add(new TextField(EnglishBaseline.FIELD, words, Field.Store.YES));
        return doc;
    }

    private static int at(String where, int length) {
        return switch (where) {
            case "start" -> 30; // in the first turn's words
            case "middle" -> length / 2;
            default -> length;
        };
    }

    /**
     * The least a chunked store writes for a key: the text in 8 KiB chunks in a bare Xodus store, and per key one durable
     * transaction that puts the chunk the key changed. Returns the times; {@code bytes[0]}: the log's growth per key.
     */
    private Percentiles bareXodus(byte[] text, String where, double[] bytes) throws IOException {
        Path scratch = Files.createTempDirectory("attune-bench-typing");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Environments.class.getClassLoader());
        Environment env = Environments.newInstance(scratch.toFile(), new EnvironmentConfig().setLogDurableWrite(true));
        try {
            Store store = env.computeInTransaction(txn -> env.openStore("texts", StoreConfig.WITHOUT_DUPLICATES, txn));
            int count = (text.length + CHUNK - 1) / CHUNK;
            byte[][] chunks = new byte[count][];
            env.executeInTransaction(txn -> {
                for (int i = 0; i < count; i++) {
                    chunks[i] = Arrays.copyOfRange(text, i * CHUNK, Math.min(text.length, (i + 1) * CHUNK));
                    store.put(txn, StringBinding.stringToEntry("text#" + i), new ArrayByteIterable(chunks[i]));
                }
            });
            int chunk = Math.min(count - 1, at(where, text.length) / CHUNK);
            long[] nanos = new long[keys];
            long before = 0;
            for (int i = -keys; i < keys; i++) { // the first keys warm up
                if (i == 0) {
                    before = logBytes(scratch);
                }
                byte[] grown = Arrays.copyOf(chunks[chunk], chunks[chunk].length + 1);
                grown[grown.length - 1] = 'x';
                chunks[chunk] = grown;
                long t0 = System.nanoTime();
                env.executeInTransaction(txn -> store.put(txn, StringBinding.stringToEntry("text#" + chunk), new ArrayByteIterable(grown)));
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - t0;
                }
            }
            bytes[0] = (logBytes(scratch) - before) / (double) keys;
            return Percentiles.ofNanos(nanos);
        } finally {
            env.close();
            thread.setContextClassLoader(previous);
            deleteTree(scratch);
        }
    }

    /** An interview of {@code words} words: turns of 30 words, alternately the interviewer's and Dawn's, each with a time code. */
    static String interview(int words) {
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(60);
        for (int turn = 0, said = 0; said < words; turn++) {
            int s = turn * 12;
            text.append(turn % 2 == 0 ? "Interviewer: " : "Dawn: ")
                    .append(String.format(Locale.ROOT, "[%02d:%02d:%02d] ", s / 3600, s / 60 % 60, s % 60));
            for (int w = 0; w < 30 && said < words; w++, said++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w == 29 || said == words - 1 ? ".\n" : " ");
            }
        }
        return text.toString();
    }

    private static long logBytes(Path dir) throws IOException {
        // Not the files' total size: Xodus' cleaner deletes files whose records it copied forward while a run goes on,
        // so that total can shrink. A log's end (its last file's address plus that file's length) only grows, and counts
        // the cleaner's copying too, which is part of what the keys cost.
        java.util.Map<Path, Long> ends = new java.util.HashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> LogUtil.isLogFileName(f.getFileName().toString())).toList()) {
                ends.merge(file.getParent(), LogUtil.getAddress(file.getFileName().toString()) + Files.size(file), Math::max);
            }
        }
        return ends.values().stream().mapToLong(Long::longValue).sum();
    }
}
