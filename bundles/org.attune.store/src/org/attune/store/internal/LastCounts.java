package org.attune.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.attune.store.ProjectCounts;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * {@value #FILE_NAME}: what the project held after its last saved action, so that opening can tell when the
 * store came back with less (Xodus drops a damaged tail of its log and opens what is before it). Replaced
 * atomically but not forced to disk: a crash can only leave older, lower counts, never a false alarm.
 */
public final class LastCounts {
    public static final String FILE_NAME = "attune-counts.json";
    private static final Gson GSON = new Gson();

    private final Path file;
    private ProjectCounts written;

    LastCounts(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    /** Keeps {@code counts} unless they are what was kept last. */
    void record(ProjectCounts counts) {
        if (counts.equals(written)) {
            return;
        }
        try {
            Path temporary = AtomicFiles.temporaryFor(file);
            Files.writeString(temporary, GSON.toJson(counts), StandardCharsets.UTF_8);
            AtomicFiles.moveIntoPlace(temporary, file);
            written = counts;
        } catch (IOException e) {
            // only the check at the next opening misses these counts; the action itself is saved
        }
    }

    /** The counts kept last, if any can be read. */
    public static Optional<ProjectCounts> read(Path folder) {
        try {
            return Optional.ofNullable(GSON.fromJson(Files.readString(folder.resolve(FILE_NAME), StandardCharsets.UTF_8),
                    ProjectCounts.class));
        } catch (IOException | JsonParseException e) {
            return Optional.empty();
        }
    }

    /** After a restore the counts of the replaced store no longer apply. */
    static void forget(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(FILE_NAME));
    }
}
