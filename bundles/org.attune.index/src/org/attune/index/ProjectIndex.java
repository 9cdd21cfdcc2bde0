package org.attune.index;

import static org.attune.index.Documents.FINGERPRINT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.attune.model.Code;
import org.attune.model.Memo;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The project's Lucene index: each speaker turn (or paragraph) of each transcript, each coded stretch (its words
 * and its code's path), each memo and each code's definition is a document. The index lives in {@value #DIR}/ and
 * can always be rebuilt from the store; it is rebuilt when missing, unreadable, out of step or left open by a
 * crash, and follows every committed action (undo and redo included). For an encrypted project it is kept in
 * memory only, so that no plaintext reaches the disk. This class opens, rebuilds and closes the index (its life);
 * {@link IndexFollower} keeps it in step with the project's actions on a thread of its own, refreshing the
 * near-real-time readers after each batch; {@link Searching} finds the hits in it. Every search first waits for the
 * actions committed before it ({@link #waitForFollowing()}).
 */
public final class ProjectIndex implements AutoCloseable {
    public static final String DIR = "index";
    static final String SIGNATURE = "attune.signature";
    /** "true" while a session has the index open: found so at opening, the last session crashed. */
    static final String OPEN = "attune.open";
    /** How the documents are made: an index made otherwise (another value, or none) is rebuilt. */
    static final String FORMAT = "attune.format";
    /** 2: one text field per language with the written forms beside the stems, positions without offsets. */
    static final String FORMAT_VERSION = "2";
    /**
     * From this many transcripts a rebuild adds documents from one thread per core while this thread reads the
     * store; smaller projects are indexed here, in the store's order (threads would cost more than they save).
     */
    private static final int PARALLEL_FROM = 100;

    private final ProjectStore store;
    private Directory directory;
    /** Finds hits in a reader of the index. */
    private final Searching searching = new Searching();
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    /** Keeps the index in step with the project's actions, off the thread that makes them. */
    private final IndexFollower follower;
    private boolean rebuilt;
    private static final Logger LOG = Logger.getLogger(ProjectIndex.class.getName());
    /** Searches look for merged segments at most this often (nanoseconds). */
    private static final long REFRESH_EVERY = 1_000_000_000L;
    private volatile long lastRefresh = System.nanoTime();
    private volatile String notice;
    /** Told to the user when a search met a damaged index and it was rebuilt. */
    public static final String REBUILT_AFTER_DAMAGE = "the search index was damaged and has been rebuilt from the project";

    /** A read of the index, done again once after a damaged index was rebuilt from the store. */
    private interface IndexRead<T> {
        T run() throws SearchSyntaxException, IOException;
    }

    private ProjectIndex(ProjectStore store, Directory directory, IndexWriter writer) throws IOException {
        this.store = store;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.follower = new IndexFollower(store, new IndexFollower.Target() {
            @Override
            public void applyAndCommit(List<IndexFollower.Update> updates, String signature) throws IOException {
                synchronized (ProjectIndex.this) {
                    for (IndexFollower.Update update : updates) {
                        update.apply(ProjectIndex.this.writer);
                    }
                    commit(signature);
                }
            }

            @Override
            public SearcherManager searchers() {
                synchronized (ProjectIndex.this) {
                    return searchers;
                }
            }
        });
    }

    /** Opens (and when needed rebuilds) the index of an open project; it then follows the project's actions. */
    public static ProjectIndex open(ProjectStore store) throws IOException {
        return open(store, null);
    }

    /**
     * Opens the index, rebuilding it from the store when needed with progress on {@code monitor} (may be null).
     * Cancelling a rebuild throws {@link OperationCanceledException} and leaves the index on disk as it was, out
     * of step: the next opening rebuilds it.
     */
    public static ProjectIndex open(ProjectStore store, IProgressMonitor monitor) throws IOException {
        try {
            return open(store, monitor, false);
        } catch (IOException e) {
            if (store.isEncrypted()) {
                throw e; // in memory already
            }
            // the index folder cannot be written (a full disk, a read-only medium): search with an index in memory
            ProjectIndex index = open(store, monitor, true);
            index.notice = store.folder().resolve(DIR) + ": the search index cannot be written (" + reason(e)
                    + "); this session searches an index built in memory";
            return index;
        }
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
    }

    private static ProjectIndex open(ProjectStore store, IProgressMonitor monitor, boolean inMemory) throws IOException {
        Path folder = store.folder().resolve(DIR);
        Directory directory = inMemory ? new ByteBuffersDirectory() : directoryOf(store, folder);
        IndexWriter writer;
        boolean fresh = false;
        try {
            writer = new IndexWriter(directory, config());
            checkIntegrity(writer);
        } catch (IOException | RuntimeException damaged) { // a corrupt or foreign index: start again from the store
            directory.close();
            if (!store.isEncrypted() && !inMemory) {
                deleteTree(folder);
            }
            directory = inMemory ? new ByteBuffersDirectory() : directoryOf(store, folder);
            writer = new IndexWriter(directory, config());
            fresh = true;
        }
        Map<String, String> data = new TreeMap<>();
        if (writer.getLiveCommitData() != null) {
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        ProjectIndex index = new ProjectIndex(store, directory, writer);
        index.follower.rememberStore();
        index.rebuilt = fresh || !FORMAT_VERSION.equals(data.get(FORMAT)) || !index.follower.signature().equals(data.get(SIGNATURE))
                || "true".equals(data.get(OPEN));
        try {
            if (index.rebuilt) {
                index.rebuildAll(monitor);
            } else {
                index.commit(index.follower.signature()); // marks the index open
            }
        } catch (IOException | RuntimeException e) { // a cancelled rebuild included
            index.abandon();
            throw e;
        }
        index.follower.start();
        return index;
    }

    /**
     * Where the index lives: in memory for an encrypted project (its words would otherwise lie on disk unencrypted),
     * else in the project's {@value #DIR} folder.
     */
    static Directory directoryOf(ProjectStore store, Path folder) throws IOException {
        return store.isEncrypted() ? new ByteBuffersDirectory() : FSDirectory.open(folder);
    }

    /**
     * Reads every segment of the index against its checksums: bytes changed inside a file are otherwise found only
     * by the search that reads them (Lucene's CorruptIndexException). Closes the writer when the index is damaged.
     */
    private static void checkIntegrity(IndexWriter writer) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                if (leaf.reader() instanceof CodecReader segment) {
                    segment.checkIntegrity();
                }
            }
        } catch (IOException | RuntimeException damaged) {
            writer.rollback();
            throw damaged;
        }
    }

    private static IndexWriterConfig config() {
        return new IndexWriterConfig(Analyzers.forIndexing()).setRAMBufferSizeMB(64);
    }

    /**
     * What the user should be told once about the index (damage a search met, after which the index was rebuilt from
     * the store; an index folder that cannot be written), or null; cleared by the call.
     */
    public String takeNotice() {
        String told = notice;
        notice = null;
        return told != null ? told : follower.takeFailure();
    }

    /** Whether opening found the index missing, damaged or out of step and rebuilt it. */
    public boolean wasRebuilt() {
        return rebuilt;
    }

    /** Indexes everything anew (e.g. asked for by a person); a cancelled rebuild leaves the index as it was. */
    public void rebuild(IProgressMonitor monitor) throws IOException {
        follower.awaitFollowing(); // the last commit follows the project
        synchronized (this) {
            try {
                rebuildAll(monitor);
            } catch (OperationCanceledException e) {
                searchers.close();
                writer.rollback(); // back to the last commit, which followed the project
                writer = new IndexWriter(directory, config());
                searchers = new SearcherManager(writer, null);
                follower.forgetLazy();
                throw e;
            }
        }
    }

    private void rebuildAll(IProgressMonitor monitor) throws IOException {
        List<TextSource> all = follower.textSources();
        SubMonitor progress = SubMonitor.convert(monitor, "Indexing " + all.size() + " transcripts", all.size() + 1);
        writer.deleteAll();
        follower.forgetLazy();
        int threads = indexingThreads();
        try (ParallelAdding adding = all.size() >= PARALLEL_FROM && threads > 1 ? new ParallelAdding(writer, threads) : null) {
            for (TextSource source : all) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                progress.subTask(source.getName());
                store.load(source);
                String text = store.text(source);
                List<Document> documents = text == null ? List.of() : Documents.of(source, text);
                if (adding == null) {
                    writer.addDocuments(documents);
                } else if (!documents.isEmpty()) {
                    adding.add(documents);
                }
                // the first unit holds it (computed once: it hashes every turn and coding)
                String unitsFingerprint = documents.isEmpty() ? null : documents.get(0).get(FINGERPRINT);
                follower.indexedLazy(source.getId(), unitsFingerprint != null ? unitsFingerprint : Documents.lazyFingerprint(source));
                progress.worked(1);
            }
            if (adding != null) {
                adding.finish();
            }
        }
        String language = follower.mainLanguage();
        for (Code code : follower.allCodes()) {
            writer.addDocument(Documents.of(code, language));
        }
        for (Memo memo : store.project().getMemos()) {
            writer.addDocument(Documents.of(memo, language));
        }
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        follower.rememberStore();
        commit(follower.signature());
        // the segments the rebuild wrote are merged in the background; waiting for that (as IndexWriter.close does)
        // gives the searcher a few large segments, in which every query seeks its terms, instead of dozens
        if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
            merges.sync();
            searchers.maybeRefreshBlocking();
        }
        progress.done();
    }

    /** The threads a rebuild of a large project adds documents from: one per core. */
    public static int indexingThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Whether the index missed a change of the project (it is then rebuilt when the project is opened again);
     * searches may miss it too. Waits for the changes the index is taking in.
     */
    public boolean failedToFollow() {
        return follower.failedToFollow();
    }

    /**
     * Waits (within a bound) until the index has taken in every action committed before the call, so that a search
     * after it finds what they changed; returns whether it has. Every search waits so.
     */
    public boolean waitForFollowing() {
        return follower.awaitFollowing();
    }

    /**
     * Follows the project now: takes in what changed without an action (on this thread, the one that changes the
     * model) and waits until the index has it.
     */
    public void sync() throws IOException {
        follower.follow();
        follower.awaitFollowing();
    }

    private void commit(String signature) throws IOException {
        writer.setLiveCommitData(Map.of(SIGNATURE, signature, OPEN, "true", FORMAT, FORMAT_VERSION).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Searches with Lucene's query syntax (docs/search.md): words, "phrases", wild*cards, fuzzy~, "near
     * words"~5, AND/OR/NOT, and fields speaker:, source:, case:, case.role:, case.&lt;attribute&gt;:, folder:,
     * code:, kind:, title:, exact:. Each match is a hit. Coded stretches are searched when the query names
     * {@code code:} or {@code kind:}; transcripts, memos and code definitions always.
     */
    public List<SearchHit> search(String queryText, int limit) throws SearchSyntaxException, IOException {
        return search(queryText, limit, Set.of());
    }

    /**
     * Why {@code queryText} finds nothing, where the index can tell (only stop words, a field it lacks, a word or code
     * name no document holds, with the nearest one it holds); null where it cannot.
     */
    public String whyNothingFound(String queryText) throws SearchSyntaxException, IOException {
        follower.awaitFollowing();
        return reading(() -> explainNothingFound(queryText));
    }

    private String explainNothingFound(String queryText) throws SearchSyntaxException, IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searching.whyNothingFound(searcher, queryText);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Searches only documents of the given kinds (all kinds, when empty: coded stretches only if asked for). */
    public List<SearchHit> search(String queryText, int limit, Set<HitKind> kinds) throws SearchSyntaxException, IOException {
        follower.awaitFollowing(); // it finds what every action before it changed
        List<SearchHit> hits = reading(() -> find(queryText, limit, kinds));
        // bytes changed on disk while the index is open are mostly not met as an error: the words are just not found.
        // Nothing found is where that misleads, so then (only then: it reads the whole index) the index is checked.
        return hits.isEmpty() && rebuiltIfDamaged() ? find(queryText, limit, kinds) : hits;
    }

    /**
     * As {@link #search(String, int, Set)}, keeping of the coded stretches only those whose coding (by id)
     * {@code codingShown} lets through, e.g. the blind coding rule's; up to {@code limit} hits are still given.
     */
    public List<SearchHit> search(String queryText, int limit, Set<HitKind> kinds, java.util.function.Predicate<String> codingShown)
            throws SearchSyntaxException, IOException {
        for (int asked = limit;; asked = (int) Math.min(Integer.MAX_VALUE, asked * 4L)) {
            List<SearchHit> found = search(queryText, asked, kinds);
            List<SearchHit> kept = found.stream().filter(h -> h.kind() != HitKind.CODING || codingShown.test(h.elementId())).toList();
            if (kept.size() >= limit || found.size() < asked || asked == Integer.MAX_VALUE) {
                return kept.subList(0, Math.min(limit, kept.size()));
            }
        }
    }

    /**
     * Runs {@code read}; when it fails and the index no longer reads against its checksums (bytes changed on disk
     * since it was opened: Lucene then fails with CorruptIndexException or worse), the index is rebuilt from the
     * store, the user is told ({@link #takeDamageNotice()}) and {@code read} runs again. A failure of a sound index
     * is not the index's damage and is thrown as it is.
     */
    private <T> T reading(IndexRead<T> read) throws SearchSyntaxException, IOException {
        try {
            return read.run();
        } catch (SearchSyntaxException | OperationCanceledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (!rebuiltIfDamaged()) {
                throw e;
            }
            return read.run();
        }
    }

    /** Checks the segments searched now against their checksums; rebuilds the index from the store when one fails. */
    private synchronized boolean rebuiltIfDamaged() throws IOException {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    if (leaf.reader() instanceof CodecReader segment) {
                        segment.checkIntegrity();
                    }
                }
            } finally {
                searchers.release(searcher);
            }
            return false;
        } catch (IOException | RuntimeException damaged) {
            LOG.warning("the search index of " + store.folder() + " is damaged (" + damaged + "); rebuilding it from the store");
        }
        searchers.close();
        writer.rollback();
        directory.close();
        Path folder = store.folder().resolve(DIR);
        boolean inMemory = directory instanceof ByteBuffersDirectory;
        if (!inMemory) {
            deleteTree(folder);
        }
        directory = inMemory ? new ByteBuffersDirectory() : directoryOf(store, folder);
        writer = new IndexWriter(directory, config());
        searchers = new SearcherManager(writer, null);
        searching.forget();
        rebuildAll(null);
        rebuilt = true;
        notice = folder + ": " + REBUILT_AFTER_DAMAGE;
        return true;
    }

    private List<SearchHit> find(String queryText, int limit, Set<HitKind> kinds) throws SearchSyntaxException, IOException {
        long now = System.nanoTime();
        if (now - lastRefresh > REFRESH_EVERY && !writer.hasUncommittedChanges()) {
            // merges finished since the last commit (e.g. after a rebuild) give a reader of fewer segments: every
            // query then seeks its terms in fewer places. Commits refresh at once; merges change no hit, so a look
            // now and then is enough (asking the writer takes its lock).
            lastRefresh = now;
            searchers.maybeRefresh();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return searching.find(searcher, queryText, limit, kinds);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Closes without marking the index closed cleanly: used when opening fails or is cancelled. */
    private void abandon() throws IOException {
        try {
            searchers.close();
            writer.rollback();
        } finally {
            directory.close();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            follower.follow(); // e.g. changes made without an action
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the search index of " + store.folder() + " could not take in the last changes; "
                    + "it will be rebuilt when the project is opened again", e);
        }
        follower.close(); // applies what was planned
        closeWriter(!follower.failedToFollow());
    }

    /** Commits and closes; {@code cleanly}: marks the index closed, else it is rebuilt at the next opening. */
    private synchronized void closeWriter(boolean cleanly) throws IOException {
        try {
            if (!writer.isOpen() || !cleanly) { // a failure closed it or made it miss a change
                return;
            }
            writer.setLiveCommitData(Map.of(SIGNATURE, follower.signature(), OPEN, "false", FORMAT, FORMAT_VERSION).entrySet());
            writer.commit();
        } finally {
            searchers.close();
            writer.close();
            directory.close();
            searching.close();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
