package org.attune.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.attune.store.BackupInfo;
import org.attune.store.BackupSurvey;
import org.attune.store.Overwrite;
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
    /** A store a restore replaced, kept as a backup: {@code replaced-yyyyMMdd-HHmmss-SSS.zip}. */
    static final String REPLACED = "replaced-";
    static final int KEEP = 5;
    static final Duration INTERVAL = Duration.ofHours(1);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());



    private Backups() {
    }

    /**
     * Starts a rolling backup on a daemon thread if one is due; returns the thread, or null. Whether one is due is
     * judged from the zips' directories and manifests only (reading every backup through would slow every opening);
     * a recent backup damaged since is replaced by the next one due. {@code sound} says (waiting if need be) whether the
     * store passed its check: a damaged store is not backed up.
     */
    public static Thread startInBackground(PersistentEntityStore xodus, Path folder, Supplier<ProjectCounts> counts,
            BooleanSupplier sound) {
        Instant due = Instant.now().minus(INTERVAL);
        boolean recent = zips(folder).stream().filter(z -> z.getFileName().toString().startsWith(ROLLING)).anyMatch(z -> {
            try {
                return BackupArchive.inspect(z).made().isAfter(due);
            } catch (IOException e) {
                return false;
            }
        });
        boolean replaced = !replacedStores(folder).isEmpty();
        if (recent && !replaced) {
            return null;
        }
        Thread thread = new Thread(() -> {
            try {
                if (!sound.getAsBoolean()) { // a backup of a damaged store would push a sound one out
                    LOG.log(Level.WARNING, "No backup of " + folder + " was made: its store is damaged");
                    return;
                }
                keepReplacedStores(folder);
                if (!recent) {
                    backupNow(xodus, folder, ROLLING, counts.get());
                    prune(folder);
                }
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

    /**
     * The stores restores replaced ({@code store.replaced-<time>}), each kept as a backup {@code replaced-<time>.zip}
     * (read back and checked before its folder is removed, never pruned) once the store now in place opened and passed
     * its check: a restore that might still need the old store is over by then. Nothing is lost and the project
     * folder holds no stray stores.
     */
    static void keepReplacedStores(Path folder) throws StoreException {
        for (Path store : replacedStores(folder)) {
            String time = store.getFileName().toString().substring(store.getFileName().toString().lastIndexOf('-') + 1);
            Path dir = folder.resolve(DIR);
            Path target = dir.resolve(REPLACED + (time.matches("\\d+") ? STAMP.format(Instant.ofEpochMilli(Long.parseLong(time))) : time)
                    + ".zip");
            Path partial = dir.resolve(target.getFileName() + PARTIAL);
            try {
                Files.createDirectories(dir);
                BackupWriter.writeClosed(store, StoreRewrite.descriptorFor(folder, store), partial);
                BackupArchive.verify(partial);
                AtomicFiles.moveIntoPlace(partial, target);
                Restore.deleteTree(store);
            } catch (Exception e) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // removed at the next opening
                }
                throw new StoreException(folder, "cannot keep the replaced store " + store.getFileName() + " as a backup ("
                        + e.getMessage() + "); it stays where it is", e);
            }
        }
    }

    private static List<Path> replacedStores(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(Restore.REPLACED_PREFIX) && Files.isDirectory(f))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
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

    /**
     * Every {@code .zip} in {@value #DIR}/, read through and checked (each entry against its CRC-32, the store files
     * against the manifest): the whole ones newest first, and the damaged ones with what is wrong. A zip unchanged
     * since this process last read it (same size and time) is not read again.
     */
    public static BackupSurvey survey(Path folder) {
        List<BackupInfo> usable = new ArrayList<>();
        List<BackupSurvey.Damaged> damaged = new ArrayList<>();
        for (Path zip : zips(folder)) {
            Checked checked = CHECKED.get(zip);
            FileTime modified = modified(zip);
            if (checked == null || !checked.sameAs(zip, modified)) {
                checked = check(zip, modified);
                CHECKED.put(zip, checked);
            }
            if (checked.info() != null) {
                usable.add(checked.info());
            } else {
                damaged.add(new BackupSurvey.Damaged(zip.getFileName().toString(), checked.problem()));
            }
        }
        usable.sort(Comparator.comparing(BackupInfo::made).thenComparing(BackupInfo::name).reversed());
        return new BackupSurvey(usable, damaged);
    }

    /** The outcome of reading a backup through, for a zip of that size and time. */
    private record Checked(long bytes, FileTime modified, BackupInfo info, String problem) {
        boolean sameAs(Path zip, FileTime now) {
            try {
                return modified != null && modified.equals(now) && bytes == Files.size(zip);
            } catch (IOException e) {
                return false;
            }
        }
    }

    private static final Map<Path, Checked> CHECKED = new ConcurrentHashMap<>();

    private static Checked check(Path zip, FileTime modified) {
        long bytes = -1;
        try {
            bytes = Files.size(zip);
            return new Checked(bytes, modified, BackupArchive.verify(zip), null);
        } catch (IOException e) {
            return new Checked(bytes, modified, null, e.getMessage());
        } catch (RuntimeException e) { // the zip classes throw some damage as unchecked exceptions
            return new Checked(bytes, modified, null, "it cannot be read (" + e + ")");
        }
    }

    private static FileTime modified(Path zip) {
        try {
            return Files.getLastModifiedTime(zip);
        } catch (IOException e) {
            return null;
        }
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

    /**
     * The one way backups are purged: deletes every file in {@code backups/} (restorable, damaged or partial backups)
     * last written before {@code before}, and the stores restores replaced: what may still hold data taken out of the
     * project since (a withdrawn participant's, real names pseudonyms replaced). Returns how many went.
     */
    public static int purge(Path folder, java.time.Instant before) throws StoreException {
        int purged = 0;
        Path dir = folder.resolve(DIR);
        try {
            List<Path> files;
            try (Stream<Path> listed = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
                files = listed.filter(Files::isRegularFile).toList();
            }
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Overwrite.delete(file);
                    purged++;
                }
            }
            for (Path replaced : replacedStores(folder)) {
                Overwrite.deleteTree(replaced);
                purged++;
            }
        } catch (IOException e) {
            throw new StoreException(folder, "cannot delete the backups (" + e.getMessage() + ")", e);
        }
        CHECKED.clear();
        return purged;
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
