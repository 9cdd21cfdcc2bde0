package org.attune.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.attune.store.ContentHash;
import org.attune.store.PendingFile;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;

/**
 * The media files an archive's import copies into the project's {@code sources/} before the one action that refers to
 * them, each recorded in the project as in flight (as an import's copies are: the archive as the original, with its
 * SHA-256), written under a temporary name and placed on disk under its name before that action is committed. After
 * the action, {@link #keep()} forgets the records; on a failure or cancel {@link #discard()} removes the copies. A
 * process killed in between leaves the records, and the next opening settles the copies: removed while the archive is
 * still there unchanged, else kept aside in {@code recovered/} and reported.
 */
public final class UnpackedMedia {
    private final ProjectStore store;
    private final Path archive;
    private final List<PendingFile> copies = new ArrayList<>();
    private String archiveHash;

    public UnpackedMedia(ProjectStore store, Path archive) {
        this.store = store;
        this.archive = archive;
    }

    /** Copies {@code in} into the project as {@code target}, forced to disk and under its name when this returns. */
    public void unpack(InputStream in, Path target) throws IOException, StoreException {
        if (archiveHash == null) {
            archiveHash = ContentHash.sha256(archive);
        }
        Files.createDirectories(target.getParent());
        PendingFile pending = store.copyingIn(archive, archiveHash, target);
        copies.add(pending);
        store.originals().write(in, pending.partial()); // encrypted as written in an encrypted project
        pending.place();
    }

    /** The names of the copies to disk, before the action that refers to them is committed. */
    public void makeDurable() throws IOException {
        if (!copies.isEmpty()) {
            PendingFile.forceFolder(copies.get(0).target().getParent());
        }
    }

    /** The action referring to the copies is saved: they stay, and their records are no longer needed. */
    public void keep() {
        copies.forEach(PendingFile::close);
        copies.clear();
    }

    /** Removes the copies (and their records) of an import that failed or was cancelled. */
    public void discard() {
        for (PendingFile copy : copies) {
            try {
                Files.deleteIfExists(copy.target());
            } catch (IOException e) {
                continue; // its record stays, and the next opening of the project removes the copy
            }
            copy.close();
        }
        copies.clear();
    }
}
