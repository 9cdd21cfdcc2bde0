package org.attune.index.tests;

import static org.attune.index.tests.IndexFollowsActionsTest.at;
import static org.attune.index.tests.IndexFollowsActionsTest.project;
import static org.attune.index.tests.IndexFollowsActionsTest.transcript;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.attune.coding.Cases;
import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.index.ProjectIndex;
import org.attune.model.AnalyticLevel;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild and an action that asks the index which transcripts it must re-index (a code renamed, a case changed)
 * at the same moment: the action is made while the rebuild is reading the store. Both finish at once (the follower
 * and the index took their locks in opposite orders: each waited for the other until the follower's wait ran out,
 * or for ever), and the index then holds what the project holds.
 */
class RebuildDuringActionsTest {
    /** Far below the follower's 30 s wait, far above a rebuild of this project on a loaded machine. */
    private static final long PROMPT_SECONDS = 5;

    /** The acting thread, to see where it waits. */
    private final AtomicReference<Thread> actor = new AtomicReference<>();

    @Test
    void aRebuildAndARenameOrACaseChangeMadeMeanwhileBothFinishPromptlyAndTheIndexFollowsThem(@TempDir Path tmp) throws Exception {
        ExecutorService rebuilding = Executors.newSingleThreadExecutor(daemon("rebuilding"));
        ExecutorService acting = Executors.newSingleThreadExecutor(r -> {
            Thread t = daemon("acting").newThread(r);
            actor.set(t);
            return t;
        });
        ProjectStore store = project(tmp);
        ProjectIndex index = ProjectIndex.open(store);
        Codebook codebook = new Codebook(store);
        Cases cases = new Cases(store);
        TextSource source = transcript(store);
        Code attunement = codebook.create("Attunement", null, AnalyticLevel.OPEN);
        int[] attuned = at(store, source, "attuned to her child");
        new Coder(store).code(source, attuned[0], attuned[1], attunement);
        Case carer = cases.find("Carer 03").orElseThrow();
        cases.setAttribute(carer, "Site", "north");
        assertEquals(1, index.searcher().search("code:Attunement AND kind:coding", 5).size());
        assertEquals(3, index.searcher().search("case.site:north", 10).size());

        duringARebuild(index, attunement, () -> codebook.rename(attunement, "Attuning"), rebuilding, acting);
        assertEquals(0, index.searcher().search("code:Attunement", 5).size(), "renamed while the rebuild read: the old path is gone");
        assertEquals(1, index.searcher().search("code:Attuning AND kind:coding", 5).size(), "and the coded stretch has the new one");
        assertEquals(1, index.searcher().search("code:Attuning AND kind:code", 5).size());

        duringARebuild(index, carer, () -> cases.setAttribute(carer, "Site", "south"), rebuilding, acting);
        assertEquals(0, index.searcher().search("case.site:north", 10).size(), "changed while the rebuild read: the old value is gone");
        assertEquals(3, index.searcher().search("case.site:south", 10).size(), "every turn of the carer's interview");

        assertFalse(index.follower().failedToFollow());
        rebuilding.shutdown();
        acting.shutdown();
        index.close(); // not on failure: a stalled index would not close either
        store.close();
    }

    /**
     * Starts a rebuild, makes {@code action} on another thread once the rebuild has begun reading the store, lets the
     * rebuild go on once the action, having changed {@code changed}, waits in the index (its follower planning it),
     * and asserts that both finish promptly.
     */
    private void duringARebuild(ProjectIndex index, Notifier changed, Runnable action, ExecutorService rebuilding,
            ExecutorService acting) throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch acted = new CountDownLatch(1);
        AtomicBoolean overlapped = new AtomicBoolean();
        AdapterImpl hears = new AdapterImpl() {
            @Override
            public void notifyChanged(Notification n) {
                if (!n.isTouch()) {
                    acted.countDown();
                }
            }
        };
        changed.eAdapters().add(hears);
        NullProgressMonitor holdsUntilActed = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() { // asked before each transcript is read
                reading.countDown();
                try {
                    if (acted.await(PROMPT_SECONDS, TimeUnit.SECONDS) && waitsInTheIndex(actor.get())) {
                        overlapped.set(true);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
        };
        long start = System.nanoTime();
        Future<?> rebuild = rebuilding.submit(() -> {
            index.rebuild(holdsUntilActed);
            return null;
        });
        assertTrue(reading.await(PROMPT_SECONDS, TimeUnit.SECONDS), "the rebuild reads the store");
        Future<?> actionDone = acting.submit(action);
        assertTrue(acted.await(PROMPT_SECONDS, TimeUnit.SECONDS), "the action changed the project while the rebuild was reading");
        actionDone.get(PROMPT_SECONDS, TimeUnit.SECONDS); // a TimeoutException here is the stall
        rebuild.get(PROMPT_SECONDS, TimeUnit.SECONDS);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertTrue(seconds < PROMPT_SECONDS, "both done in " + seconds + " s");
        assertTrue(overlapped.get(), "the action waited in the index while the rebuild was reading");
        changed.eAdapters().remove(hears);
        assertTrue(index.follower().waitForFollowing(), "the index took the action in");
    }

    /** Waits (within the bound) until {@code thread} waits for a lock or a result inside the index's code. */
    private static boolean waitsInTheIndex(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PROMPT_SECONDS);
        while (System.nanoTime() < deadline) {
            Thread.State state = thread.getState();
            boolean waiting = state == Thread.State.BLOCKED || state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
            if (waiting && Arrays.stream(thread.getStackTrace())
                    .anyMatch(f -> f.getClassName().startsWith("org.attune.index.") && !f.getClassName().startsWith("org.attune.index.tests."))) {
                return true;
            }
            Thread.sleep(1); // polls a condition
        }
        return false;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
