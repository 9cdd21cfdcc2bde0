package org.attune.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The project's Lucene index: each speaker turn (or paragraph) of each transcript, each coded stretch (its words
 * and its code's path), each memo and each code's definition is a document. The index lives in {@value #DIR}/ and
 * can always be rebuilt from the store; it is rebuilt when missing, unreadable, out of step or left open by a
 * crash, and when a search meets it damaged. For an encrypted project it is kept in memory only, so that no
 * plaintext reaches the disk. This class is the index's life: it opens, rebuilds and closes it, and hands out
 * {@link #follower()}, which keeps it in step with the project's actions on a thread of its own, and
 * {@link #searcher()}, which finds hits in it.
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

    private final ProjectStore store;
    private Directory directory;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    /** Keeps the index in step with the project's actions, off the thread that makes them. */
    private final IndexFollower follower;
    private final ProjectSearcher searcher;
    private boolean rebuilt;
    private static final Logger LOG = Logger.getLogger(ProjectIndex.class.getName());
    /** Searches look for merged segments at most this often (nanoseconds). */
    private static final long REFRESH_EVERY = 1_000_000_000L;
    private volatile long lastRefresh = System.nanoTime();
    private volatile String notice;
    /** Told to the user when a search met a damaged index and it was rebuilt. */
    public static final String REBUILT_AFTER_DAMAGE = "the search index was damaged and has been rebuilt from the project";

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
                // not under the index's lock: the follower asks while planning, and a rebuild holds that lock
                return searchers;
            }
        });
        this.searcher = new ProjectSearcher(follower, new ProjectSearcher.Readers() {
            @Override
            public <T> T read(ProjectSearcher.Read<T> read) throws SearchSyntaxException, IOException {
                return reading(read);
            }

            @Override
            public boolean rebuiltIfDamaged() throws IOException {
                return ProjectIndex.this.rebuiltIfDamaged();
            }
        });
    }

    /** Opens (and when needed rebuilds) the index of an open project; it then follows the project's actions. */
    /**
     * Deletes the index of the (closed) project in {@code projectFolder}, deleted documents and all (a withdrawn
     * participant's words stay in Lucene's segments until they are merged away); the next opening rebuilds it.
     */
    public static void discard(Path projectFolder) throws IOException {
        org.attune.store.Overwrite.deleteTree(projectFolder.resolve(DIR)); // its files hold their words: overwritten first
    }

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
        index.follower.remember(index.follower.storeNow());
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
            checkSegments(reader);
        } catch (IOException | RuntimeException damaged) {
            writer.rollback();
            throw damaged;
        }
    }

    private static void checkSegments(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader() instanceof CodecReader segment) {
                segment.checkIntegrity();
            }
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

    /** Keeps the index in step with the project's actions; a search waits for it. */
    public IndexFollower follower() {
        return follower;
    }

    /** Finds hits in the index. */
    public ProjectSearcher searcher() {
        return searcher;
    }

    /** Whether opening found the index missing, damaged or out of step and rebuilt it. */
    public boolean wasRebuilt() {
        return rebuilt;
    }

    /**
     * Indexes everything anew (e.g. asked for by a person); a cancelled rebuild leaves the index as it was. The
     * follower is paused meanwhile: an action made during the rebuild is taken in right after it.
     */
    public void rebuild(IProgressMonitor monitor) throws IOException {
        follower.paused(() -> {
            synchronized (this) { // the follower's lock first, then the index's: the order every thread takes them in
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
            return null;
        });
    }

    private void rebuildAll(IProgressMonitor monitor) throws IOException {
        UpdatePlanner.Fingerprints indexed = follower.storeNow(); // before reading: a change made meanwhile is planned after
        List<TextSource> all = ProjectContent.textSources(store);
        SubMonitor progress = SubMonitor.convert(monitor, "Indexing " + all.size() + " transcripts", all.size() + 1);
        writer.deleteAll();
        follower.forgetLazy();
        new WholeProject(store, follower, writer).add(all, progress);
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        follower.remember(indexed);
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

    private void commit(String signature) throws IOException {
        writer.setLiveCommitData(Map.of(SIGNATURE, signature, OPEN, "true", FORMAT, FORMAT_VERSION).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Runs {@code read}; when it fails and the index no longer reads against its checksums (bytes changed on disk
     * since it was opened: Lucene then fails with CorruptIndexException or worse), the index is rebuilt from the
     * store, the user is told ({@link #takeNotice()}) and {@code read} runs again. A failure of a sound index
     * is not the index's damage and is thrown as it is.
     */
    private <T> T reading(ProjectSearcher.Read<T> read) throws SearchSyntaxException, IOException {
        try {
            return withReader(read);
        } catch (SearchSyntaxException | OperationCanceledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (!rebuiltIfDamaged()) {
                throw e;
            }
            return withReader(read);
        }
    }

    /** Runs {@code read} on the newest reader. */
    private <T> T withReader(ProjectSearcher.Read<T> read) throws SearchSyntaxException, IOException {
        long now = System.nanoTime();
        if (now - lastRefresh > REFRESH_EVERY && !writer.hasUncommittedChanges()) {
            // merges finished since the last commit (e.g. after a rebuild) give a reader of fewer segments: every
            // query then seeks its terms in fewer places. Commits refresh at once; merges change no hit, so a look
            // now and then is enough (asking the writer takes its lock).
            lastRefresh = now;
            searchers.maybeRefresh();
        }
        SearcherManager current = searchers;
        IndexSearcher reader = current.acquire();
        try {
            return read.run(reader);
        } finally {
            current.release(reader);
        }
    }

    /**
     * Checks the segments searched now against their checksums; rebuilds the index from the store when one fails
     * (with the follower paused, as {@link #rebuild} does).
     */
    private boolean rebuiltIfDamaged() throws IOException {
        return follower.paused(() -> {
            synchronized (this) {
                return damaged() && rebuiltAfterDamage();
            }
        });
    }

    /** Whether a segment searched now fails its checksums. */
    private boolean damaged() {
        try {
            IndexSearcher reader = searchers.acquire();
            try {
                checkSegments(reader.getIndexReader());
            } finally {
                searchers.release(reader);
            }
            return false;
        } catch (IOException | RuntimeException damaged) {
            LOG.warning("the search index of " + store.folder() + " is damaged (" + damaged + "); rebuilding it from the store");
            return true;
        }
    }

    /** Starts the index again from the store, in a new directory, and tells the user so. */
    private boolean rebuiltAfterDamage() throws IOException {
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
        searcher.forget();
        rebuildAll(null);
        rebuilt = true;
        notice = folder + ": " + REBUILT_AFTER_DAMAGE;
        return true;
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
    private void closeWriter(boolean cleanly) throws IOException {
        String signature = follower.signature(); // the follower's lock is never taken under the index's
        synchronized (this) {
            closeWriter(cleanly, signature);
        }
    }

    private void closeWriter(boolean cleanly, String signature) throws IOException {
        try {
            if (!writer.isOpen() || !cleanly) { // a failure closed it or made it miss a change
                return;
            }
            writer.setLiveCommitData(Map.of(SIGNATURE, signature, OPEN, "false", FORMAT, FORMAT_VERSION).entrySet());
            writer.commit();
        } finally {
            searchers.close();
            writer.close();
            directory.close();
            searcher.close();
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
