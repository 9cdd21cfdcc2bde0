package org.attune.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;

/**
 * Adds documents to an {@link IndexWriter} from one thread per core while the caller reads the store: the writer
 * gives each thread its own in-memory segment, so analysing and inverting the words (most of a rebuild) uses
 * every core. At most a few batches wait, so memory stays bounded however large the project.
 */
final class ParallelAdding implements AutoCloseable {
    private final IndexWriter writer;
    private final int threadCount;
    private final ExecutorService threads;
    private final Semaphore waiting;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    ParallelAdding(IndexWriter writer, int threadCount) {
        this.writer = writer;
        this.threadCount = threadCount;
        this.threads = Executors.newFixedThreadPool(threadCount, work -> {
            Thread thread = new Thread(work, "Attune index rebuild");
            thread.setDaemon(true);
            return thread;
        });
        this.waiting = new Semaphore(2 * threadCount);
    }

    /** Hands {@code documents} (one transcript's, kept together) to a thread; fails if an earlier batch failed. */
    void add(List<Document> documents) throws IOException {
        rethrow();
        try {
            waiting.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while indexing");
        }
        threads.execute(() -> {
            try {
                if (failure.get() == null) {
                    writer.addDocuments(documents);
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            } finally {
                waiting.release();
            }
        });
    }

    /**
     * Waits until every batch is added and the threads' in-memory segments are written (each thread one, at once:
     * else the commit would write them one after another), and fails as the first failed batch did.
     */
    void finish() throws IOException {
        waiting.acquireUninterruptibly(2 * threadCount); // every batch is in
        waiting.release(2 * threadCount);
        for (int i = 0; i < threadCount; i++) {
            threads.execute(() -> {
                try {
                    while (failure.get() == null && writer.flushNextBuffer()) {
                        // the next thread's segment
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
        }
        close();
        rethrow();
    }

    private void rethrow() throws IOException {
        Throwable e = failure.get();
        if (e instanceof IOException io) {
            throw io;
        } else if (e instanceof RuntimeException runtime) {
            throw runtime;
        } else if (e instanceof Error error) {
            throw error;
        } else if (e != null) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** Waits for the batches handed over (the writer must not be rolled back under them). */
    @Override
    public void close() throws IOException {
        threads.shutdown();
        try {
            while (!threads.awaitTermination(1, TimeUnit.MINUTES)) {
                // a large batch on a slow machine: keep waiting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while indexing");
        }
    }
}
