package org.attune.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.attune.store.StoreException;

import jetbrains.exodus.entitystore.PersistentEntityStore;
import jetbrains.exodus.util.CompressBackupUtil;

/**
 * Rolling backups of a project's store in {@value #DIR}/: a consistent copy (Xodus' hot backup, zipped)
 * made in the background after opening when the newest is older than {@link #INTERVAL}; the newest
 * {@value #KEEP} are kept. Backups taken before a migration or a restore are kept apart and never pruned.
 */
public final class Backups {
    public static final String DIR = "backups";
    static final String ROLLING = "store-";
    static final int KEEP = 5;
    static final Duration INTERVAL = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());

    private Backups() {
    }

    /** Starts a rolling backup on a daemon thread if one is due; returns the thread, or null. */
    public static Thread startInBackground(PersistentEntityStore xodus, Path folder) {
        List<Path> rolling = list(folder).stream().filter(p -> p.getFileName().toString().startsWith(ROLLING)).toList();
        try {
            if (!rolling.isEmpty() && Files.getLastModifiedTime(rolling.get(0)).toInstant()
                    .isAfter(Instant.now().minus(INTERVAL))) {
                return null;
            }
        } catch (IOException e) {
            // unknown age: back up
        }
        Thread thread = new Thread(() -> {
            try {
                backupNow(xodus, folder, ROLLING);
                prune(folder);
            } catch (StoreException | RuntimeException e) {
                LOG.log(Level.WARNING, "Backup of " + folder + " failed", e);
            }
        }, "Attune backup of " + folder.getFileName());
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** A consistent zipped copy of the store, named {@code prefix} + time stamp; returns its path. */
    public static Path backupNow(PersistentEntityStore xodus, Path folder, String prefix) throws StoreException {
        Path dir = folder.resolve(DIR);
        try {
            Files.createDirectories(dir);
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(java.time.ZoneOffset.UTC)
                    .format(Instant.now());
            Path target = dir.resolve(prefix + stamp + ".zip");
            Path made = CompressBackupUtil.backup(xodus, dir.toFile(), prefix + stamp + "-", true).toPath();
            Files.move(made, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (Exception e) {
            throw new StoreException(folder, "cannot back up the project store (" + e.getMessage() + ")", e);
        }
    }

    /** Every backup of the project, newest first. */
    public static List<Path> list(Path folder) {
        Path dir = folder.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString().replaceAll("^[a-z0-9-]*?(\\d{8}-)", "$1"))
                            .reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static void prune(Path folder) throws StoreException {
        List<Path> rolling = list(folder).stream().filter(p -> p.getFileName().toString().startsWith(ROLLING)).toList();
        for (Path old : rolling.subList(Math.min(KEEP, rolling.size()), rolling.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new StoreException(folder, "cannot remove the old backup " + old.getFileName(), e);
            }
        }
    }

    /**
     * Replaces the store of a closed project with a backup; the store it replaces is kept as
     * {@code store.replaced-<time>}. Entries that would escape the store folder are refused.
     */
    public static Path restore(Path folder, Path backup, String storeDir) throws StoreException {
        Path store = folder.resolve(storeDir);
        Path incoming = folder.resolve(storeDir + ".restoring");
        try {
            deleteTree(incoming);
            Files.createDirectories(incoming);
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                    if (entry.isDirectory()) {
                        continue;
                    }
                    Path target = incoming.resolve(Path.of(entry.getName()).getFileName().toString()).normalize();
                    if (!target.startsWith(incoming)) {
                        throw new IOException("entry " + entry.getName() + " escapes the store folder");
                    }
                    copy(zip, target);
                }
            }
            Path replaced = folder.resolve(storeDir + ".replaced-" + Instant.now().toEpochMilli());
            if (Files.exists(store)) {
                Files.move(store, replaced);
            }
            Files.move(incoming, store);
            return replaced;
        } catch (IOException e) {
            throw new StoreException(folder, "cannot restore " + backup.getFileName() + " (" + e.getMessage() + ")", e);
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteTree(Path root) throws IOException {
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
