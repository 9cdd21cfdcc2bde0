package org.attune.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.attune.store.BackupInfo;
import org.attune.store.StoreException;

import com.google.gson.JsonParseException;

/**
 * Where a project's descriptor is kept, so that losing {@value ProjectDescriptor#FILE_NAME} (for an encrypted
 * project: the only place of its key-derivation parameters) never orphans the project: the file itself, its copy
 * {@value #COPY_NAME}, each written atomically, and every backup. Reading falls back in that order.
 */
public final class DescriptorFiles {
    public static final String COPY_NAME = ProjectDescriptor.FILE_NAME + ".bak";

    private DescriptorFiles() {
    }

    /**
     * A descriptor as read.
     *
     * @param damage why {@value ProjectDescriptor#FILE_NAME} itself could not be read, or null when it could
     * @param from where the descriptor was read instead (null when from the file itself)
     */
    public record Found(ProjectDescriptor descriptor, String damage, String from) {
        public boolean repaired() {
            return damage != null;
        }

        /**
         * What the user is told.
         *
         * @param writeFailure why the repaired file could not be written back (e.g. a full disk), or null
         */
        public String warning(Path folder, String writeFailure) {
            return folder + ": " + ProjectDescriptor.FILE_NAME + " was damaged (" + damage + "); it was "
                    + (writeFailure == null ? "repaired from " + from : "read from " + from + " but could not be written back ("
                            + writeFailure + ")");
        }
    }

    /** Whether {@code folder} has a descriptor or its copy. */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(ProjectDescriptor.FILE_NAME)) || Files.isRegularFile(folder.resolve(COPY_NAME));
    }

    /** The descriptor from the file, else from its copy, else from the newest backup; writes nothing. */
    public static Found read(Path folder) throws StoreException {
        String damage;
        try {
            return new Found(ProjectDescriptor.parse(Files.readString(folder.resolve(ProjectDescriptor.FILE_NAME),
                    StandardCharsets.UTF_8)), null, null);
        } catch (IOException | JsonParseException e) {
            damage = reason(e);
        }
        try {
            return new Found(ProjectDescriptor.parse(Files.readString(folder.resolve(COPY_NAME), StandardCharsets.UTF_8)),
                    damage, COPY_NAME);
        } catch (IOException | JsonParseException e) {
            // the copy is gone too: the backups hold one each
        }
        for (BackupInfo backup : Backups.list(folder)) {
            Optional<String> json = Backups.descriptorIn(backup.file());
            if (json.isPresent()) {
                try {
                    return new Found(ProjectDescriptor.parse(json.get()), damage, "the backup " + backup.name());
                } catch (JsonParseException e) {
                    // an older backup may hold a readable one
                }
            }
        }
        throw new StoreException(folder, "cannot read " + ProjectDescriptor.FILE_NAME + " (" + damage + "), and neither "
                + COPY_NAME + " nor a backup holds a readable copy");
    }

    /**
     * The copy, when {@code found} was read from the file itself and the copy holds something else: for a project
     * that the file's descriptor does not open (e.g. a changed byte in the key parameters still reads as JSON).
     */
    public static Optional<Found> differingCopy(Path folder, Found found) {
        if (found.repaired()) {
            return Optional.empty();
        }
        try {
            ProjectDescriptor copy = ProjectDescriptor.parse(Files.readString(folder.resolve(COPY_NAME), StandardCharsets.UTF_8));
            return copy.toJson().equals(found.descriptor().toJson()) ? Optional.empty()
                    : Optional.of(new Found(copy, "it does not open the project, its copy does", COPY_NAME));
        } catch (IOException | JsonParseException e) {
            return Optional.empty();
        }
    }

    /** Writes the descriptor and then its copy, each atomically, so a crash leaves at least one whole. */
    public static void write(Path folder, ProjectDescriptor descriptor) throws StoreException {
        String json = descriptor.toJson();
        writeAtomically(folder, ProjectDescriptor.FILE_NAME, json);
        writeAtomically(folder, COPY_NAME, json);
    }

    /**
     * Under the project's lock: writes back a descriptor that was read from elsewhere, or a copy that is missing
     * or differs (a project made before copies were kept).
     */
    public static void repair(Path folder, Found found) throws StoreException {
        String json = found.descriptor().toJson();
        if (found.repaired()) {
            write(folder, found.descriptor());
            return;
        }
        try {
            if (json.equals(Files.readString(folder.resolve(COPY_NAME), StandardCharsets.UTF_8))) {
                return;
            }
        } catch (IOException e) {
            // missing or unreadable: written below
        }
        writeAtomically(folder, COPY_NAME, json);
    }

    private static void writeAtomically(Path folder, String name, String json) throws StoreException {
        try {
            AtomicFiles.write(folder.resolve(name), json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException(folder, "cannot write " + name + " (" + e.getMessage() + ")", e);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "it is missing";
        }
        Throwable cause = e.getCause() != null && e instanceof JsonParseException ? e.getCause() : e;
        String message = cause.getMessage();
        // Gson adds a line pointing to its troubleshooting page: the user is told only what is wrong
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.lines().findFirst().orElseThrow();
    }
}
