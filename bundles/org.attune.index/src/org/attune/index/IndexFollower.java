package org.attune.index;

import static org.attune.index.Documents.CASE_ID;
import static org.attune.index.Documents.CODE_ID;
import static org.attune.index.Documents.ELEMENT_KEY;
import static org.attune.index.Documents.FINGERPRINT;
import static org.attune.index.Documents.KIND;
import static org.attune.index.Documents.SOURCE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.TextSource;
import org.attune.model.codes.CodeTree;
import org.attune.store.ProjectStore;
import org.eclipse.emf.common.command.CommandStackListener;

/**
 * Keeps the index in step with the project's committed actions (undo and redo included). After each action, on the
 * thread that made it, it reads what changed from the model (EMF objects are read only there) into a batch of index
 * updates; one background thread applies the batches in order, commits each and refreshes the near-real-time
 * readers, so that the committing (which waits for the disk) never holds up the person's work. A search first
 * waits, within a bound, for the batches planned before it ({@link #waitForFollowing}), so it sees every action
 * committed before it. A failure is logged once and reported ({@link #failedToFollow()}), never thrown into the
 * command stack's listeners: the index, still marked open on disk, is rebuilt when the project is opened again.
 * <p>
 * Locks, always taken in this order: the follower's own (planning, and a rebuild: {@link #paused}), then the
 * index's (applying a batch, rebuilding). Planning may wait for the follower's thread, which takes the index's lock,
 * so whoever holds the index's lock never waits for the follower's.
 */
public final class IndexFollower implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());
    /** How long a search waits for the index to take in the actions before it, at the most. */
    static final long FOLLOW_WAIT_SECONDS = 30;

    /** One update of the index, read from the model when planned, applied on the follower's thread. */
    interface Update {
        void apply(IndexWriter writer) throws IOException;
    }

    /** Where the updates go: the index's writer, committed with the project's signature, and its readers refreshed. */
    interface Target {
        /** Applies {@code updates} to the writer of the moment, commits with {@code signature} and refreshes the readers. */
        void applyAndCommit(List<Update> updates, String signature) throws IOException;

        SearcherManager searchers();
    }

    private final ProjectStore store;
    private final Target target;
    private final ChangeCollector collector = new ChangeCollector();
    private final CommandStackListener listener = event -> followQuietly();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "Attune index follower");
        t.setDaemon(true);
        return t;
    });
    /** The last batch handed to the thread: once it is done, so are all before it. */
    private volatile Future<?> last = CompletableFuture.completedFuture(null);
    private volatile boolean failed;
    private volatile String failure;
    /** What is indexed, by id: fingerprints of transcripts (what is always in memory), codes, memos and cases. */
    private final Map<String, String> sources = new HashMap<>();
    private final Map<String, String> lazySources = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, String> memos = new HashMap<>();
    private final Map<String, String> cases = new HashMap<>();

    IndexFollower(ProjectStore store, Target target) {
        this.store = store;
        this.target = target;
    }

    /** Starts following the project's actions. */
    void start() {
        store.project().eAdapters().add(collector);
        store.editingDomain().getCommandStack().addCommandStackListener(listener);
    }

    /** Stops following: what was planned is applied first. */
    void stop() {
        store.editingDomain().getCommandStack().removeCommandStackListener(listener);
        store.project().eAdapters().remove(collector);
    }

    @Override
    public void close() {
        stop();
        thread.shutdown();
        try {
            thread.awaitTermination(FOLLOW_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The fingerprints of what the store holds, by id: transcripts (what is always in memory), codes, memos, cases. */
    record Fingerprints(Map<String, String> sources, Map<String, String> codes, Map<String, String> memos, Map<String, String> cases) {
    }

    /**
     * The fingerprints of what the store holds now. A rebuild takes them before it reads the store and remembers them
     * once it has committed, so that a change made while it read is still found different, and planned, afterwards.
     */
    Fingerprints storeNow() {
        Map<String, String> codesNow = new HashMap<>();
        allCodes().forEach(c -> codesNow.put(c.getId(), Documents.fingerprint(c)));
        Map<String, String> memosNow = new HashMap<>();
        store.project().getMemos().forEach(m -> memosNow.put(m.getId(), Documents.fingerprint(m)));
        Map<String, String> casesNow = new HashMap<>();
        store.project().getCases().forEach(c -> casesNow.put(c.getId(), Documents.fingerprint(c)));
        Map<String, String> sourcesNow = new HashMap<>();
        textSources().forEach(s -> sourcesNow.put(s.getId(), Documents.fingerprint(s)));
        return new Fingerprints(sourcesNow, codesNow, memosNow, casesNow);
    }

    /** Takes note of the store's state, as indexed (after a rebuild) or found in step with the index. */
    synchronized void remember(Fingerprints indexed) {
        for (Map<String, String> part : List.of(sources, codes, memos, cases)) {
            part.clear();
        }
        sources.putAll(indexed.sources());
        codes.putAll(indexed.codes());
        memos.putAll(indexed.memos());
        cases.putAll(indexed.cases());
    }

    /** Forgets the fingerprints of the codings (read when a transcript is opened) of every transcript. */
    synchronized void forgetLazy() {
        lazySources.clear();
    }

    /** Notes what a rebuild indexed of a transcript's codings. */
    synchronized void indexedLazy(String sourceId, String fingerprint) {
        lazySources.put(sourceId, fingerprint);
    }

    /**
     * Identifies what is indexed: the transcripts (ids, lengths, names, languages, folders, cases), codes, memos
     * and cases, and the number of codings. Codings themselves are read only when a transcript is opened.
     */
    synchronized String signature() {
        StringBuilder b = new StringBuilder();
        for (Map<String, String> part : List.of(sources, codes, memos, cases)) {
            b.append(new TreeSet<>(part.values())).append(';');
        }
        return Documents.hash(b.append(store.summary().codings()));
    }

    /**
     * Follows the project now, on this thread (the one that changes the model): plans the updates for the actions
     * since the last call and hands them to the follower's thread. Returns what was handed over (done at once when
     * nothing changed).
     */
    synchronized Future<?> follow() throws IOException {
        List<Update> updates = plan();
        collector.drain(); // what planning read from the store (turns, codings) is not a change
        if (updates.isEmpty()) {
            return last;
        }
        String signature = signature();
        last = thread.submit(() -> {
            try {
                target.applyAndCommit(updates, signature);
            } catch (IOException | RuntimeException e) {
                failed(e);
            }
        });
        return last;
    }

    /**
     * Follows a committed action. It runs as a command-stack listener: a failure here must not make the action look
     * failed nor keep the listeners after this one from hearing of it, so it is logged (once) and reported.
     */
    private void followQuietly() {
        try {
            follow();
        } catch (IOException | RuntimeException e) {
            failed(e);
        }
    }

    private void failed(Exception e) {
        if (!failed) {
            failed = true;
            failure = "the search index of " + store.folder() + " could not follow a change (" + e.getMessage()
                    + "); searches may miss it until the project is opened again, when the index is rebuilt";
            LOG.log(Level.WARNING, failure, e);
        }
    }

    /**
     * Runs {@code work} (a rebuild) once the index has taken in every action planned, with no action planned meanwhile:
     * an action that comes is planned after it, against what {@code work} left, and waits for it (not for a timeout).
     */
    synchronized <T> T paused(Work<T> work) throws IOException {
        waitForFollowing();
        return work.run();
    }

    /** Work on the index while the follower is {@link #paused}. */
    interface Work<T> {
        T run() throws IOException;
    }

    /**
     * Follows the project now: takes in what changed without an action (on this thread, the one that changes the
     * model) and waits until the index has it.
     */
    public void followNow() throws IOException {
        follow();
        waitForFollowing();
    }

    /**
     * Waits until the index has taken in every action planned before this call, at most
     * {@value #FOLLOW_WAIT_SECONDS} seconds; returns whether it has. Every search waits so.
     */
    public boolean waitForFollowing() {
        Future<?> pending = last;
        try {
            pending.get(FOLLOW_WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | java.util.concurrent.CancellationException e) {
            return false;
        }
    }

    /**
     * Whether the index missed a change of the project (it is then rebuilt when the project is opened again);
     * searches may miss it too. Waits for the changes the index is taking in.
     */
    public boolean failedToFollow() {
        waitForFollowing();
        return failed;
    }

    /** What the person should be told about a change the index missed, once; null when there is none. */
    String takeFailure() {
        String told = failure;
        failure = null;
        return told;
    }

    /** The updates for what the actions since the last call changed, read from the model. */
    private List<Update> plan() throws IOException {
        List<Update> updates = new ArrayList<>();
        ChangeCollector.Changes changes = collector.drain();
        Map<String, TextSource> current = new LinkedHashMap<>();
        textSources().forEach(s -> current.put(s.getId(), s));
        for (String gone : new ArrayList<>(sources.keySet())) {
            if (!current.containsKey(gone)) {
                updates.add(w -> w.deleteDocuments(new Term(SOURCE, gone)));
                sources.remove(gone);
                lazySources.remove(gone);
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
            Set<String> changedIds = syncElements(allCodes(), codes, Documents::fingerprint, c -> Documents.of(c, language), updates);
            force.addAll(sourcesWith(CODE_ID, changedIds)); // their codings name the code's path
        }
        if (changes.memos()) {
            syncElements(store.project().getMemos(), memos, Documents::fingerprint, m -> Documents.of(m, language), updates);
        }
        if (changes.cases()) {
            syncCases(force);
        }
        check.addAll(force);
        for (String id : check) {
            TextSource source = current.get(id);
            if (source != null && (force.contains(id) || lazyChanged(source))) {
                updates.add(index(source));
                sources.put(id, Documents.fingerprint(source));
            }
        }
        return updates;
    }

    /** The documents of a transcript, read now, to replace those indexed. */
    private Update index(TextSource source) {
        store.load(source);
        String text = store.text(source);
        List<Document> documents = text == null ? List.of() : Documents.of(source, text);
        String id = source.getId();
        lazySources.put(id, Documents.lazyFingerprint(source));
        return w -> {
            w.deleteDocuments(new Term(SOURCE, id));
            w.addDocuments(documents);
        };
    }

    private boolean lazyChanged(TextSource source) {
        store.load(source);
        String indexed = lazySources.computeIfAbsent(source.getId(), this::indexedLazyFingerprint);
        return !Documents.lazyFingerprint(source).equals(indexed);
    }

    private String indexedLazyFingerprint(String sourceId) {
        waitForFollowing(); // what was planned before is in the index
        try {
            SearcherManager searchers = target.searchers();
            IndexSearcher searcher = searchers.acquire();
            try {
                Query unit = new BooleanQuery.Builder().add(new TermQuery(new Term(SOURCE, sourceId)), Occur.FILTER)
                        .add(new TermQuery(new Term(KIND, "unit")), Occur.FILTER).build();
                ScoreDoc[] top = searcher.search(unit, 1).scoreDocs;
                return top.length == 0 ? "" : searcher.storedFields().document(top[0].doc).get(FINGERPRINT);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | RuntimeException e) {
            return ""; // unknown: index the transcript again
        }
    }

    /**
     * Plans updates for the elements (codes or memos) whose fingerprint changed, and deletions for those gone;
     * returns the ids of both.
     */
    private static <E extends org.attune.model.Element> Set<String> syncElements(List<E> elements, Map<String, String> indexed,
            Function<E, String> fingerprints, Function<E, Document> document, List<Update> updates) {
        Set<String> now = new HashSet<>();
        Set<String> changedIds = new HashSet<>();
        for (E element : elements) {
            String id = element.getId();
            now.add(id);
            String fingerprint = fingerprints.apply(element);
            if (!fingerprint.equals(indexed.put(id, fingerprint))) {
                Document d = document.apply(element);
                updates.add(w -> w.updateDocument(new Term(ELEMENT_KEY, id), d));
                changedIds.add(id);
            }
        }
        for (String gone : new ArrayList<>(indexed.keySet())) {
            if (!now.contains(gone)) {
                updates.add(w -> w.deleteDocuments(new Term(ELEMENT_KEY, gone)));
                indexed.remove(gone);
                changedIds.add(gone);
            }
        }
        return changedIds;
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

    /** The transcripts with a document whose {@code field} holds one of {@code ids}, once what was planned is in. */
    private Set<String> sourcesWith(String field, Set<String> ids) {
        Set<String> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        waitForFollowing();
        try {
            SearcherManager searchers = target.searchers();
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

    List<TextSource> textSources() {
        return store.project().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast)
                .filter(s -> s.getId() != null).toList();
    }

    List<Code> allCodes() {
        return CodeTree.all(store.project()).stream().filter(c -> c.getId() != null).toList();
    }

    /** The language most transcripts are in: memos and code definitions are stemmed in it. */
    String mainLanguage() {
        return textSources().stream().collect(Collectors.groupingBy(s -> String.valueOf(Analyzers.language(s.getLanguage())),
                Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .filter(l -> !l.equals("null")).orElse("en");
    }
}
