package org.attune.store.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.List;

import org.attune.store.StoreException;

import jetbrains.exodus.entitystore.PersistentEntityStore;
import jetbrains.exodus.env.Cursor;
import jetbrains.exodus.env.Environment;
import jetbrains.exodus.env.EnvironmentConfig;
import jetbrains.exodus.env.Environments;
import jetbrains.exodus.env.Store;
import jetbrains.exodus.env.StoreConfig;
import jetbrains.exodus.gc.GarbageCollector;

/**
 * Rewrites a store with only its live records, so that nothing deleted (a withdrawn participant's data) is left in the
 * Xodus log, whose files keep old records until its garbage collector happens to reclaim them. Every named store's
 * key/value pairs are copied into a new environment (encrypted with the same key and IV) in {@code store.compacting/},
 * with the entity store's blob files; then it is renamed {@code store.compacted/} (the copy is complete), the old store
 * renamed {@code store.withdrawn/}, the new one {@code store/}, and the old one deleted. A process killed on the way is
 * settled at the next opening ({@link #settle}): an incomplete copy is deleted, a complete one takes the old store's
 * place, and an old store left over is deleted.
 */
public final class StoreRewrite {
    static final String COMPACTING = ".compacting";
    static final String COMPACTED = ".compacted";
    static final String OLD = ".withdrawn";

    private StoreRewrite() {
    }

    /** Copies the live records of {@code xodus} (open, nothing else writing) next to {@code storeDir}; finish with {@link #swap}. */
    public static void copyLive(PersistentEntityStore xodus, Path storeDir) throws StoreException {
        Path target = sibling(storeDir, COMPACTING);
        try {
            Restore.deleteTree(target);
            Environment from = xodus.getEnvironment();
            EnvironmentConfig fromConfig = from.getEnvironmentConfig();
            EnvironmentConfig config = new EnvironmentConfig().setLogDurableWrite(true);
            if (fromConfig.getCipherId() != null && fromConfig.getCipherKey() != null) {
                config.setCipherId(fromConfig.getCipherId());
                config.setCipherKey(HexFormat.of().formatHex(fromConfig.getCipherKey()));
                config.setCipherBasicIV(fromConfig.getCipherBasicIV());
            }
            Environment to = Environments.newInstance(target.toFile(), config);
            try {
                from.executeInReadonlyTransaction(read -> {
                    List<String> names = from.getAllStoreNames(read);
                    for (String name : names) {
                        if (GarbageCollector.isUtilizationProfile(name)) {
                            continue;
                        }
                        Store source = from.openStore(name, StoreConfig.USE_EXISTING, read);
                        to.executeInTransaction(write -> {
                            Store copy = to.openStore(name, source.getConfig(), write);
                            try (Cursor cursor = source.openCursor(read)) {
                                while (cursor.getNext()) {
                                    copy.put(write, cursor.getKey(), cursor.getValue());
                                }
                            }
                        });
                    }
                });
            } finally {
                to.close();
            }
            Path blobs = storeDir.resolve("blobs");
            if (Files.isDirectory(blobs)) {
                copyTree(blobs, target.resolve("blobs"));
            }
            Files.move(target, sibling(storeDir, COMPACTED), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(storeDir.getParent(), "cannot rewrite the store without the removed data (" + e.getMessage()
                    + "); the data is removed from the project, but old copies may remain in " + storeDir.getFileName()
                    + "/ until this succeeds", e);
        }
    }

    /** Puts the copy {@link #copyLive} made in the place of the (closed) store, and deletes the old one. */
    public static void swap(Path storeDir) throws StoreException {
        try {
            settle(storeDir);
        } catch (IOException e) {
            throw new StoreException(storeDir.getParent(), "cannot put the rewritten store in place (" + e.getMessage()
                    + "); the next opening tries again", e);
        }
    }

    /** Finishes or tidies up what a compaction cut off left; nothing when none was under way. */
    public static void settle(Path storeDir) throws IOException {
        Path compacted = sibling(storeDir, COMPACTED);
        Path old = sibling(storeDir, OLD);
        Restore.deleteTree(sibling(storeDir, COMPACTING));
        if (Files.isDirectory(compacted)) {
            if (Files.isDirectory(storeDir)) {
                Restore.deleteTree(old);
                Files.move(storeDir, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(compacted, storeDir, StandardCopyOption.ATOMIC_MOVE);
        }
        Restore.deleteTree(old);
    }

    private static Path sibling(Path storeDir, String suffix) {
        return storeDir.resolveSibling(storeDir.getFileName() + suffix);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
