package org.attune.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attune.store.ContentHash;
import org.attune.store.ProjectStore;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * The records of files being written for a project, in {@value #DIR}/, each written before the file it names is
 * created: one JSON file per export, and one file of JSON lines per import ({@link org.attune.store.CopyRecords}),
 * a line per copy, so that an import does not create and remove a file in {@value #DIR}/ for each file it copies. An export's record is forced to disk (its temporary file lies in a user's folder, which nothing
 * else looks through); an import's is not, as that would put a slow sync per file on every import: a killed process
 * leaves its written record all the same, and after a power cut a copy the lost record named is found by its
 * temporary name in {@code sources/} instead ({@link #settleStray}). At the next opening for writing (under the lock,
 * so no writer is at work) what a killed process left is settled: an export's temporary file is removed (the project still holds all it
 * was made from); an import's copy that no source refers to is removed when its original is still there with the
 * same content, and otherwise moved to {@value #RECOVERED}/ and reported, since it may be the only copy left.
 */
public final class InFlight {
    public static final String DIR = "in-flight";
    public static final String RECOVERED = "recovered";
    /** The names {@link #partialFor} gives: a dot, the file's name, a random UUID, {@code .part}. */
    private static final Pattern TEMPORARY_NAME = Pattern.compile("^\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.part$");
    private static final Gson GSON = new Gson();

    /** A record: what is written, where, and for a copy the original and its SHA-256. */
    public record Entry(String kind, String partial, String target, String original, String sha256) {
        static final String EXPORT = "export";
        static final String COPY = "copy";
    }

    /** A record written: its file, and the temporary name to write the file under. */
    public record Started(Path record, Path partial) {
    }

    private InFlight() {
    }

    /** Records an export to {@code target}. */
    public static Started export(Path folder, Path target) throws IOException {
        Path partial = partialFor(target);
        return new Started(write(folder, new Entry(Entry.EXPORT, partial.toString(), target.toString(), null, null), true), partial);
    }

    /** Records a copy of {@code original} (of that SHA-256) into the project as {@code target}. */
    public static Started copy(Path folder, Path original, String sha256, Path target) throws IOException {
        Path partial = partialFor(target);
        Entry entry = new Entry(Entry.COPY, partial.toString(), target.toString(), original.toAbsolutePath().toString(), sha256);
        return new Started(write(folder, entry, false), partial);
    }

    /** The line that records a copy of {@code original} (of that SHA-256) into the project as {@code target}, written as {@code partial}. */
    public static byte[] copyLine(Path original, String sha256, Path target, Path partial) {
        Entry entry = new Entry(Entry.COPY, partial.toString(), target.toAbsolutePath().normalize().toString(),
                original.toAbsolutePath().toString(), sha256);
        return (GSON.toJson(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A hidden temporary name beside {@code target}, unlike any a user gives a file. */
    public static Path partialFor(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
    }

    private static Path write(Path folder, Entry entry, boolean durable) throws IOException {
        Path dir = folder.resolve(DIR);
        if (!Files.isDirectory(dir)) { // createDirectories throws and catches an exception when it exists
            Files.createDirectories(dir);
        }
        Path record = dir.resolve(UUID.randomUUID() + ".json");
        try (FileChannel channel = FileChannel.open(record, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(GSON.toJson(entry).getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            if (durable) {
                channel.force(true);
            }
        } catch (IOException e) { // a full disk: no record, and no empty file left for the next opening to drop
            Files.deleteIfExists(record);
            throw e;
        }
        return record;
    }

    /**
     * Settles every record left in {@value #DIR}/. {@code referenced}: the files in the project that sources refer to.
     * A record that does not read was cut while it was written, before the file it names was begun.
     */
    public static void settle(Path folder, Set<Path> referenced, Consumer<String> warnings) throws IOException {
        settleRecords(folder, referenced, warnings);
        settleStray(folder, warnings);
    }

    private static void settleRecords(Path folder, Set<Path> referenced, Consumer<String> warnings) throws IOException {
        Path dir = folder.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> records;
        try (Stream<Path> files = Files.list(dir)) {
            records = files.toList();
        }
        for (Path record : records) {
            for (Entry entry : read(record)) {
                if (Entry.COPY.equals(entry.kind())) {
                    settleCopy(folder, Path.of(entry.partial()), entry, referenced, warnings, "a possibly incomplete copy");
                    settleCopy(folder, Path.of(entry.target()), entry, referenced, warnings, "Attune's copy");
                } else if (entry.partial() != null) {
                    Files.deleteIfExists(Path.of(entry.partial()));
                }
            }
            Files.deleteIfExists(record);
        }
    }

    /**
     * A copy still under its temporary name in {@code sources/} once the records are settled was being written when the
     * machine stopped and its record was lost with it: it may be incomplete, and it is no source's file. Kept aside in
     * {@value #RECOVERED}/ and reported rather than deleted, as its original may be gone.
     */
    private static void settleStray(Path folder, Consumer<String> warnings) throws IOException {
        Path sources = folder.resolve(ProjectStore.SOURCES_DIR);
        if (!Files.isDirectory(sources)) {
            return;
        }
        List<Path> stray;
        try (Stream<Path> files = Files.list(sources)) {
            stray = files.filter(f -> TEMPORARY_NAME.matcher(f.getFileName().toString()).matches()).toList();
        }
        for (Path file : stray) {
            Path kept = keepAside(folder, file);
            warnings.accept(folder + ": a copy made by an import that was cut off is kept as " + folder.relativize(kept)
                    + "; it may be incomplete (import the original again)");
        }
    }

    /**
     * The entries of a record, one a line; a line that does not read (cut while it was written, before the file it
     * names was begun) is passed over.
     */
    private static List<Entry> read(Path record) {
        List<Entry> entries = new ArrayList<>();
        try {
            // decoded leniently: a line cut in a character must not make the lines before it unreadable
            for (String line : new String(Files.readAllBytes(record), StandardCharsets.UTF_8).split("\n")) {
                try {
                    Entry entry = line.isBlank() ? null : GSON.fromJson(line, Entry.class);
                    if (entry != null && entry.partial() != null && (entry.target() != null || !Entry.COPY.equals(entry.kind()))) {
                        entries.add(entry);
                    }
                } catch (JsonParseException e) {
                    // cut while it was written
                }
            }
        } catch (IOException e) {
            // unreadable: nothing it names is settled, and the record is removed
        }
        return entries;
    }

    private static void settleCopy(Path folder, Path file, Entry entry, Set<Path> referenced, Consumer<String> warnings,
            String what) throws IOException {
        if (!Files.exists(file) || referenced.contains(file.toAbsolutePath().normalize())) {
            return;
        }
        if (entry.original() != null && entry.sha256() != null && entry.sha256().equals(hashOrNull(Path.of(entry.original())))) {
            Files.delete(file);
            return;
        }
        Path kept = keepAside(folder, file);
        warnings.accept(folder + ": an import of " + entry.original() + " was cut off before it was saved, and that file is no "
                + "longer there as it was; " + what + " of it is kept as " + folder.relativize(kept) + " (import it again from there)");
    }

    /** Moves {@code file} into {@value #RECOVERED}/, no longer hidden (a temporary name's leading dot dropped). */
    private static Path keepAside(Path folder, Path file) throws IOException {
        Path kept = Files.createDirectories(folder.resolve(RECOVERED)).resolve(file.getFileName().toString().replaceFirst("^\\.", ""));
        return Files.move(file, kept, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The file's SHA-256, or null when it cannot be read (gone, moved). */
    private static String hashOrNull(Path file) {
        try {
            return ContentHash.sha256(file);
        } catch (IOException e) {
            return null;
        }
    }
}
