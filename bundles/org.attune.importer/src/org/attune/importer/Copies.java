package org.attune.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.attune.core.IoProblems;
import org.attune.store.CopyRecords;
import org.attune.store.PendingFile;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;

/**
 * An import's copies in {@code sources/}. A reading thread writes a copy under a temporary name (recorded as in flight)
 * and hands forcing it to disk and naming it to a small pool of threads that only wait for the disk, so that reading
 * never waits for a sync. Before a group of sources is committed, {@link #makeDurable} waits for their copies and
 * forces the folder's entries once for the group: a source is committed only after its copy is on disk under its name.
 */
final class Copies {
    /** Threads that only wait in {@code fsync}: concurrent syncs of one file system share its journal's commits. */
    private static final ExecutorService DISK = diskThreads(4);

    private final ProjectStore store;
    /** The in-flight records of the import under way: one file for its copies. */
    private volatile CopyRecords records;
    private final Set<Path> kept = ConcurrentHashMap.newKeySet();
    /**
     * The names given to this import's copies: each copy has its own, so that dropping one (a duplicate, a failure)
     * never removes or replaces the copy of another file of the same name and content.
     */
    private final Set<Path> claimed = ConcurrentHashMap.newKeySet();
    /** Copies whose source is not saved yet, each recorded in the project as in flight, with its placing on disk. */
    private final Map<Path, Placing> inFlight = new ConcurrentHashMap<>();
    /** {@code sources/} was seen or made by this importer: it is not looked up again for every copy. */
    private volatile boolean folderThere;

    private record Placing(PendingFile pending, Future<?> placed) {
    }

    Copies(ProjectStore store) {
        this.store = store;
        this.records = store.copyRecords();
    }

    /**
     * An import is over: its record file goes once its last copy is settled, and the next import of this importer
     * gets a file of its own.
     */
    void importDone() {
        CopyRecords done = records;
        records = store.copyRecords();
        done.close();
    }

    private static ExecutorService diskThreads(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "Attune import disk");
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true); // no idle threads left between imports
        return pool;
    }

    /**
     * Copies {@code file} into {@code sources/} under a temporary name and starts placing it (forced, renamed) on a disk
     * thread; returns the copy's final name. A failure here is one of writing (a full disk, a read-only folder).
     *
     * @param content the file's bytes when it was read whole already (for its hash), or null to copy it from the file
     */
    Path start(Path file, String hash, byte[] content) throws ImportProblem {
        Path dir = store.folder().resolve(ProjectStore.SOURCES_DIR);
        PendingFile pending = null;
        try {
            if (!folderThere && !Files.isDirectory(dir)) { // createDirectories throws and catches an exception when it exists
                Files.createDirectories(dir);
            }
            folderThere = true;
            Path target = claim(dir, hash, file.getFileName().toString().replaceAll("[\\\\/:*?\"<>|]", "_"));
            pending = records.copyingIn(file, hash, target);
            org.attune.store.Originals originals = store.originals();
            if (originals.encrypted()) { // encrypted as written: no plaintext byte of it reaches the disk
                try (java.io.InputStream in = content != null ? new java.io.ByteArrayInputStream(content) : Files.newInputStream(file)) {
                    originals.write(in, pending.partial());
                }
            } else if (content != null) {
                pending.write(content); // kept open for the disk thread to force: one opening of the copy
            } else {
                Files.copy(file, pending.partial(), StandardCopyOption.REPLACE_EXISTING);
            }
            PendingFile placing = pending;
            inFlight.put(target, new Placing(pending, DISK.submit(() -> {
                placing.place();
                return null;
            })));
            return target;
        } catch (IOException | StoreException e) {
            if (pending != null) {
                pending.close();
            }
            throw problem(dir, e);
        }
    }

    /**
     * A name in {@code sources/} that no other copy of this import has and no file there has: two files of the same
     * name and content (in two folders) read in one group get two names, and a copy kept from an earlier import is
     * never replaced.
     */
    private Path claim(Path dir, String hash, String name) {
        for (int n = 1;; n++) {
            Path target = dir.resolve(hash.substring(0, 12) + (n == 1 ? "" : "-" + n) + "-" + name);
            if (!Files.exists(target) && claimed.add(target)) {
                return target;
            }
        }
    }

    /**
     * Waits until each of {@code copies} is on disk under its name and forces {@code sources/}'s entries once: after
     * this, a source referring to one of them may be committed. Returns the copies that could not be placed, each with
     * why (every one of them when the folder cannot be forced); their sources must not be committed.
     */
    Map<Path, String> makeDurable(List<Path> copies) {
        Map<Path, String> failed = new HashMap<>();
        for (Path copy : copies) {
            Placing placing = inFlight.get(copy);
            String why = placing == null ? "its copy is gone" : awaitPlaced(placing);
            if (why != null) {
                failed.put(copy, why);
            }
        }
        if (failed.size() < copies.size()) {
            Path dir = store.folder().resolve(ProjectStore.SOURCES_DIR);
            try {
                PendingFile.forceFolder(dir);
            } catch (IOException e) {
                String why = problem(dir, e).getMessage();
                copies.forEach(copy -> failed.putIfAbsent(copy, why));
            }
        }
        return failed;
    }

    /** Null once placed, else why not. */
    private String awaitPlaced(Placing placing) {
        try {
            placing.placed().get();
            return null;
        } catch (ExecutionException e) {
            Exception cause = e.getCause() instanceof Exception c ? c : e;
            return problem(placing.pending().target().getParent(), cause).getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "the import was interrupted";
        } catch (CancellationException e) {
            return "the import was interrupted";
        }
    }

    private static ImportProblem problem(Path dir, Exception e) {
        String reason = e instanceof IOException io ? IoProblems.reason(io) : e.getMessage();
        return new ImportProblem("it could not be copied into " + dir + " (" + reason + "); nothing of it was imported", e);
    }

    /** The copy is now referenced by a saved source: it stays, and its record is no longer needed. */
    void keep(Path copy) {
        kept.add(copy);
        Placing placing = inFlight.remove(copy);
        if (placing != null) {
            placing.pending().close();
        }
    }

    /**
     * Removes a copy made for a file that was not imported (once its placing is over, so that no rename follows the
     * removal), unless an imported source uses the same copy.
     */
    void delete(Path copy) {
        if (copy == null || kept.contains(copy)) {
            return;
        }
        Placing placing = inFlight.get(copy);
        if (placing != null && awaitPlaced(placing) != null && !placing.placed().isDone()) {
            return; // interrupted while it is being placed: its record stays, and the next opening settles the copy
        }
        try {
            Files.deleteIfExists(copy);
            inFlight.remove(copy);
            if (placing != null) {
                placing.pending().close(); // the temporary file, if it was never placed, and the record
            }
        } catch (IOException e) {
            // its record stays, and the next opening of the project removes the copy
        }
    }
}
