package org.attune.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.security.SecureRandom;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.attune.store.Overwrite;
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
import jetbrains.exodus.gc.GarbageCollector;

/**
 * The one way the store is rewritten with only its live records, so that nothing deleted or replaced (a withdrawn
 * participant's data, real names replaced by pseudonyms) is left in the Xodus log, whose files keep old records until
 * its garbage collector happens to reclaim them (never the newest file, and only files old enough). Every named store's
 * key/value pairs are copied into a new environment (encrypted with the same key but a fresh IV, if any: see
 * {@link #IV_FILE}) in {@code store.compacting/}, with the files the store folder holds besides its log (the entity
 * store's blobs); then it
 * is renamed {@code store.compacted/} (the copy is complete), the old store renamed {@code store.withdrawn/}, the new
 * one {@code store/}, and the old one deleted. A process killed on the way is settled at the next opening
 * ({@link #settle}): an incomplete copy is deleted, a complete one takes the old store's place, and an old store left
 * over is deleted.
 *
 * <p>Used when a project that a withdrawal changed closes ({@link #copyLive} while open, {@link #swap} once closed),
 * and to reclaim a closed project's space ({@link #rewrite}), where the audit log's entries may be rewritten on the way
 * ({@code auditText}, e.g. pseudonyms for the names they recorded): the only change a rewrite makes to them.
 */
public final class StoreRewrite {
    static final String COMPACTING = ".compacting";
    static final String COMPACTED = ".compacted";
    static final String OLD = ".withdrawn";
    /**
     * The basic IV of an encrypted store whose descriptor does not say it yet, kept in the store's folder as a decimal
     * number (an IV is no secret). Xodus encrypts each block of its log with the IV {@code basicIV + address / block
     * size}, so a rewritten store under the old IV would encrypt its new content with the key stream the old store's
     * files used at the same addresses: whoever kept both could combine them. A rewrite therefore takes a fresh IV,
     * written here beside the new store's files; once the new store is in place {@link #settle} writes it into the
     * descriptor and deletes this file. Until then (a process killed in between, or a project opened to read only) the
     * file is the one that counts ({@link #basicIV}).
     */
    public static final String IV_FILE = "attune-store-iv";
    /** A fresh IV lies at least this many blocks from the old one, so the two stores' block IVs never meet. */
    static final long IV_DISTANCE = 1L << 48;
    private static final int BATCH = 5_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private StoreRewrite() {
    }

    /**
     * Rewrites the closed store {@code storeDir}; the caller holds the project's lock. Returns the number of records
     * kept.
     */
    public static long rewrite(Path storeDir, UnaryOperator<String> auditText) throws StoreException {
        long copied;
        try {
            settle(storeDir);
            Environment from = Environments.newInstance(storeDir.toFile(), new EnvironmentConfig().setEnvIsReadonly(true)
                    .setGcEnabled(false));
            try {
                copied = copyLive(from, storeDir, auditText);
            } finally {
                from.close();
            }
        } catch (IOException | RuntimeException e) {
            throw failedCopy(storeDir, e);
        }
        swap(storeDir);
        LockFileRoom.keep(storeDir);
        return copied;
    }

    /**
     * Copies the live records of {@code from} (open, nothing else writing) next to {@code storeDir}; finish with
     * {@link #swap} once it is closed. Returns the number of records copied.
     */
    public static long copyLive(Environment from, Path storeDir, UnaryOperator<String> auditText) throws StoreException {
        Path target = sibling(storeDir, COMPACTING);
        try {
            Restore.deleteTree(target);
            EnvironmentConfig fromConfig = from.getEnvironmentConfig();
            EnvironmentConfig config = new EnvironmentConfig().setLogDurableWrite(true).setGcEnabled(false);
            Long freshIV = null;
            if (fromConfig.getCipherId() != null && fromConfig.getCipherKey() != null) {
                freshIV = freshIV(fromConfig.getCipherBasicIV());
                config.setCipherId(fromConfig.getCipherId());
                config.setCipherKey(HexFormat.of().formatHex(fromConfig.getCipherKey()));
                config.setCipherBasicIV(freshIV);
            }
            long copied;
            Environment to = Environments.newInstance(target.toFile(), config);
            try {
                copied = copy(from, to, auditText);
            } finally {
                to.close();
            }
            copyFiles(storeDir, target);
            if (freshIV != null) {
                AtomicFiles.write(target.resolve(IV_FILE), Long.toString(freshIV).getBytes(StandardCharsets.US_ASCII));
            }
            Files.move(target, sibling(storeDir, COMPACTED), StandardCopyOption.ATOMIC_MOVE);
            return copied;
        } catch (IOException | RuntimeException e) {
            throw failedCopy(storeDir, e);
        }
    }

    private static StoreException failedCopy(Path storeDir, Exception e) {
        try {
            Restore.deleteTree(sibling(storeDir, COMPACTING));
        } catch (IOException ignored) {
            // removed at the next opening
        }
        return new StoreException(storeDir.getParent(), "cannot rewrite the store without its removed or replaced data ("
                + e.getMessage() + "); old copies may remain in " + storeDir.getFileName() + "/ until this succeeds", e);
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

    /**
     * Finishes or tidies up what a rewrite cut off left; nothing when none was under way. A rewritten encrypted store's
     * fresh IV is written into the descriptor once the store is in place, then its {@link #IV_FILE} deleted.
     */
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
        adoptIV(storeDir);
        Overwrite.deleteTree(old); // its log still holds what the rewrite left out
    }

    /** Writes the IV a store's {@link #IV_FILE} holds into the project's descriptor, then deletes the file. */
    private static void adoptIV(Path storeDir) throws IOException {
        OptionalLong iv = pendingIV(storeDir);
        if (iv.isEmpty()) {
            return;
        }
        Path folder = storeDir.getParent();
        try {
            ProjectDescriptor descriptor = DescriptorFiles.read(folder).descriptor();
            if (descriptor.encrypted() && descriptor.basicIV() != iv.getAsLong()) {
                descriptor.setBasicIV(iv.getAsLong());
                DescriptorFiles.write(folder, descriptor);
            }
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
        Files.delete(storeDir.resolve(IV_FILE));
    }

    /** The IV the store in {@code storeDir} is encrypted with: its {@link #IV_FILE}'s if it has one, else the descriptor's. */
    public static long basicIV(Path storeDir, ProjectDescriptor descriptor) throws StoreException {
        try {
            return pendingIV(storeDir).orElse(descriptor.basicIV());
        } catch (IOException e) {
            throw new StoreException(storeDir.getParent(), "cannot read " + storeDir.getFileName() + "/" + IV_FILE + " ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * Writes the descriptor's IV into {@code storeDir}'s {@link #IV_FILE} (encrypted projects only), before a restore
     * puts another store with another descriptor in its place: the store keeps saying what it is encrypted with, as
     * the kept {@code store.replaced-…} or if the restore is cut off before its moves.
     */
    static void recordIV(Path storeDir) throws IOException, StoreException {
        if (!Files.isDirectory(storeDir) || pendingIV(storeDir).isPresent()) {
            return;
        }
        ProjectDescriptor descriptor = DescriptorFiles.read(storeDir.getParent()).descriptor();
        if (descriptor.encrypted()) {
            AtomicFiles.write(storeDir.resolve(IV_FILE), Long.toString(descriptor.basicIV()).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** The descriptor of the project in {@code folder} as it fits the store in {@code storeDir} (with its IV), as JSON. */
    static String descriptorFor(Path folder, Path storeDir) throws IOException, StoreException {
        ProjectDescriptor descriptor = DescriptorFiles.read(folder).descriptor();
        OptionalLong iv = pendingIV(storeDir);
        if (iv.isPresent() && descriptor.encrypted()) {
            descriptor.setBasicIV(iv.getAsLong());
        }
        return descriptor.toJson();
    }

    /** The IV {@code storeDir}'s {@link #IV_FILE} holds, if it has one. */
    static OptionalLong pendingIV(Path storeDir) throws IOException {
        Path file = storeDir.resolve(IV_FILE);
        if (!Files.isRegularFile(file)) {
            return OptionalLong.empty();
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new IOException(file + " does not hold an IV (\"" + text + "\")", e);
        }
    }

    /** A random IV whose blocks' IVs stay clear of those of a store encrypted with {@code old}. */
    static long freshIV(long old) {
        while (true) {
            long iv = RANDOM.nextLong();
            if (Math.abs(iv - old) > IV_DISTANCE) { // wraps too: both differences must be large
                return iv;
            }
        }
    }

    private static Path sibling(Path storeDir, String suffix) {
        return storeDir.resolveSibling(storeDir.getFileName() + suffix);
    }

    private static long copy(Environment from, Environment to, UnaryOperator<String> auditText) {
        List<String> names = from.computeInReadonlyTransaction(from::getAllStoreNames);
        long copied = 0;
        for (String name : names) {
            if (GarbageCollector.isUtilizationProfile(name)) {
                continue; // the new environment's collector keeps its own
            }
            Transaction read = from.beginReadonlyTransaction();
            try {
                Store source = from.openStore(name, StoreConfig.USE_EXISTING, read);
                StoreConfig config = source.getConfig();
                boolean audit = AuditLog.STORE.equals(name) && auditText != null;
                Transaction write = to.beginExclusiveTransaction();
                Store target = to.openStore(name, config, write);
                int inBatch = 0;
                try (Cursor cursor = source.openCursor(read)) {
                    while (cursor.getNext()) {
                        ByteIterable value = cursor.getValue();
                        if (audit) {
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
                if (p.equals(store) || relative.getNameCount() == 1 && (name.endsWith(".xd") || name.equals(LockFileRoom.LOCK_FILE)
                        || name.equals(IV_FILE))) {
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
