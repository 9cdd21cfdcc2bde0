package org.attune.index;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The index follower's one background thread: it applies the batches of index updates in the order they were
 * planned, so that the committing (which waits for the disk) never holds up the person's work.
 */
final class FollowerQueue implements AutoCloseable {
    /** How long a search waits for the index to take in the actions before it, at the most. */
    static final long WAIT_SECONDS = 30;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "Attune index follower");
        t.setDaemon(true);
        return t;
    });
    /** The last batch handed to the thread: once it is done, so are all before it. */
    private volatile Future<?> last = CompletableFuture.completedFuture(null);

    /** Hands {@code batch} to the thread, after every batch before it; returns it. */
    Future<?> submit(Runnable batch) {
        last = thread.submit(batch);
        return last;
    }

    /** The last batch handed over (done at once when there was none). */
    Future<?> last() {
        return last;
    }

    /**
     * Waits until every batch handed over before this call is applied, at most {@value #WAIT_SECONDS} seconds;
     * returns whether they are.
     */
    boolean waitForAll() {
        Future<?> pending = last;
        try {
            pending.get(WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | java.util.concurrent.CancellationException e) {
            return false;
        }
    }

    /** Applies what was handed over (waiting as long as a search would), then stops the thread. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
