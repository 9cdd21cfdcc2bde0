package org.attune.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.attune.store.BackupInfo;
import org.attune.store.StoreException;

import com.google.gson.JsonParseException;

/**
 * Puts a backup in place of a closed project's store. The backup is read through and checked before anything
 * is touched; the store it replaces is kept as {@code store.replaced-<time>} (until the next opening for writing has
 * checked the restored store: {@link Backups#keepReplacedStores}); the descriptor the backup holds is
 * written back too (it matches the store in the backup, e.g. one from before a migration).
 */
public final class Restore {
    static final String INCOMING = ".restoring";
    /** Where the store a restore replaces goes, with the time: {@code store.replaced-<epoch ms>}. */
    static final String REPLACED_PREFIX = "store.replaced-";

    private Restore() {
    }

    /** Returns the folder the replaced store was moved to. The caller holds the project's lock. */
    public static Path restore(Path folder, Path backup, String storeDir) throws StoreException {
        String name = backup.getFileName().toString();
        BackupInfo checked;
        try {
            checked = BackupArchive.verify(backup);
        } catch (IOException e) {
            throw new StoreException(folder, "the backup " + name + " is damaged (" + e.getMessage()
                    + "); nothing was changed. Choose another one (see 'attune cli project backups')", e);
        }
        Path store = folder.resolve(storeDir);
        Path incoming = folder.resolve(storeDir + INCOMING);
        try {
            deleteTree(incoming);
            BackupArchive.extractStore(checked.file(), incoming);
            Optional<String> descriptor = BackupArchive.descriptor(checked.file());
            // before the moves: if they never happen, an older schema version in the descriptor only re-runs
            // migrations that find nothing to do; the other order could read an older store as the newer schema
            if (descriptor.isPresent()) {
                StoreRewrite.recordIV(store); // the store that goes keeps its own IV beside it
                DescriptorFiles.write(folder, ProjectDescriptor.parse(descriptor.get()));
            }
            Path replaced = folder.resolve(storeDir + ".replaced-" + Instant.now().toEpochMilli()); // REPLACED_PREFIX
            if (Files.exists(store)) {
                Files.move(store, replaced);
            }
            Files.move(incoming, store);
            LockFileRoom.keep(store);
            LastCounts.forget(folder);
            return replaced;
        } catch (IOException | JsonParseException e) {
            throw new StoreException(folder, "cannot restore " + name + " (" + e.getMessage() + ")", e);
        } finally {
            try {
                deleteTree(incoming);
            } catch (IOException e) {
                // removed at the next opening
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
