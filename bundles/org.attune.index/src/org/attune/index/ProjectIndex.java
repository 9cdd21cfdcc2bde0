package org.attune.index;

import static org.attune.index.Documents.CASE_ID;
import static org.attune.index.Documents.CODE_ID;
import static org.attune.index.Documents.ELEMENT_KEY;
import static org.attune.index.Documents.FINGERPRINT;
import static org.attune.index.Documents.KIND;
import static org.attune.index.Documents.SOURCE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.codes.CodeTree;
import org.attune.model.Memo;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.CommandStackListener;

/**
 * The project's Lucene index: each speaker turn (or paragraph) of each transcript, each coded stretch (its words
 * and its code's path), each memo and each code's definition is a document. The index lives in {@value #DIR}/ and
 * can always be rebuilt from the store; it is rebuilt when missing, unreadable, out of step or left open by a
 * crash, and follows every committed action (undo and redo included). For an encrypted project it is kept in
 * memory only, so that no plaintext reaches the disk. This class keeps the index open and in step with the project
 * (opening, rebuilding, following, closing); {@link Searching} finds the hits in it.
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
    private IndexWriter writer;
    private SearcherManager searchers;
    private final ChangeCollector collector = new ChangeCollector();
    private final CommandStackListener follower = event -> syncQuietly();
    private boolean rebuilt;
    private volatile boolean failedToFollow;
    private static final Logger LOG = Logger.getLogger(ProjectIndex.class.getName());
    /** What is indexed, by id: fingerprints of transcripts (what is always in memory), codes, memos and cases. */
    private final Map<String, String> sources = new HashMap<>();
    private final Map<String, String> lazySources = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, String> memos = new HashMap<>();
    private final Map<String, String> cases = new HashMap<>();
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
        index.rememberStore();
        index.rebuilt = fresh || !FORMAT_VERSION.equals(data.get(FORMAT)) || !index.signature().equals(data.get(SIGNATURE))
                || "true".equals(data.get(OPEN));
        try {
            if (index.rebuilt) {
                index.rebuildAll(monitor);
            } else {
                index.commit(); // marks the index open
            }
        } catch (IOException | RuntimeException e) { // a cancelled rebuild included
            index.abandon();
            throw e;
        }
        store.project().eAdapters().add(index.collector);
        store.editingDomain().getCommandStack().addCommandStackListener(index.follower);
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
        return told;
    }

    /** Whether opening found the index missing, damaged or out of step and rebuilt it. */
    public boolean wasRebuilt() {
        return rebuilt;
    }

    /** Indexes everything anew (e.g. asked for by a person); a cancelled rebuild leaves the index as it was. */
    public synchronized void rebuild(IProgressMonitor monitor) throws IOException {
        try {
            rebuildAll(monitor);
        } catch (OperationCanceledException e) {
            searchers.close();
            writer.rollback(); // back to the last commit, which followed the project
            writer = new IndexWriter(directory, config());
            searchers = new SearcherManager(writer, null);
            lazySources.clear();
            throw e;
        }
    }

    private void rebuildAll(IProgressMonitor monitor) throws IOException {
        List<TextSource> all = textSources();
        SubMonitor progress = SubMonitor.convert(monitor, "Indexing " + all.size() + " transcripts", all.size() + 1);
        writer.deleteAll();
        lazySources.clear();
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
                lazySources.put(source.getId(), unitsFingerprint != null ? unitsFingerprint : Documents.lazyFingerprint(source));
                progress.worked(1);
            }
            if (adding != null) {
                adding.finish();
            }
        }
        String language = mainLanguage();
        for (Code code : allCodes()) {
            writer.addDocument(Documents.of(code, language));
        }
        for (Memo memo : store.project().getMemos()) {
            writer.addDocument(Documents.of(memo, language));
        }
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        rememberStore();
        commit();
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

    /** Takes note of the store's state, as now indexed (after a rebuild) or found in step with the index. */
    private ProjectIndex rememberStore() {
        sources.clear();
        textSources().forEach(s -> sources.put(s.getId(), Documents.fingerprint(s)));
        codes.clear();
        allCodes().forEach(c -> codes.put(c.getId(), Documents.fingerprint(c)));
        memos.clear();
        store.project().getMemos().forEach(m -> memos.put(m.getId(), Documents.fingerprint(m)));
        cases.clear();
        store.project().getCases().forEach(c -> cases.put(c.getId(), Documents.fingerprint(c)));
        return this;
    }

    /**
     * Identifies what is indexed: the transcripts (ids, lengths, names, languages, folders, cases), codes, memos
     * and cases, and the number of codings. Codings themselves are read only when a transcript is opened.
     */
    private String signature() {
        StringBuilder b = new StringBuilder();
        for (Map<String, String> part : List.of(sources, codes, memos, cases)) {
            b.append(new TreeSet<>(part.values())).append(';');
        }
        return Documents.hash(b.append(store.summary().codings()));
    }

    /** Follows the project: re-indexes what the actions since the last call changed. */
    public synchronized void sync() throws IOException {
        ChangeCollector.Changes changes = collector.drain();
        Map<String, TextSource> current = new LinkedHashMap<>();
        textSources().forEach(s -> current.put(s.getId(), s));
        boolean changed = false;
        for (String gone : new ArrayList<>(sources.keySet())) {
            if (!current.containsKey(gone)) {
                writer.deleteDocuments(new Term(SOURCE, gone));
                sources.remove(gone);
                lazySources.remove(gone);
                changed = true;
            }
        }
        Set<String> force = new HashSet<>();
        Set<String> check = new HashSet<>(changes.sources());
        for (TextSource source : current.values()) {
            boolean candidate = changes.folders() || check.contains(source.getId()) || !sources.containsKey(source.getId());
            if (candidate && !Documents.fingerprint(source).equals(sources.get(source.getId()))) {
                force.add(source.getId());
            }
        }
        String language = mainLanguage();
        if (changes.codes()) {
            changed |= syncCodes(language, force);
        }
        if (changes.memos()) {
            changed |= syncMemos(language);
        }
        if (changes.cases()) {
            syncCases(force);
        }
        check.addAll(force);
        for (String id : check) {
            TextSource source = current.get(id);
            if (source != null && (force.contains(id) || lazyChanged(source))) {
                index(source);
                sources.put(id, Documents.fingerprint(source));
                changed = true;
            }
        }
        if (changed) {
            commit();
        }
        collector.drain(); // what this call read from the store (turns, codings) is not a change
    }

    private boolean lazyChanged(TextSource source) throws IOException {
        store.load(source);
        String indexed = lazySources.computeIfAbsent(source.getId(), this::indexedLazyFingerprint);
        return !Documents.lazyFingerprint(source).equals(indexed);
    }

    private String indexedLazyFingerprint(String sourceId) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query unit = new BooleanQuery.Builder().add(new TermQuery(new Term(SOURCE, sourceId)), Occur.FILTER)
                        .add(new TermQuery(new Term(KIND, "unit")), Occur.FILTER).build();
                ScoreDoc[] top = searcher.search(unit, 1).scoreDocs;
                return top.length == 0 ? "" : searcher.storedFields().document(top[0].doc).get(FINGERPRINT);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            return ""; // unknown: index the transcript again
        }
    }

    /** Re-indexes changed code definitions; transcripts with codings of a renamed or moved code are re-indexed too. */
    private boolean syncCodes(String language, Set<String> force) throws IOException {
        Map<String, Code> now = new HashMap<>();
        allCodes().forEach(c -> now.put(c.getId(), c));
        Set<String> changedIds = new HashSet<>();
        for (Code code : now.values()) {
            String fingerprint = Documents.fingerprint(code);
            if (!fingerprint.equals(codes.put(code.getId(), fingerprint))) {
                writer.updateDocument(new Term(ELEMENT_KEY, code.getId()), Documents.of(code, language));
                changedIds.add(code.getId());
            }
        }
        for (String gone : new ArrayList<>(codes.keySet())) {
            if (!now.containsKey(gone)) {
                writer.deleteDocuments(new Term(ELEMENT_KEY, gone));
                codes.remove(gone);
                changedIds.add(gone);
            }
        }
        force.addAll(sourcesWith(CODE_ID, changedIds));
        return !changedIds.isEmpty();
    }

    private boolean syncMemos(String language) throws IOException {
        boolean changed = false;
        Set<String> now = new HashSet<>();
        for (Memo memo : store.project().getMemos()) {
            now.add(memo.getId());
            String fingerprint = Documents.fingerprint(memo);
            if (!fingerprint.equals(memos.put(memo.getId(), fingerprint))) {
                writer.updateDocument(new Term(ELEMENT_KEY, memo.getId()), Documents.of(memo, language));
                changed = true;
            }
        }
        for (String gone : new ArrayList<>(memos.keySet())) {
            if (!now.contains(gone)) {
                writer.deleteDocuments(new Term(ELEMENT_KEY, gone));
                memos.remove(gone);
                changed = true;
            }
        }
        return changed;
    }

    /** Transcripts whose turns belong to a changed case (name, role, attributes) are re-indexed. */
    private void syncCases(Set<String> force) {
        Set<String> changedIds = new HashSet<>();
        Set<String> now = new HashSet<>();
        for (Case c : store.project().getCases()) {
            now.add(c.getId());
            String fingerprint = Documents.fingerprint(c);
            if (!fingerprint.equals(cases.put(c.getId(), fingerprint))) {
                changedIds.add(c.getId());
                c.getSources().forEach(s -> force.add(s.getId()));
            }
        }
        cases.keySet().removeIf(id -> !now.contains(id) && changedIds.add(id));
        force.addAll(sourcesWith(CASE_ID, changedIds));
    }

    /** The transcripts with a document whose {@code field} holds one of {@code ids}, as last committed. */
    private Set<String> sourcesWith(String field, Set<String> ids) {
        Set<String> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query any = new TermInSetQuery(field, ids.stream().map(BytesRef::new).toList());
                Weight weight = searcher.createWeight(searcher.rewrite(any), ScoreMode.COMPLETE_NO_SCORES, 1f);
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    Scorer scorer = weight.scorer(leaf);
                    Bits live = leaf.reader().getLiveDocs();
                    StoredFields stored = leaf.reader().storedFields();
                    DocIdSetIterator docs = scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
                    for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                        String source = live == null || live.get(d) ? stored.document(d, Set.of(SOURCE)).get(SOURCE) : null;
                        if (source != null) {
                            found.add(source);
                        }
                    }
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the search index of " + store.folder() + " cannot be read", e);
        }
        return found;
    }

    /**
     * Follows a committed action. It runs as a command-stack listener: a failure here must not make the action look
     * failed nor keep the listeners after this one from hearing of it, so it is logged (once) and the index, still
     * marked open, is rebuilt when the project is opened again.
     */
    private void syncQuietly() {
        try {
            sync();
        } catch (IOException | RuntimeException e) {
            if (rebuiltQuietly()) {
                return;
            }
            if (!failedToFollow) {
                failedToFollow = true;
                LOG.log(Level.WARNING, "the search index of " + store.folder() + " could not follow a change; "
                        + "it will be rebuilt when the project is opened again", e);
            }
        }
    }

    /** After a failed sync (the near-real-time reopen included): whether the index was damaged and is rebuilt. */
    private boolean rebuiltQuietly() {
        try {
            return rebuiltIfDamaged();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the index missed a change of the project (see {@link #syncQuietly()}); searches may then miss it too. */
    public boolean failedToFollow() {
        return failedToFollow;
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(SIGNATURE, signature(), OPEN, "true", FORMAT, FORMAT_VERSION).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private List<TextSource> textSources() {
        return store.project().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast)
                .filter(s -> s.getId() != null).toList();
    }

    private List<Code> allCodes() {
        return CodeTree.all(store.project()).stream().filter(c -> c.getId() != null).toList();
    }

    /** The language most transcripts are in: memos and code definitions are stemmed in it. */
    private String mainLanguage() {
        return textSources().stream().collect(Collectors.groupingBy(s -> String.valueOf(Analyzers.language(s.getLanguage())),
                Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .filter(l -> !l.equals("null")).orElse("en");
    }

    private void index(TextSource source) throws IOException {
        store.load(source);
        String text = store.text(source);
        writer.deleteDocuments(new Term(SOURCE, source.getId()));
        if (text != null) {
            writer.addDocuments(Documents.of(source, text));
        }
        lazySources.put(source.getId(), Documents.lazyFingerprint(source));
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
    public synchronized void close() throws IOException {
        store.editingDomain().getCommandStack().removeCommandStackListener(follower);
        store.project().eAdapters().remove(collector);
        try {
            if (!writer.isOpen()) { // a failure closed it (see syncQuietly): the index is rebuilt at the next opening
                return;
            }
            sync(); // e.g. changes made without an action
            writer.setLiveCommitData(Map.of(SIGNATURE, signature(), OPEN, "false", FORMAT, FORMAT_VERSION).entrySet());
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
