package org.attune.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.attune.store.BackupInfo;
import org.attune.store.ProjectCounts;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * One backup zip: the store's files under {@value #STORE_ENTRIES}, the project descriptor, and the manifest
 * {@value #MANIFEST} (written last) listing each store file with its size and CRC-32 and what the project held.
 * A zip made by an Attune before manifests holds only the store's files, at its top level.
 */
final class BackupArchive {
    static final String MANIFEST = "attune-backup.json";
    static final String STORE_ENTRIES = "store/";
    static final String FORMAT = "attune-backup";
    private static final Gson GSON = new Gson();

    /** The manifest's form. */
    static final class Manifest {
        String format = FORMAT;
        String made;
        ProjectCounts counts;
        List<StoreFile> files = new ArrayList<>();
    }

    /** A store file as it was read from the store while backing up. */
    record StoreFile(String name, long bytes, long crc) {
    }

    private BackupArchive() {
    }

    /**
     * Checks what can be checked without reading the data: the zip's directory is whole (a zip cut anywhere loses
     * it) and holds every store file the manifest lists, at its size and CRC-32.
     *
     * @throws IOException naming what is wrong
     */
    static BackupInfo inspect(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return check(zip, file, false);
        }
    }

    /** As {@link #inspect(Path)}, and reads every entry through, comparing its bytes with its CRC-32. */
    static BackupInfo verify(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return check(zip, file, true);
        }
    }

    private static BackupInfo check(Path zip, ZipFile file, boolean readAll) throws IOException {
        Manifest manifest = manifest(file);
        List<String> storeFiles = new ArrayList<>();
        for (ZipEntry entry : Collections.list(file.entries())) {
            if (!entry.isDirectory() && storeName(entry.getName(), manifest != null) != null) {
                storeFiles.add(entry.getName());
            }
            if (readAll && !entry.isDirectory()) {
                readThrough(file, entry);
            }
        }
        if (manifest != null) {
            for (StoreFile listed : manifest.files) {
                ZipEntry entry = file.getEntry(STORE_ENTRIES + listed.name());
                if (entry == null) {
                    throw new IOException("the store file " + listed.name() + " is missing");
                }
                if (entry.getSize() != listed.bytes() || entry.getCrc() != listed.crc()) {
                    throw new IOException("the store file " + listed.name() + " differs from what was backed up");
                }
            }
        }
        if (storeFiles.stream().noneMatch(name -> name.endsWith(".xd"))) {
            throw new IOException("it holds no store file");
        }
        Instant made = manifest != null ? Instant.parse(manifest.made) : Files.getLastModifiedTime(zip).toInstant();
        return new BackupInfo(zip.getFileName().toString(), zip, made, Files.size(zip), manifest == null ? null : manifest.counts);
    }

    private static Manifest manifest(ZipFile file) throws IOException {
        ZipEntry entry = file.getEntry(MANIFEST);
        if (entry == null) {
            return null; // made before manifests
        }
        try (InputStream in = file.getInputStream(entry)) {
            Manifest manifest = GSON.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), Manifest.class);
            if (manifest == null || !FORMAT.equals(manifest.format) || manifest.made == null || manifest.files == null) {
                throw new IOException("its manifest " + MANIFEST + " is incomplete");
            }
            Instant.parse(manifest.made);
            return manifest;
        } catch (JsonParseException | java.time.format.DateTimeParseException e) {
            throw new IOException("its manifest " + MANIFEST + " is damaged", e);
        }
    }

    private static void readThrough(ZipFile file, ZipEntry entry) throws IOException {
        CRC32 crc = new CRC32();
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = file.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                crc.update(buffer, 0, n);
                bytes += n;
            }
        } catch (IOException e) {
            throw new IOException("the entry " + entry.getName() + " cannot be read (" + e.getMessage() + ")", e);
        }
        if (bytes != entry.getSize() || crc.getValue() != entry.getCrc()) {
            throw new IOException("the entry " + entry.getName() + " is damaged (its bytes do not match its checksum)");
        }
    }

    /** The name of a store file inside the store folder, or null for an entry that is not one. */
    private static String storeName(String entryName, boolean withManifest) {
        if (!withManifest) {
            return entryName; // before manifests a backup held nothing but the store
        }
        return entryName.startsWith(STORE_ENTRIES) ? entryName.substring(STORE_ENTRIES.length()) : null;
    }

    /** The project descriptor the backup holds, if it holds one. */
    static Optional<String> descriptor(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(ProjectDescriptor.FILE_NAME);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = file.getInputStream(entry)) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes the store's files into {@code into}, refusing entries that would land outside it. */
    static void extractStore(Path zip, Path into) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            boolean withManifest = file.getEntry(MANIFEST) != null;
            for (ZipEntry entry : Collections.list(file.entries())) {
                String name = storeName(entry.getName(), withManifest);
                if (entry.isDirectory() || name == null) {
                    continue;
                }
                Path target = into.resolve(name).normalize();
                if (!target.startsWith(into) || target.equals(into)) {
                    throw new IOException("the entry " + entry.getName() + " would be written outside the store folder");
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
