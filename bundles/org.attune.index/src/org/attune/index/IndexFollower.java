package org.attune.index;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.attune.store.ProjectStore;
import org.eclipse.emf.common.command.CommandStackListener;

/**
 * Keeps the index in step with the project's committed actions (undo and redo included). After each action, on the
 * thread that made it, it has the {@link UpdatePlanner} read what changed from the model (EMF objects are read only
 * there) into a batch of index updates; the {@link FollowerQueue}'s one background thread applies the batches in
 * order, commits each and refreshes the near-real-time readers, so that the committing (which waits for the disk)
 * never holds up the person's work. A search first waits, within a bound, for the batches planned before it
 * ({@link #waitForFollowing}), so it sees every action committed before it. A failure is logged once and reported
 * ({@link #failedToFollow()}), never thrown into the command stack's listeners: the index, still marked open on
 * disk, is rebuilt when the project is opened again.
 * <p>
 * Locks, always taken in this order: the follower's own (planning, and a rebuild: {@link #paused}), then the
 * index's (applying a batch, rebuilding). Planning may wait for the follower's thread, which takes the index's lock,
 * so whoever holds the index's lock never waits for the follower's.
 */
public final class IndexFollower implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());
    /** How long a search waits for the index to take in the actions before it, at the most. */
    static final long FOLLOW_WAIT_SECONDS = FollowerQueue.WAIT_SECONDS;

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
    private final FollowerQueue queue = new FollowerQueue();
    private final UpdatePlanner planner;
    private volatile boolean failed;
    private volatile String failure;

    IndexFollower(ProjectStore store, Target target) {
        this.store = store;
        this.target = target;
        this.planner = new UpdatePlanner(store, new IndexLookups(queue, target, store.folder()));
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
        queue.close();
    }

    /**
     * The fingerprints of what the store holds now. A rebuild takes them before it reads the store and remembers them
     * once it has committed, so that a change made while it read is still found different, and planned, afterwards.
     */
    UpdatePlanner.Fingerprints storeNow() {
        return planner.storeNow();
    }

    /** Takes note of the store's state, as indexed (after a rebuild) or found in step with the index. */
    synchronized void remember(UpdatePlanner.Fingerprints indexed) {
        planner.remember(indexed);
    }

    /** Forgets the fingerprints of the codings (read when a transcript is opened) of every transcript. */
    synchronized void forgetLazy() {
        planner.forgetLazy();
    }

    /** Notes what a rebuild indexed of a transcript's codings. */
    synchronized void indexedLazy(String sourceId, String fingerprint) {
        planner.indexedLazy(sourceId, fingerprint);
    }

    /**
     * Identifies what is indexed: the transcripts (ids, lengths, names, languages, folders, cases), codes, memos
     * and cases, and the number of codings. Codings themselves are read only when a transcript is opened.
     */
    synchronized String signature() {
        return planner.signature();
    }

    /**
     * Follows the project now, on this thread (the one that changes the model): plans the updates for the actions
     * since the last call and hands them to the follower's thread. Returns what was handed over (done at once when
     * nothing changed).
     */
    synchronized Future<?> follow() throws IOException {
        List<Update> updates = planner.plan(collector.drain());
        collector.drain(); // what planning read from the store (turns, codings) is not a change
        if (updates.isEmpty()) {
            return queue.last();
        }
        String signature = planner.signature();
        return queue.submit(() -> {
            try {
                target.applyAndCommit(updates, signature);
            } catch (IOException | RuntimeException e) {
                failed(e);
            }
        });
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
        return queue.waitForAll();
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
}
