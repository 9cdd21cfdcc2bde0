package org.attune.store.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.attune.store.ProjectCounts;

import com.google.gson.Gson;

import jetbrains.exodus.backup.BackupStrategy;
import jetbrains.exodus.backup.VirtualFileDescriptor;
import jetbrains.exodus.entitystore.PersistentEntityStore;

/**
 * Writes one backup zip (layout in {@link BackupArchive}) from Xodus' hot-backup strategy: a consistent copy of
 * the store while it stays open. The files are copied as they are on disk, so an encrypted store stays encrypted.
 */
final class BackupWriter {
    private static final Gson GSON = new Gson();

    private BackupWriter() {
    }

    /** Writes the backup to {@code target} and forces it to disk. */
    static void write(PersistentEntityStore xodus, String descriptor, ProjectCounts counts, Path target) throws Exception {
        write(xodus.getBackupStrategy(), descriptor, counts, Instant.now(), target);
    }

    /**
     * Writes a backup of a store folder no process has open (one a restore replaced) to {@code target}; it is dated
     * by its newest file, the last time it was written.
     */
    static void writeClosed(Path store, String descriptor, Path target) throws Exception {
        List<BackupStrategy.FileDescriptor> files = new ArrayList<>();
        Instant made = Instant.EPOCH;
        try (Stream<Path> walk = Files.walk(store)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (!f.getFileName().toString().endsWith(".lck")) {
                    String parent = store.relativize(f).getParent() == null ? "" : store.relativize(f).getParent() + "/";
                    files.add(new BackupStrategy.FileDescriptor(f.toFile(), parent));
                    made = made.isAfter(Files.getLastModifiedTime(f).toInstant()) ? made : Files.getLastModifiedTime(f).toInstant();
                }
            }
        }
        write(new BackupStrategy() {
            @Override
            public Iterable<FileDescriptor> listFiles() {
                return files;
            }
        }, descriptor, null, made, target);
    }

    private static void write(BackupStrategy strategy, String descriptor, ProjectCounts counts, Instant made, Path target)
            throws Exception {
        BackupArchive.Manifest manifest = new BackupArchive.Manifest();
        manifest.made = made.toString();
        manifest.counts = counts;
        strategy.beforeBackup();
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16))) {
            for (VirtualFileDescriptor file : strategy.getContents()) {
                if (strategy.isInterrupted()) {
                    throw new IOException("the backup was interrupted");
                }
                long bytes = file.hasContent() ? Math.min(file.getFileSize(), strategy.acceptFile(file)) : 0;
                if (bytes > 0) {
                    String name = file.getPath() + file.getName();
                    zip.putNextEntry(new ZipEntry(BackupArchive.STORE_ENTRIES + name));
                    manifest.files.add(new BackupArchive.StoreFile(name, bytes, copy(file, bytes, zip)));
                    zip.closeEntry();
                }
            }
            if (descriptor != null) {
                put(zip, ProjectDescriptor.FILE_NAME, descriptor);
            }
            put(zip, BackupArchive.MANIFEST, GSON.toJson(manifest)); // last: a zip with it was written whole
        } catch (Exception e) {
            strategy.onError(e);
            throw e;
        } finally {
            strategy.afterBackup();
        }
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Copies the first {@code bytes} bytes of {@code file} (what the backup strategy accepts of it); returns their CRC-32. */
    private static long copy(VirtualFileDescriptor file, long bytes, OutputStream out) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        InputStream in = file.getInputStream();
        try {
            long left = bytes;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("the store file " + file.getName() + " ended before " + bytes + " bytes");
                }
                crc.update(buffer, 0, n);
                out.write(buffer, 0, n);
                left -= n;
            }
        } finally {
            if (file.shouldCloseStream()) {
                in.close();
            }
        }
        return crc.getValue();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
