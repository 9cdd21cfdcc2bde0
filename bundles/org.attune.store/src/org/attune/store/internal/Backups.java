package org.attune.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.attune.store.BackupInfo;
import org.attune.store.BackupSurvey;
import org.attune.store.ProjectCounts;
import org.attune.store.StoreException;

import jetbrains.exodus.entitystore.PersistentEntityStore;

/**
 * Backups of a project in {@value #DIR}/, each named {@code <prefix>yyyyMMdd-HHmmss-SSS.zip} (UTC): a rolling one
 * ({@value #ROLLING}) made in the background after opening when the newest is older than {@link #INTERVAL}, of
 * which the newest {@value #KEEP} are kept, and one before each migration, never pruned. A backup is written
 * under a {@value #PARTIAL} name, read back whole, and only then renamed: a zip under a final name was
 * complete when made, and one that fails the check since is reported as damaged, never offered.
 */
public final class Backups {
    public static final String DIR = "backups";
    static final String ROLLING = "store-";
    static final String PARTIAL = ".partial";
    static final int KEEP = 5;
    static final Duration INTERVAL = Duration.ofHours(1);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());



    private Backups() {
    }

    /** Starts a rolling backup on a daemon thread if one is due; returns the thread, or null. */
    public static Thread startInBackground(PersistentEntityStore xodus, Path folder, Supplier<ProjectCounts> counts) {
        Optional<BackupInfo> newest = list(folder).stream().filter(b -> b.name().startsWith(ROLLING)).findFirst();
        if (newest.isPresent() && newest.get().made().isAfter(Instant.now().minus(INTERVAL))) {
            return null;
        }
        Thread thread = new Thread(() -> {
            try {
                backupNow(xodus, folder, ROLLING, counts.get());
                prune(folder);
            } catch (StoreException | RuntimeException e) {
                LOG.log(Level.WARNING, "Backup of " + folder + " failed: " + e.getMessage());
            }
        }, "Attune backup of " + folder.getFileName());
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Makes, checks and names a backup of the store with {@code counts}, what it holds; returns its path. */
    public static Path backupNow(PersistentEntityStore xodus, Path folder, String prefix, ProjectCounts counts)
            throws StoreException {
        Path dir = folder.resolve(DIR);
        Path target = dir.resolve(prefix + STAMP.format(Instant.now()) + ".zip");
        Path partial = dir.resolve(target.getFileName() + PARTIAL);
        try {
            Files.createDirectories(dir);
            BackupWriter.write(xodus, descriptor(folder), counts, partial);
            BackupArchive.verify(partial);
            AtomicFiles.moveIntoPlace(partial, target);
            return target;
        } catch (Exception e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // removed at the next opening
            }
            throw new StoreException(folder, "cannot back up the project store (" + e.getMessage() + ")", e);
        }
    }

    /** The descriptor as the backup keeps it; none for a project of the first format, which had none. */
    private static String descriptor(Path folder) {
        try {
            return DescriptorFiles.read(folder).descriptor().toJson();
        } catch (StoreException e) {
            return null;
        }
    }

    /** The backups that can be restored, newest first. */
    public static List<BackupInfo> list(Path folder) {
        return survey(folder).usable();
    }

    /** Every {@code .zip} in {@value #DIR}/, checked: the whole ones newest first, and the damaged ones. */
    public static BackupSurvey survey(Path folder) {
        List<BackupInfo> usable = new ArrayList<>();
        List<BackupSurvey.Damaged> damaged = new ArrayList<>();
        for (Path zip : zips(folder)) {
            try {
                usable.add(BackupArchive.inspect(zip));
            } catch (IOException e) {
                damaged.add(new BackupSurvey.Damaged(zip.getFileName().toString(), e.getMessage()));
            }
        }
        usable.sort(Comparator.comparing(BackupInfo::made).thenComparing(BackupInfo::name).reversed());
        return new BackupSurvey(usable, damaged);
    }

    private static List<Path> zips(Path folder) {
        Path dir = folder.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The descriptor a backup holds, if any. */
    static Optional<String> descriptorIn(Path zip) {
        return BackupArchive.descriptor(zip);
    }

    static void prune(Path folder) throws StoreException {
        List<BackupInfo> rolling = list(folder).stream().filter(b -> b.name().startsWith(ROLLING)).toList();
        for (BackupInfo old : rolling.subList(Math.min(KEEP, rolling.size()), rolling.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw new StoreException(folder, "cannot remove the old backup " + old.name(), e);
            }
        }
    }

    /**
     * Under the project's lock: removes what a process killed while backing up or restoring left behind, and
     * finishes a restore that was killed between moving the old store aside and moving the restored one in.
     */
    public static void removeLeftovers(Path folder, String storeDir) throws StoreException {
        try {
            for (Path partial : partials(folder)) {
                Files.deleteIfExists(partial);
            }
            Path incoming = folder.resolve(storeDir + Restore.INCOMING);
            if (Files.isDirectory(incoming)) {
                if (Files.exists(folder.resolve(storeDir))) {
                    Restore.deleteTree(incoming);
                } else {
                    Files.move(incoming, folder.resolve(storeDir)); // extracted whole before the moves began
                }
            }
        } catch (IOException e) {
            throw new StoreException(folder, "cannot tidy up after an interrupted backup or restore (" + e.getMessage() + ")", e);
        }
    }

    private static List<Path> partials(Path folder) throws IOException {
        Path dir = folder.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(PARTIAL)).toList();
        }
    }

    /** For a message about a damaged store: the newest backup to go back to, what it holds, and how. */
    public static String offer(Path folder) {
        Optional<BackupInfo> newest = list(folder).stream().findFirst();
        if (newest.isEmpty()) {
            return "There is no backup to go back to.";
        }
        BackupInfo b = newest.get();
        return "The newest backup, " + b.name() + " (made " + b.made().truncatedTo(ChronoUnit.SECONDS)
                + (b.counts() == null ? "" : "; it holds " + b.counts().describe()) + "), can replace the store: File > "
                + "Restore from Backup... in the workbench, or attune cli project restore \"" + folder + "\" " + b.name();
    }
}
