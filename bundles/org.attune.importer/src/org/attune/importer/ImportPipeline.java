package org.attune.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.attune.importer.ImportOutcome.Status;

/**
 * Reads files ahead on {@link Importer#readingThreads()} threads ({@link SourceReader}) while the calling thread adds
 * them to the project in order: the files read while the group before was being committed share one action and its
 * sync (at most {@value #GROUP}: a group commit, {@link GroupCommit}).
 */
final class ImportPipeline {
    /** At most this many files share one action and its sync (a group commit). */
    static final int GROUP = 16;

    private final SourceReader reader;
    private final GroupCommit commit;
    private final Copies copies;

    ImportPipeline(SourceReader reader, GroupCommit commit, Copies copies) {
        this.reader = reader;
        this.commit = commit;
        this.copies = copies;
    }

    /** Imports {@code files} in their order; true if cancelled before the last (the rest is reported skipped). */
    boolean run(List<Path> files, List<ImportOutcome> outcomes, ImportProgress progress) {
        int workers = Importer.readingThreads();
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "Attune import");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<Prepared>> ahead = new ArrayList<>();
        List<Prepared> group = new ArrayList<>();
        try {
            int submitted = 0;
            for (int i = 0; i < files.size(); i++) {
                while (submitted < files.size() && submitted < i + 2 * workers + GROUP) {
                    Path next = files.get(submitted++);
                    ahead.add(pool.submit(() -> reader.prepare(next)));
                }
                if (progress.isCancelled()) {
                    commit.commit(group, outcomes, progress); // what was read before the Cancel is kept
                    discard(ahead.subList(i, ahead.size()));
                    for (Path rest : files.subList(i, files.size())) {
                        outcomes.add(new ImportOutcome(rest, Status.SKIPPED, "", "the import was cancelled before this file"));
                    }
                    return true;
                }
                progress.starting(files.get(i), i);
                group.add(await(ahead.get(i), files.get(i)));
                // group commit: the files read meanwhile share one action and its sync, and are acknowledged after it;
                // when the next file is not read yet, what is here is committed rather than kept waiting
                boolean nextReady = i + 1 < files.size() && ahead.get(i + 1).isDone();
                if (group.size() >= GROUP || !nextReady) {
                    commit.commit(group, outcomes, progress);
                }
            }
            commit.commit(group, outcomes, progress);
            return false;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Prepared await(Future<Prepared> future, Path file) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            String why = e.getCause() instanceof OutOfMemoryError ? "it is too large to read in the memory Attune has ("
                    + e.getCause().getMessage() + "); give Attune more memory (ATTUNE_VM_ARGS=-Xmx8g) and import it again"
                    : Importer.unexpected(file, e.getCause());
            return Prepared.failed(new ImportOutcome(file, Status.FAILED, TypeDetection.extension(file), why));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Prepared.failed(new ImportOutcome(file, Status.SKIPPED, TypeDetection.extension(file), "the import was interrupted"));
        }
    }

    /** Cancels what was read ahead, removing any copies already made. */
    private void discard(List<Future<Prepared>> pending) {
        for (Future<Prepared> future : pending) {
            if (!future.cancel(true) && future.isDone()) {
                try {
                    copies.delete(future.get().copied());
                } catch (ExecutionException | InterruptedException | CancellationException e) {
                    // nothing was copied for it
                }
            }
        }
    }
}
