package org.attune.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.attune.store.StoreException;

import jetbrains.exodus.ArrayByteIterable;
import jetbrains.exodus.ByteIterable;
import jetbrains.exodus.bindings.StringBinding;
import jetbrains.exodus.env.Cursor;
import jetbrains.exodus.env.Environment;
import jetbrains.exodus.env.EnvironmentConfig;
import jetbrains.exodus.env.Environments;
import jetbrains.exodus.env.Store;
import jetbrains.exodus.env.StoreConfig;
import jetbrains.exodus.env.Transaction;

/**
 * Rewrites a closed, unencrypted project's store with only its live records. Xodus appends every change to its log
 * files and drops an outdated record only when its garbage collector moves a whole file's live records elsewhere (never
 * the newest file, and only files old enough): text replaced a minute ago is still in {@code store/*.xd}. Copying every
 * named store of the environment, key by key, into a fresh environment leaves the outdated records behind.
 *
 * <p>The copy is made whole in {@code store.restoring} (what an opening finds there with no {@code store} beside it is
 * moved into place, a partial one with {@code store} beside it is deleted: {@link Backups#removeLeftovers}); then the old
 * store is moved aside and deleted. The audit log's entries may be rewritten on the way ({@code auditText}, e.g.
 * pseudonyms for the names they recorded): the only change this makes to them.
 */
public final class Compaction {
    private static final int BATCH = 5_000;

    private Compaction() {
    }

    /**
     * Rewrites {@code folder}/{@code storeDir}; the caller holds the project's lock and the store is closed. Returns the
     * number of records copied.
     */
    public static long compact(Path folder, String storeDir, UnaryOperator<String> auditText) throws StoreException {
        Path store = folder.resolve(storeDir);
        Path fresh = folder.resolve(storeDir + Restore.INCOMING);
        long copied = 0;
        try {
            Restore.deleteTree(fresh);
            Files.createDirectories(fresh);
            Environment from = Environments.newInstance(store.toFile(), new EnvironmentConfig().setEnvIsReadonly(true)
                    .setGcEnabled(false));
            try {
                Environment to = Environments.newInstance(fresh.toFile(), new EnvironmentConfig().setGcEnabled(false));
                try {
                    copied = copy(from, to, auditText);
                } finally {
                    to.close();
                }
            } finally {
                from.close();
            }
            copyFiles(store, fresh);
            Path replaced = folder.resolve(storeDir + ".replaced-" + Instant.now().toEpochMilli());
            Files.move(store, replaced);
            Files.move(fresh, store);
            LockFileRoom.keep(store);
            Restore.deleteTree(replaced);
            return copied;
        } catch (IOException | RuntimeException e) {
            try {
                if (Files.isDirectory(store)) {
                    Restore.deleteTree(fresh);
                }
            } catch (IOException ignored) {
                // removed at the next opening
            }
            throw new StoreException(folder, "cannot rewrite the store to drop its outdated records (" + e.getMessage() + ")", e);
        }
    }

    private static long copy(Environment from, Environment to, UnaryOperator<String> auditText) {
        List<String> names = from.computeInReadonlyTransaction(from::getAllStoreNames);
        long copied = 0;
        for (String name : names) {
            Transaction read = from.beginReadonlyTransaction();
            try {
                Store source = from.openStore(name, StoreConfig.USE_EXISTING, read);
                StoreConfig config = source.getConfig();
                boolean audit = AuditLog.STORE.equals(name);
                Transaction write = to.beginExclusiveTransaction();
                Store target = to.openStore(name, config, write);
                int inBatch = 0;
                try (Cursor cursor = source.openCursor(read)) {
                    while (cursor.getNext()) {
                        ByteIterable value = cursor.getValue();
                        if (audit && auditText != null) {
                            String json = ValueSeals.open(StringBinding.entryToString(value));
                            value = StringBinding.stringToEntry(ValueSeals.seal(auditText.apply(json)));
                        }
                        ByteIterable key = new ArrayByteIterable(cursor.getKey());
                        if (config.duplicates) {
                            target.put(write, key, new ArrayByteIterable(value));
                        } else {
                            target.putRight(write, key, new ArrayByteIterable(value));
                        }
                        copied++;
                        if (++inBatch == BATCH) {
                            write.flush();
                            inBatch = 0;
                        }
                    }
                }
                if (!write.commit()) {
                    throw new IllegalStateException("the copy of " + name + " could not be committed");
                }
            } finally {
                read.abort();
            }
        }
        return copied;
    }

    /** What the store folder holds besides the log (blobs kept as files): copied as they are. */
    private static void copyFiles(Path store, Path fresh) throws IOException {
        try (Stream<Path> walk = Files.walk(store)) {
            for (Path p : walk.toList()) {
                Path relative = store.relativize(p);
                String name = p.getFileName().toString();
                if (p.equals(store) || relative.getNameCount() == 1 && (name.endsWith(".xd") || name.equals(LockFileRoom.LOCK_FILE))) {
                    continue;
                }
                Path target = fresh.resolve(relative.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
